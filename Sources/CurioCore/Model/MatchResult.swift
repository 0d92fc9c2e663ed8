/// What the matcher heard in one utterance: findings (each once), situations and facts.
public struct MatchResult: Codable, Sendable, Hashable {
    public var findings: [Finding]
    /// Situations heard (`RiskFactorID.isSituation`): kept apart from the findings so that no
    /// output lists them, but stored with the turn, so that a case restored from its record
    /// still combines them with what is said next.
    public var situations: [Finding]
    public var facts: [String: FactValue]

    public init(findings: [Finding] = [], situations: [Finding] = [], facts: [String: FactValue] = [:]) {
        self.findings = findings
        self.situations = situations
        self.facts = facts
    }

    enum CodingKeys: String, CodingKey {
        case findings, situations, facts
    }

    /// A record written before situations existed has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        findings = try container.decode([Finding].self, forKey: .findings)
        situations = try container.decodeIfPresent([Finding].self, forKey: .situations) ?? []
        facts = try container.decode([String: FactValue].self, forKey: .facts)
    }

    /// Written only when there are any, so that a record without them reads as before.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(findings, forKey: .findings)
        if !situations.isEmpty { try container.encode(situations, forKey: .situations) }
        try container.encode(facts, forKey: .facts)
    }

    public func status(of id: RiskFactorID) -> FindingStatus? {
        findings.first { $0.id == id }?.status
    }
}
