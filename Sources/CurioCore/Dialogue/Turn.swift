import Foundation

/// One answer of the practitioner, as journalled: the words, the question they answered and
/// what was heard in them. The case picture is the fold of the turns, so undoing a turn or
/// resuming a consultation needs nothing but the turns and the dialogue position.
public struct Turn: Codable, Sendable, Hashable {
    /// 1-based.
    public var number: Int
    /// The state whose question was answered.
    public var state: String
    public var text: String
    /// The option the answer chose, if any.
    public var option: String?
    /// Findings and facts heard in this turn (matcher and option together).
    public var heard: MatchResult
    public var at: Date

    public init(number: Int, state: String, text: String, option: String?, heard: MatchResult, at: Date) {
        self.number = number
        self.state = state
        self.text = text
        self.option = option
        self.heard = heard
        self.at = at
    }
}
