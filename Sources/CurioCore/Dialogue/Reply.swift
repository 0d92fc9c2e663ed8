/// What the assistant answers after each step of a consultation: the text to show, the
/// question now waiting, and the whole case picture so far (findings and recommendations).
public struct Reply: Codable, Sendable, Hashable {
    /// The full text to show: what was heard, any new action to take now, then the question.
    public var say: String
    /// The state now waiting for an answer.
    public var state: String
    /// The question now waiting (nil once the dialogue has reached its end).
    public var question: String?
    /// Options for the waiting question (shown, and completed with Tab).
    public var options: [String]
    /// The case picture: every finding so far, derived ones included.
    public var findings: [Finding]
    /// Every recommendation for the case so far, highest priority first.
    public var recommendations: [Recommendation]
    /// Ids of recommendations that this step added.
    public var new: [String]
    /// Facts (slots) known so far.
    public var facts: [String: FactValue]
    /// The dialogue has reached a terminal state (the consultation stays open until `end`).
    public var done: Bool
    /// Set when nothing in the briefing applies to the case.
    public var note: String?
    /// The number of answered turns.
    public var turns: Int

    public init(
        say: String, state: String, question: String?, options: [String], findings: [Finding],
        recommendations: [Recommendation], new: [String], facts: [String: FactValue], done: Bool,
        note: String?, turns: Int
    ) {
        self.say = say
        self.state = state
        self.question = question
        self.options = options
        self.findings = findings
        self.recommendations = recommendations
        self.new = new
        self.facts = facts
        self.done = done
        self.note = note
        self.turns = turns
    }
}
