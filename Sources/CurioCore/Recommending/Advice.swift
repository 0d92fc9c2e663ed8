/// What the recommender says about a case picture.
public struct Advice: Codable, Sendable, Hashable {
    /// The case's findings, with the derived ones (e.g. pre-mobile inferred from the age).
    public var findings: [Finding]
    /// Highest priority first.
    public var recommendations: [Recommendation]
    /// When nothing applies: a plain sentence saying so and pointing to local procedures, so
    /// that the assistant never invents advice the briefing does not give.
    public var nothingApplies: String?

    public init(findings: [Finding], recommendations: [Recommendation], nothingApplies: String? = nil) {
        self.findings = findings
        self.recommendations = recommendations
        self.nothingApplies = nothingApplies
    }

    public var topPriority: Priority? { recommendations.map(\.priority).max() }

    /// The recommendation with that id, if it fired.
    public func recommendation(_ id: String) -> Recommendation? {
        recommendations.first { $0.id == id }
    }

    enum CodingKeys: String, CodingKey {
        case findings, recommendations
        case nothingApplies = "nothing_applies"
    }
}
