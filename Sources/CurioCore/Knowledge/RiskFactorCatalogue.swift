import Foundation

/// One risk factor of the taxonomy, as `dialogues/risk-factors.yaml` describes it.
public struct RiskFactor: Sendable, Hashable, Codable {
    public var id: RiskFactorID
    /// A short name for people ("Bruising or a mark").
    public var label: String
    public var meaning: String
    /// The briefing section the factor comes from.
    public var section: String
    /// Whether missing it could mean an urgent referral not made.
    public var critical: Bool
    /// Whether an absent status told later stands over a present one told before
    /// (`later_absent_stands`): a state that ends while a case goes on, as a pregnancy ends in a
    /// birth. Elsewhere the stronger status wins, so that "no other marks" said later never
    /// hides a bruise (`CasePicture`).
    public var laterAbsentStands = false
}

/// The taxonomy every other data file is checked against.
public struct RiskFactorCatalogue: Sendable {
    public let factors: [RiskFactor]
    /// The situations (`RiskFactorID.isSituation`): read by the matcher and combined by the
    /// rule book's inferences like factors, never reported. Not among `factors`, which lists
    /// what a case summary and a script may speak of.
    public let situations: [RiskFactor]
    private let byID: [RiskFactorID: RiskFactor]
    /// Labels in lower case, as a sentence uses them (every answer acknowledges its findings).
    private let lowercasedLabels: [RiskFactorID: String]
    /// The factors whose later absent status stands (`RiskFactor.laterAbsentStands`).
    public let laterAbsentStands: Set<RiskFactorID>
    /// The critical factors (`RiskFactor.critical`).
    public let critical: Set<RiskFactorID>

    public init(factors: [RiskFactor], situations: [RiskFactor] = []) {
        self.factors = factors
        self.situations = situations
        self.byID = Dictionary((factors + situations).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.lowercasedLabels = byID.mapValues { $0.label.lowercased() }
        self.laterAbsentStands = Set(factors.filter(\.laterAbsentStands).map(\.id))
        self.critical = Set(factors.filter(\.critical).map(\.id))
    }

    /// `label(id).lowercased()`, worked out once.
    public func lowercasedLabel(_ id: RiskFactorID) -> String {
        lowercasedLabels[id] ?? id.rawValue.lowercased()
    }

    /// Every id the other files may name: the factors and the situations.
    public var ids: Set<RiskFactorID> { Set(byID.keys) }

    public func contains(_ id: RiskFactorID) -> Bool { byID[id] != nil }

    public subscript(id: RiskFactorID) -> RiskFactor? { byID[id] }

    /// A label for people, falling back to the id.
    public func label(_ id: RiskFactorID) -> String { byID[id]?.label ?? id.rawValue }

    public static let fileName = "risk-factors.yaml"

    public static func load(from directory: URL) throws -> RiskFactorCatalogue {
        let root = try DataNode.load(directory.appendingPathComponent(fileName), displayName: fileName)
        try root.allowOnly(["factors", "situations"], in: "the risk-factor file")
        var seen: Set<RiskFactorID> = []
        func read(_ node: DataNode, situation: Bool) throws -> RiskFactor {
            let what = situation ? "a situation" : "a risk factor"
            try node.allowOnly(
                situation ? ["id", "label", "meaning", "section"] : ["id", "label", "meaning", "section", "critical", "later_absent_stands"], in: what)
            let id = RiskFactorID(try node.required("id", in: what).string("an id"))
            guard seen.insert(id).inserted else { throw node.error("`\(id)` appears twice") }
            // The prefix is what keeps a situation out of every output: it must agree with the list.
            if situation, !id.isSituation {
                throw node.error("situation `\(id)` must begin with `\(RiskFactorID.situationPrefix)`")
            }
            if !situation, id.isSituation {
                throw node.error("risk factor `\(id)` begins with `\(RiskFactorID.situationPrefix)`, kept for situations")
            }
            return RiskFactor(
                id: id,
                label: try node["label"]?.string("a label") ?? id.rawValue,
                meaning: try node["meaning"]?.string("a meaning") ?? "",
                section: try node["section"]?.string("a section") ?? "",
                critical: try node["critical"]?.bool("critical") ?? false,
                laterAbsentStands: try node["later_absent_stands"]?.bool("later_absent_stands") ?? false)
        }
        let factors = try root.required("factors", in: "the risk-factor file").sequence("factors").map { try read($0, situation: false) }
        let situations = try root["situations"]?.sequence("situations").map { try read($0, situation: true) } ?? []
        return RiskFactorCatalogue(factors: factors, situations: situations)
    }
}
