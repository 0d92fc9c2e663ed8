/// What a script runner sees after each step: the assistant's text and the case picture, plus
/// (in-process only) where the dialogue went, for coverage.
public struct ScriptObservation: Sendable, Hashable {
    public var text: String
    public var state: String
    public var dialogue: String
    public var findings: [Finding]
    public var recommendations: [Recommendation]
    public var facts: [String: FactValue]
    public var done: Bool
    /// States entered and transitions taken so far (empty over a socket).
    public var path: [String]
    public var transitions: [String]

    public init(
        text: String, state: String, dialogue: String, findings: [Finding], recommendations: [Recommendation],
        facts: [String: FactValue], done: Bool, path: [String] = [], transitions: [String] = []
    ) {
        self.text = text
        self.state = state
        self.dialogue = dialogue
        self.findings = findings
        self.recommendations = recommendations
        self.facts = facts
        self.done = done
        self.path = path
        self.transitions = transitions
    }
}

/// Runs a consultation for a script: in-process, or against a running server.
public protocol ScriptDriver {
    mutating func start(dialogue: String?) throws -> ScriptObservation
    mutating func say(_ text: String) throws -> ScriptObservation
    mutating func perform(_ command: DialogueScript.Command) throws -> ScriptObservation
    /// Called once the script has run (whether it passed or not): lets go of what the
    /// consultation holds. A server's session is ended, so that replaying many scripts does not
    /// fill its session limit with consultations nobody will finish.
    mutating func finish()
}

extension ScriptDriver {
    /// Nothing to let go of: an in-process consultation is freed with the driver.
    public mutating func finish() {}
}

/// Drives a `Consultation` value directly: fast, and it sees the dialogue's path for coverage.
public struct InProcessScriptDriver: ScriptDriver {
    public let knowledge: Knowledge
    private var consultation: Consultation?

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    public mutating func start(dialogue name: String?) throws -> ScriptObservation {
        let name = name ?? Knowledge.defaultDialogue
        guard let dialogue = knowledge.dialogues[name] else {
            throw ScriptDriverError("unknown dialogue `\(name)` (there are: \(knowledge.dialogues.keys.sorted().joined(separator: ", ")))")
        }
        let consultation = Consultation(dialogue: dialogue, knowledge: knowledge)
        self.consultation = consultation
        return observe(consultation.opening(), consultation)
    }

    public mutating func say(_ text: String) throws -> ScriptObservation {
        guard var consultation else { throw ScriptDriverError("the consultation was not started") }
        let reply = consultation.answer(text)
        self.consultation = consultation
        return observe(reply, consultation)
    }

    public mutating func perform(_ command: DialogueScript.Command) throws -> ScriptObservation {
        guard var consultation else { throw ScriptDriverError("the consultation was not started") }
        var reply = consultation.current()
        switch command {
        case .back:
            reply = consultation.back()
        case .why:
            reply.say = consultation.why()
        case .summary, .end:
            let summary = consultation.summary()
            reply.say = CaseSummaryText.render(summary, catalogue: knowledge.riskFactors)
            reply.recommendations = summary.recommendations
            reply.findings = summary.findings
        }
        self.consultation = consultation
        return observe(reply, consultation)
    }

    private func observe(_ reply: Reply, _ consultation: Consultation) -> ScriptObservation {
        ScriptObservation(
            text: reply.say, state: reply.state, dialogue: consultation.position.dialogue, findings: reply.findings,
            recommendations: reply.recommendations, facts: reply.facts, done: reply.done,
            path: consultation.position.path, transitions: consultation.position.transitions)
    }
}

public struct ScriptDriverError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
