/// One recommendation rule: when its condition holds on the case picture, the recommendation
/// with the same id fires, with its priority, advice and citations.
///
/// The id is the recommendation's id (`design/recommendations.md`), a contract with test
/// scripts and the evaluation sets, so one rule per recommendation.
public struct Rule: Sendable, Hashable {
    public var id: String
    /// A short name for listings ("Follow the baby bruising protocol").
    public var title: String
    /// Fixed per rule: a rule never fires at a lower priority because some other finding is
    /// absent, so the priority cannot depend on the case.
    public var priority: Priority
    /// When the rule fires (the shared condition language of `dialogues/`).
    public var condition: Condition
    /// The advice, action first, in the project's own words.
    public var advice: String
    /// The sections the recommendation cites, in order.
    public var citations: [CitedSection]
    /// The line of `recommendations.yaml` the rule starts on, for messages.
    public var line: Int?

    public init(
        id: String, title: String, priority: Priority, condition: Condition, advice: String,
        citations: [CitedSection], line: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.priority = priority
        self.condition = condition
        self.advice = advice
        self.citations = citations
        self.line = line
    }

    /// A section a rule cites, either always or only when a further condition holds (e.g. the
    /// general referral duty is cited only when domestic abuse or substance misuse fired the
    /// referral, since the briefing itself does not cover them).
    public struct CitedSection: Sendable, Hashable {
        public var section: String
        public var onlyWhen: Condition?
        public var line: Int?

        public init(section: String, onlyWhen: Condition? = nil, line: Int? = nil) {
            self.section = section
            self.onlyWhen = onlyWhen
            self.line = line
        }
    }
}
