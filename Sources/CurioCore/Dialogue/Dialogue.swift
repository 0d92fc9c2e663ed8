/// A finite-state dialogue, as a trainer writes it in `dialogues/flows/NAME.yaml`.
///
/// Each state asks one question about the case. The practitioner's answer is read by the
/// matcher (so a long answer can settle several questions at once) and by the state's own
/// option mapping (so "no" to "Any bruising?" means no bruising). A state whose findings and
/// slot are all known already is skipped: that is the dialogue's mixed initiative.
public struct Dialogue: Sendable {
    public var name: String
    public var title: String
    /// A line for people choosing between dialogues.
    public var description: String
    public var start: String
    /// The states in file order.
    public var states: [Step] {
        didSet { namesRecommendations = Self.namesRecommendation(in: states) }
    }
    /// The file the dialogue came from, for messages.
    public var file: String
    /// A state every other state gives way to, once, when its condition holds: the 999 step
    /// when danger is told in answer to another question ("dad is hitting her now", said as the
    /// concern). Without it the next question was asked, and "yes, police are on their way",
    /// meant for the 999 step, was read as its yes.
    public var interrupt: Interrupt?

    private var index: [String: Int]
    /// Whether any guard or skip of the dialogue names a recommendation (`recommendation:`):
    /// when none does, its conditions read of the fired recommendations only the highest
    /// priority (`priority:`), and the consultation tells them no more (see
    /// `Consultation.makeGuardContext()`).
    public private(set) var namesRecommendations: Bool

    public init(name: String, title: String, description: String, start: String, states: [Step], file: String, interrupt: Interrupt? = nil) {
        self.interrupt = interrupt
        self.name = name
        self.title = title
        self.description = description
        self.start = start
        self.states = states
        self.file = file
        self.index = Dictionary(states.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.namesRecommendations = Self.namesRecommendation(in: states)
    }

    public subscript(id: String) -> Step? { index[id].map { states[$0] } }

    /// Whether any step's skip or transition guard names a recommendation.
    static func namesRecommendation(in states: [Step]) -> Bool {
        states.contains { step in
            step.skipWhen.map(namesRecommendation) == true || step.next.contains { $0.when.map(namesRecommendation) == true }
        }
    }

    /// Whether the condition names a recommendation anywhere in it.
    static func namesRecommendation(_ condition: Condition) -> Bool {
        switch condition {
        case .recommendation: true
        case .all(let items), .any(let items), .atLeast(_, let items): items.contains(where: namesRecommendation)
        case .not(let inner): namesRecommendation(inner)
        case .always, .finding, .known, .fact, .priority: false
        }
    }

    /// One state of the dialogue.
    ///
    /// A final class of constants: a consultation reads its current state several times on
    /// every answer, and as a structure each read copied (retaining) every field.
    public final class Step: Sendable {
        public let id: String
        /// The question asked; nil for a state that only speaks (a terminal state).
        public let ask: String?
        /// Said before the question, or as the whole text of a terminal state.
        public let say: String?
        /// Why the question is asked, for the REPL's `why`.
        public let why: String?
        /// The risk factors the question settles; the state is skipped when all are known.
        public let about: [RiskFactorID]
        /// The fact (slot) the question fills, if any.
        public let slot: Slot?
        /// Choices shown to the practitioner and completed with Tab.
        public let options: [String]
        /// What choosing an option means (option → findings and facts).
        public let answers: [String: AnswerEffect]
        /// Transitions, tried in order; the first whose condition holds is taken.
        public let next: [Transition]
        /// A terminal state ends the dialogue (the consultation stays open until `end`).
        public let terminal: Bool
        /// An extra condition under which the state is skipped.
        public let skipWhen: Condition?
        /// Another dialogue the terminal state offers to continue with.
        public let offer: String?
        /// The line of the state in its file.
        public let line: Int?
        /// What a consultation waiting here says: `say` then `ask`, joined once here rather
        /// than on every answer.
        let prompt: String

        public init(
            id: String, ask: String? = nil, say: String? = nil, why: String? = nil, about: [RiskFactorID] = [],
            slot: Slot? = nil, options: [String] = [], answers: [String: AnswerEffect] = [:], next: [Transition] = [],
            terminal: Bool = false, skipWhen: Condition? = nil, offer: String? = nil, line: Int? = nil
        ) {
            self.id = id
            self.ask = ask
            self.say = say
            self.why = why
            self.about = about
            self.slot = slot
            self.options = options
            self.answers = answers
            self.next = next
            self.terminal = terminal
            self.skipWhen = skipWhen
            self.offer = offer
            self.line = line
            self.prompt = [say, ask].compactMap { $0 }.joined(separator: " ")
        }
    }

    /// A fact a question fills.
    public struct Slot: Sendable, Hashable {
        /// `role`: text naming who is asking ("What is your role?"); a job title it starts with
        /// (`AnswerVocabulary.jobTitle(in:)`) is the slot's value and is not read for findings.
        public enum Kind: String, Sendable { case number, text, role }
        public var name: String
        public var kind: Kind
        /// How people call it ("the baby's age"); the name when not given.
        public var label: String
    }

    /// What one option means.
    public struct AnswerEffect: Sendable, Hashable {
        public var findings: [RiskFactorID: FindingStatus]
        public var facts: [String: FactValue]

        public init(findings: [RiskFactorID: FindingStatus] = [:], facts: [String: FactValue] = [:]) {
            self.findings = findings
            self.facts = facts
        }
    }

    /// A guarded move to another state.
    public struct Transition: Sendable, Hashable {
        public var when: Condition?
        public var goto: String
        public var line: Int?
    }

    /// `interrupt:` in the dialogue file: `goto` is entered after any answer when `when` holds
    /// and it has not been entered yet; once it is answered, the dialogue goes on from where it
    /// was interrupted.
    public struct Interrupt: Sendable, Hashable {
        public var when: Condition
        public var goto: String
        public var line: Int?
    }
}
