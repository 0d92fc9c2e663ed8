/// An action the assistant recommends, with the findings that fired it and what it cites.
public struct Recommendation: Codable, Sendable, Hashable {
    /// A stable id from `design/recommendations.md`, e.g. `bruising-protocol`.
    public var id: String
    public var priority: Priority
    /// The findings that fired the rule.
    public var because: [RiskFactorID]
    /// The advice, action first, in the project's own words.
    public var advice: String
    public var citations: [Citation]
    /// For each finding in `because`, the practitioner's words (or the inference) behind it.
    public var evidence: [Evidence]
    /// The rule's advice and citations as JSON, written when the rules were loaded (set by the
    /// `Recommender`); used only while `advice` and `citations` are still the texts it was made
    /// from. Not part of the recommendation's value: not compared, hashed or encoded.
    var ruleText: RuleText?
    /// The whole recommendation's JSON, kept by a consultation's advice while the
    /// recommendation is unchanged (see `Prewritten`). Not compared, hashed or encoded either.
    var prewritten: Prewritten<Recommendation>?

    public init(
        id: String, priority: Priority, because: [RiskFactorID], advice: String,
        citations: [Citation], evidence: [Evidence] = []
    ) {
        self.id = id
        self.priority = priority
        self.because = because
        self.advice = advice
        self.citations = citations
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case id, priority, because, advice, citations, evidence
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.id == rhs.id && lhs.priority == rhs.priority && lhs.because == rhs.because
            && lhs.advice == rhs.advice && lhs.citations == rhs.citations && lhs.evidence == rhs.evidence
    }

    /// `==` with a recommendation read in place, field by field (passing it as a value copied it).
    func isEqual(toRecommendationAt other: UnsafePointer<Recommendation>) -> Bool {
        id == other.pointee.id && priority == other.pointee.priority && because == other.pointee.because
            && advice == other.pointee.advice && citations == other.pointee.citations && evidence == other.pointee.evidence
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(priority)
        hasher.combine(because)
        hasher.combine(advice)
        hasher.combine(citations)
        hasher.combine(evidence)
    }

    /// Whether both come from the same rule: the same id, told by the rule's shared texts when
    /// both have them (comparing the ids' characters took a good part of finding the
    /// recommendations a turn added).
    func isSameRule(as other: Recommendation) -> Bool {
        if let ruleText, let other = other.ruleText { return ruleText === other }
        return id == other.id
    }

    /// `isSameRule(as:)` with both read where they lie (passing either as a value copied it).
    static func isSameRule(_ one: UnsafePointer<Recommendation>, _ other: UnsafePointer<Recommendation>) -> Bool {
        if let text = one.pointee.ruleText, let otherText = other.pointee.ruleText { return text === otherText }
        return one.pointee.id == other.pointee.id
    }

    /// The recommendation with its JSON written, for answers that will carry it again and again.
    /// Consuming: the recommendation made is given up to it, not copied (its texts retained).
    consuming func withPrewrittenJSON() -> Recommendation {
        var recommendation = self
        recommendation.prewritten = nil
        recommendation.prewritten = Prewritten(recommendation)
        return recommendation
    }

    /// A rule's fixed texts, with their JSON: the advice, and the citations when they do not
    /// depend on the case (no `only_when`). One shared object per rule, so a recommendation
    /// carries it as a single reference.
    final class RuleText: Sendable {
        let advice: String
        let adviceJSON: EncodedJSON
        let citations: (list: [Citation], json: EncodedJSON)?

        init(advice: String, citations: [Citation]?) {
            self.advice = advice
            self.adviceJSON = EncodedJSON(advice)
            self.citations = citations.map { ($0, EncodedJSON($0)) }
        }
    }

    /// The words behind one finding of a recommendation.
    public struct Evidence: Codable, Sendable, Hashable {
        public var finding: RiskFactorID
        public var status: FindingStatus
        public var words: String
        public var turn: Int?
        public var inferredFrom: String?

        public init(
            finding: RiskFactorID, status: FindingStatus, words: String, turn: Int? = nil,
            inferredFrom: String? = nil
        ) {
            self.finding = finding
            self.status = status
            self.words = words
            self.turn = turn
            self.inferredFrom = inferredFrom
        }

        /// Whether this is the evidence `init(_:)` makes of the finding (compared in place).
        func isFrom(_ finding: Finding) -> Bool {
            self.finding == finding.id && status == finding.status && words == finding.evidence && turn == finding.turn
                && inferredFrom == finding.inferredFrom
        }

        /// `isFrom(_:)` with the evidence and the finding read where they lie, field by field
        /// (passing either as a value copied it, retaining each of its texts).
        static func isFrom(_ evidence: UnsafePointer<Evidence>, findingAt finding: UnsafePointer<Finding>) -> Bool {
            evidence.pointee.finding == finding.pointee.id && evidence.pointee.status == finding.pointee.status
                && evidence.pointee.words == finding.pointee.evidence && evidence.pointee.turn == finding.pointee.turn
                && evidence.pointee.inferredFrom == finding.pointee.inferredFrom
        }

        public init(_ finding: Finding) {
            self.init(
                finding: finding.id, status: finding.status, words: finding.evidence,
                turn: finding.turn, inferredFrom: finding.inferredFrom)
        }

        enum CodingKeys: String, CodingKey {
            case finding, status, words, turn
            case inferredFrom = "inferred_from"
        }
    }
}
