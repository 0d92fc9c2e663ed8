import Foundation

/// Reads dialogues from `dialogues/flows/*.yaml`.
///
/// ```yaml
/// dialogue: duty-triage
/// title: Duty desk triage
/// start: danger
/// states:
///   danger:
///     ask: Is the baby in danger right now?
///     why: A child in immediate danger needs 999 before anything else.
///     about: child.immediate_danger     # the findings this question settles
///     options: [yes, no, not sure]      # yes/no/not sure map onto the one finding by default
///     next:
///       - when: {finding: child.immediate_danger}
///         goto: emergency
///       - goto: age
///   age:
///     ask: How old is the baby?
///     slot: {name: child.age_weeks, kind: number}
///     next: done
///   done:
///     say: Thank you.
///     terminal: true
/// ```
public enum DialogueLoader {
    public static let folderName = "flows"

    static let dialogueKeys: Set<String> = ["dialogue", "title", "description", "start", "states", "interrupt"]
    static let stepKeys: Set<String> = [
        "ask", "say", "why", "about", "slot", "options", "answers", "next", "terminal", "skip_when", "offer",
    ]

    /// Loads every `*.yaml` file of `directory/flows`, keyed by dialogue name.
    public static func loadAll(from directory: URL) throws -> [String: Dialogue] {
        let folder = directory.appendingPathComponent(folderName)
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw DataFileError(file: folderName, "the dialogues folder cannot be read: \(error.localizedDescription)")
        }
        var dialogues: [String: Dialogue] = [:]
        for name in files {
            let display = "\(folderName)/\(name)"
            let dialogue = try load(DataNode.load(folder.appendingPathComponent(name), displayName: display))
            if let other = dialogues[dialogue.name] {
                throw DataFileError(file: display, "dialogue `\(dialogue.name)` is also defined in \(other.file)")
            }
            dialogues[dialogue.name] = dialogue
        }
        guard !dialogues.isEmpty else {
            throw DataFileError(file: folderName, "no dialogue files (*.yaml) found")
        }
        return dialogues
    }

    /// Reads one dialogue and checks that it hangs together (start and every `goto` name a
    /// state, every non-terminal state has a way forward).
    public static func load(_ root: DataNode) throws -> Dialogue {
        try root.allowOnly(dialogueKeys, in: "a dialogue")
        let name = try root.required("dialogue", in: "a dialogue").string("the dialogue's name")
        let start = try root.required("start", in: "a dialogue").string("the start state")
        var steps: [Dialogue.Step] = []
        for (id, node) in try root.required("states", in: "a dialogue").entries("the states") {
            steps.append(try step(id: id, node))
        }
        let dialogue = Dialogue(
            name: name,
            title: try root["title"]?.string("a title") ?? name,
            description: try root["description"]?.string("a description") ?? "",
            start: start, states: steps, file: root.file,
            interrupt: try root["interrupt"].map(interrupt))
        try validate(dialogue, root: root)
        return dialogue
    }

    static func step(id: String, _ node: DataNode) throws -> Dialogue.Step {
        let what = "state `\(id)`"
        try node.allowOnly(stepKeys, in: what)
        let about = try node["about"]?.strings("risk-factor ids").map { RiskFactorID($0) } ?? []
        let options = try node["options"]?.strings("options") ?? []
        var answers: [String: Dialogue.AnswerEffect] = [:]
        if let answerNode = node["answers"] {
            for (option, effectNode) in try answerNode.entries("answers") {
                answers[option.lowercased()] = try effect(effectNode)
            }
        } else if about.count == 1 {
            // The plain reading of a yes/no question about one finding.
            let id = about[0]
            for option in options {
                switch option.lowercased() {
                case "yes": answers["yes"] = .init(findings: [id: .present])
                case "no": answers["no"] = .init(findings: [id: .absent])
                case "not sure", "don't know", "unknown": answers[option.lowercased()] = .init(findings: [id: .possible])
                default: break
                }
            }
        }
        let terminal = try node["terminal"]?.bool("terminal") ?? false
        let next = try node["next"].map(transitions) ?? []
        if !terminal && next.isEmpty {
            throw node.error("\(what) is not terminal and has no `next`: the dialogue would stop there")
        }
        if !terminal && node["ask"] == nil {
            throw node.error("\(what) asks nothing (`ask`) and is not terminal")
        }
        return Dialogue.Step(
            id: id,
            ask: try node["ask"]?.string("a question"),
            say: try node["say"]?.string("text to say"),
            why: try node["why"]?.string("the reason for the question"),
            about: about,
            slot: try node["slot"].map(slot),
            options: options,
            answers: answers,
            next: next,
            terminal: terminal,
            skipWhen: try node["skip_when"].map(Condition.init),
            offer: try node["offer"]?.string("a dialogue name"),
            line: node.line)
    }

    /// `interrupt: {when: CONDITION, goto: STATE}`.
    static func interrupt(_ node: DataNode) throws -> Dialogue.Interrupt {
        try node.allowOnly(["when", "goto"], in: "the interrupt")
        return Dialogue.Interrupt(
            when: try Condition(try node.required("when", in: "the interrupt")),
            goto: try node.required("goto", in: "the interrupt").string("a state"), line: node.line)
    }

    static func slot(_ node: DataNode) throws -> Dialogue.Slot {
        if let name = node.scalar { return Dialogue.Slot(name: name, kind: .text, label: name) }
        try node.allowOnly(["name", "kind", "label"], in: "a slot")
        let name = try node.required("name", in: "a slot").string("the slot's name")
        let kindText = try node["kind"]?.string("number, text or role") ?? "text"
        guard let kind = Dialogue.Slot.Kind(rawValue: kindText) else {
            throw node.error("a slot's kind is `number`, `text` or `role`, not `\(kindText)`")
        }
        return Dialogue.Slot(name: name, kind: kind, label: try node["label"]?.string("a label") ?? name)
    }

    /// `{injury.bruising: present, caller.role: GP}`: a status value names a finding, anything
    /// else sets a fact.
    static func effect(_ node: DataNode) throws -> Dialogue.AnswerEffect {
        var effect = Dialogue.AnswerEffect()
        for (key, value) in try node.entries("an answer's effect") {
            let text = try value.string("a status or a value")
            if let status = FindingStatus(rawValue: text) {
                effect.findings[RiskFactorID(key)] = status
            } else {
                effect.facts[key] = Double(text).map(FactValue.number) ?? .text(text)
            }
        }
        return effect
    }

    static func transitions(_ node: DataNode) throws -> [Dialogue.Transition] {
        if let target = node.scalar { return [Dialogue.Transition(when: nil, goto: target, line: node.line)] }
        return try node.sequence("transitions").map { item in
            try item.allowOnly(["when", "goto"], in: "a transition")
            return Dialogue.Transition(
                when: try item["when"].map(Condition.init),
                goto: try item.required("goto", in: "a transition").string("a state name"),
                line: item.line)
        }
    }

    static func validate(_ dialogue: Dialogue, root: DataNode) throws {
        guard dialogue[dialogue.start] != nil else {
            throw (root["start"] ?? root).error("the start state `\(dialogue.start)` is not defined")
        }
        if let interrupt = dialogue.interrupt {
            guard let target = dialogue[interrupt.goto] else {
                throw DataFileError(file: dialogue.file, line: interrupt.line, "the interrupt goes to `\(interrupt.goto)`, which is not defined")
            }
            guard !target.terminal else {
                throw DataFileError(file: dialogue.file, line: interrupt.line, "the interrupt goes to `\(interrupt.goto)`, which is terminal: the dialogue could not go on from it")
            }
        }
        for step in dialogue.states {
            for transition in step.next where dialogue[transition.goto] == nil {
                throw DataFileError(
                    file: dialogue.file, line: transition.line ?? step.line,
                    "state `\(step.id)` goes to `\(transition.goto)`, which is not defined")
            }
            if !step.terminal, step.next.last?.when != nil {
                throw DataFileError(
                    file: dialogue.file, line: step.next.last?.line ?? step.line,
                    "state `\(step.id)`: the last transition needs no `when`, so that some way forward always exists")
            }
        }
    }
}
