/// What the matcher heard in one utterance: findings (each once), situations and facts.
public struct MatchResult: Codable, Sendable, Hashable {
    public var findings: [Finding]
    /// Situations heard (`RiskFactorID.isSituation`): kept apart from the findings so that no
    /// output lists them, but stored with the turn, so that a case restored from its record
    /// still combines them with what is said next.
    public var situations: [Finding]
    public var facts: [String: FactValue]
    /// The baby's age in `facts` was said as a noun naming a child ("her 11 month old is
    /// walking", "the 10 month old"): in a family of several children it may be another child's.
    /// A consultation does not let such an age make a younger baby told of before older.
    public var ageNamesAChild = false
    /// The baby's age in `facts` was said as a point in the past ("she's been low since he was
    /// 6 weeks", "at 6 weeks he had a bruise"): the baby is that age no longer, or may not be.
    /// A consultation does not let it replace an older age told before.
    public var ageIsAPastPoint = false

    public init(findings: [Finding] = [], situations: [Finding] = [], facts: [String: FactValue] = [:]) {
        self.findings = findings
        self.situations = situations
        self.facts = facts
    }

    enum CodingKeys: String, CodingKey {
        case findings, situations, facts, ageNamesAChild, ageIsAPastPoint
    }

    /// A record written before situations existed has none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        findings = try container.decode([Finding].self, forKey: .findings)
        situations = try container.decodeIfPresent([Finding].self, forKey: .situations) ?? []
        facts = try container.decode([String: FactValue].self, forKey: .facts)
        ageNamesAChild = try container.decodeIfPresent(Bool.self, forKey: .ageNamesAChild) ?? false
        ageIsAPastPoint = try container.decodeIfPresent(Bool.self, forKey: .ageIsAPastPoint) ?? false
    }

    /// Situations written only when there are any, and the age's markers only when set, so that
    /// a record without them reads as before (and `curio match`'s lines keep their shape).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(findings, forKey: .findings)
        if !situations.isEmpty { try container.encode(situations, forKey: .situations) }
        try container.encode(facts, forKey: .facts)
        if ageNamesAChild { try container.encode(true, forKey: .ageNamesAChild) }
        if ageIsAPastPoint { try container.encode(true, forKey: .ageIsAPastPoint) }
    }

    public func status(of id: RiskFactorID) -> FindingStatus? {
        findings.first { $0.id == id }?.status
    }
}
