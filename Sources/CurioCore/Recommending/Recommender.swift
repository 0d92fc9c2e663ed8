import Foundation

// INTERFACE STUB: the recommender work replaces this file's bodies (keep the public signatures).

/// The recommendation rules and the protocol sections they cite, from `dialogues/`.
public struct RuleBook: Sendable {
    public init() {}

    /// Loads `recommendations.yaml` and `protocols.yaml` from the dialogues folder.
    public static func load(from directory: URL, knownFactors: Set<RiskFactorID>) throws -> RuleBook {
        RuleBook()
    }
}

/// What the recommender says about a case picture.
public struct Advice: Codable, Sendable, Hashable {
    /// The case's findings, with the derived ones (e.g. pre-mobile inferred from the age).
    public var findings: [Finding]
    /// Highest priority first.
    public var recommendations: [Recommendation]
    /// When nothing applies: a plain sentence saying so and pointing to local procedures.
    public var nothingApplies: String?

    public init(findings: [Finding], recommendations: [Recommendation], nothingApplies: String? = nil) {
        self.findings = findings
        self.recommendations = recommendations
        self.nothingApplies = nothingApplies
    }

    public var topPriority: Priority? { recommendations.map(\.priority).max() }
}

/// Turns a case picture into ranked, cited recommendations.
public struct Recommender: Sendable {
    public let rules: RuleBook

    public init(rules: RuleBook) { self.rules = rules }

    /// `consultationComplete`: the dialogue has reached its end, so rules that fire on
    /// information missing at the end (e.g. nothing known about the father) may fire.
    public func advise(_ picture: CasePicture, consultationComplete: Bool = false) -> Advice {
        Advice(findings: picture.orderedFindings, recommendations: [])
    }
}
