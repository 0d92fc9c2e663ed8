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
    /// Of a situation only: which carer(s) it was told of, merged over every time it was told
    /// (nil: not worked out, so either). Findings leave it nil.
    public var carers: Carers?
    /// The finding's JSON, kept by a consultation's advice while the finding is unchanged (see
    /// `Prewritten`). Not part of the finding's value: not compared, hashed or encoded.
    var prewritten: Prewritten<Finding>?

    public init(
        id: RiskFactorID, status: FindingStatus, evidence: String,
        turn: Int? = nil, inferredFrom: String? = nil, carers: Carers? = nil
    ) {
        self.id = id
        self.status = status
        self.evidence = evidence
        self.turn = turn
        self.inferredFrom = inferredFrom
        self.carers = carers
    }

    enum CodingKeys: String, CodingKey {
        case id, status, evidence, turn, carers
        case inferredFrom = "inferred_from"
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.id == rhs.id && lhs.status == rhs.status && lhs.evidence == rhs.evidence && lhs.turn == rhs.turn
            && lhs.inferredFrom == rhs.inferredFrom && lhs.carers == rhs.carers
    }

    /// Whether `kept` was written from the finding at `finding`: `==`, with both read in place
    /// field by field (passing either as a value copied it, retaining each of its texts).
    static func isKept(_ kept: Prewritten<Finding>, at finding: UnsafePointer<Finding>) -> Bool {
        kept.value.id == finding.pointee.id && kept.value.status == finding.pointee.status
            && kept.value.evidence == finding.pointee.evidence && kept.value.turn == finding.pointee.turn
            && kept.value.inferredFrom == finding.pointee.inferredFrom && kept.value.carers == finding.pointee.carers
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(status)
        hasher.combine(evidence)
        hasher.combine(turn)
        hasher.combine(inferredFrom)
        hasher.combine(carers)
    }

    /// The finding with its JSON written, for answers that will carry it again and again.
    func withPrewrittenJSON() -> Finding {
        var finding = self
        finding.prewritten = nil
        finding.prewritten = Prewritten(finding)
        return finding
    }
}
