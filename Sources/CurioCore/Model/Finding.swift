/// One risk factor heard in the consultation, with the practitioner's words that gave it.
public struct Finding: Codable, Sendable, Hashable {
    public var id: RiskFactorID
    public var status: FindingStatus
    /// The words that gave the finding, as the practitioner wrote them.
    public var evidence: String
    /// The 1-based turn of the consultation it came from, when it came from one.
    public var turn: Int?
    /// Set when the finding was derived rather than heard (e.g. pre-mobile from the age);
    /// says what it was derived from.
    public var inferredFrom: String?

    public init(
        id: RiskFactorID, status: FindingStatus, evidence: String,
        turn: Int? = nil, inferredFrom: String? = nil
    ) {
        self.id = id
        self.status = status
        self.evidence = evidence
        self.turn = turn
        self.inferredFrom = inferredFrom
    }

    enum CodingKeys: String, CodingKey {
        case id, status, evidence, turn
        case inferredFrom = "inferred_from"
    }
}
