/// A trainer's scripted consultation: the practitioner's lines, what the assistant should say,
/// and short assertions about the case, in a file that reads like the consultation itself.
///
/// ```
/// title: A bruise on a pre-mobile baby reaches the bruising protocol at once
/// dialogue: consultation
///
/// curio: immediate danger               # the assistant's text contains this (any case)
/// you: no
/// curio: What is your role?
/// you: health visitor
/// you: 8 week old with a bruise on his cheek
/// curio~ URGENT.*Children's Social Care  # ... or matches this regular expression
/// expect finding injury.bruising present
/// expect recommendation bruising-protocol urgent
/// expect no recommendation refer-csc
/// expect top urgent
/// expect state other-injury
/// do: back                              # REPL commands: back, why, summary, end
/// ```
public struct DialogueScript: Sendable, Hashable {
    public var file: String
    public var title: String?
    public var dialogue: String?
    /// The line of `dialogue:`, where a failure to start is reported.
    public var dialogueLine: Int?
    public var steps: [Step]

    public init(file: String, title: String? = nil, dialogue: String? = nil, steps: [Step] = []) {
        self.file = file
        self.title = title
        self.dialogue = dialogue
        self.steps = steps
    }

    /// One line of a script that does something, with its line number.
    public struct Step: Sendable, Hashable {
        public var line: Int
        public var action: Action

        public init(line: Int, _ action: Action) {
            self.line = line
            self.action = action
        }
    }

    public enum Action: Sendable, Hashable {
        /// The practitioner says this.
        case say(String)
        /// A REPL command: back, why, summary, end.
        case command(Command)
        /// The assistant's last text contains this (case-insensitive).
        case assistantSays(String)
        /// The assistant's last text matches this regular expression.
        case assistantMatches(String)
        case expect(Expectation)
    }

    public enum Command: String, Sendable, Hashable, CaseIterable {
        case back, why, summary, end
    }

    public enum Expectation: Sendable, Hashable {
        case finding(RiskFactorID, FindingStatus)
        case noFinding(RiskFactorID)
        case recommendation(String, Priority?)
        case noRecommendation(String)
        /// The highest priority given, or nil for none.
        case top(Priority?)
        case state(String)
        case fact(String, String)
        case done(Bool)
    }
}
