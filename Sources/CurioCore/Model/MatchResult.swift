/// What the matcher heard in one utterance: findings (each once) and facts.
public struct MatchResult: Codable, Sendable, Hashable {
    public var findings: [Finding]
    public var facts: [String: FactValue]

    public init(findings: [Finding] = [], facts: [String: FactValue] = [:]) {
        self.findings = findings
        self.facts = facts
    }

    public func status(of id: RiskFactorID) -> FindingStatus? {
        findings.first { $0.id == id }?.status
    }
}
