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
}

/// The taxonomy every other data file is checked against.
public struct RiskFactorCatalogue: Sendable {
    public let factors: [RiskFactor]
    private let byID: [RiskFactorID: RiskFactor]
    /// Labels in lower case, as a sentence uses them (every answer acknowledges its findings).
    private let lowercasedLabels: [RiskFactorID: String]

    public init(factors: [RiskFactor]) {
        self.factors = factors
        self.byID = Dictionary(factors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.lowercasedLabels = byID.mapValues { $0.label.lowercased() }
    }

    /// `label(id).lowercased()`, worked out once.
    public func lowercasedLabel(_ id: RiskFactorID) -> String {
        lowercasedLabels[id] ?? id.rawValue.lowercased()
    }

    public var ids: Set<RiskFactorID> { Set(byID.keys) }

    public func contains(_ id: RiskFactorID) -> Bool { byID[id] != nil }

    public subscript(id: RiskFactorID) -> RiskFactor? { byID[id] }

    /// A label for people, falling back to the id.
    public func label(_ id: RiskFactorID) -> String { byID[id]?.label ?? id.rawValue }

    public static let fileName = "risk-factors.yaml"

    public static func load(from directory: URL) throws -> RiskFactorCatalogue {
        let root = try DataNode.load(directory.appendingPathComponent(fileName), displayName: fileName)
        try root.allowOnly(["factors"], in: "the risk-factor file")
        var factors: [RiskFactor] = []
        var seen: Set<RiskFactorID> = []
        for node in try root.required("factors", in: "the risk-factor file").sequence("factors") {
            try node.allowOnly(["id", "label", "meaning", "section", "critical"], in: "a risk factor")
            let id = RiskFactorID(try node.required("id", in: "a risk factor").string("an id"))
            guard seen.insert(id).inserted else { throw node.error("risk factor `\(id)` appears twice") }
            factors.append(
                RiskFactor(
                    id: id,
                    label: try node["label"]?.string("a label") ?? id.rawValue,
                    meaning: try node["meaning"]?.string("a meaning") ?? "",
                    section: try node["section"]?.string("a section") ?? "",
                    critical: try node["critical"]?.bool("critical") ?? false))
        }
        return RiskFactorCatalogue(factors: factors)
    }
}
