/// Where a consultation stands in its dialogue: the state waiting for an answer and the path
/// that led there (kept for `back`, for coverage and for `why`).
public struct DialogueState: Codable, Sendable, Hashable {
    public var dialogue: String
    /// The state whose question is waiting for an answer (or the terminal state reached).
    public var current: String
    /// Every state entered, in order, including skipped ones.
    public var path: [String]
    /// States passed over because the case already answered them.
    public var skipped: [String]
    /// Transitions taken, as "from->to".
    public var transitions: [String]

    public init(dialogue: String, current: String, path: [String] = [], skipped: [String] = [], transitions: [String] = []) {
        self.dialogue = dialogue
        self.current = current
        self.path = path
        self.skipped = skipped
        self.transitions = transitions
    }
}
