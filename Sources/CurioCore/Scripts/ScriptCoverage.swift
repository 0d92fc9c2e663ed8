/// What the scripts exercised, per dialogue: states visited, transitions taken, findings seen
/// and recommendations given; and, against the dialogues and rules, what none of them reaches.
public struct ScriptCoverage: Sendable {
    public var states: [String: Set<String>] = [:]
    public var transitions: [String: Set<String>] = [:]
    public var findings: Set<RiskFactorID> = []
    public var recommendations: Set<String> = []

    public init() {}

    mutating func observe(_ seen: ScriptObservation) {
        states[seen.dialogue, default: []].formUnion(seen.path)
        states[seen.dialogue, default: []].insert(seen.state)
        transitions[seen.dialogue, default: []].formUnion(seen.transitions)
        // A dialogue switch (an offer taken) records states of the earlier dialogue too.
        for step in seen.path where !(states[seen.dialogue]?.contains(step) ?? false) {
            states[seen.dialogue, default: []].insert(step)
        }
        findings.formUnion(seen.findings.filter { $0.status.isPositive }.map(\.id))
        recommendations.formUnion(seen.recommendations.map(\.id))
    }

    /// The figures for one dialogue.
    public struct DialogueFigures: Sendable {
        public var dialogue: String
        public var states: (covered: Int, total: Int)
        public var transitions: (covered: Int, total: Int)
        public var unvisitedStates: [String]
        public var untakenTransitions: [String]

        /// The lower of the state and transition ratios.
        public var ratio: Double {
            let s = states.total == 0 ? 1 : Double(states.covered) / Double(states.total)
            let t = transitions.total == 0 ? 1 : Double(transitions.covered) / Double(transitions.total)
            return min(s, t)
        }
    }

    public func figures(for dialogue: Dialogue) -> DialogueFigures {
        let allStates = dialogue.states.map(\.id)
        let allTransitions = DialogueCoverageUniverse.transitions(of: dialogue)
        let seenStates = states[dialogue.name] ?? []
        let seenTransitions = transitions[dialogue.name] ?? []
        let unvisited = allStates.filter { !seenStates.contains($0) }
        let untaken = allTransitions.filter { !seenTransitions.contains($0) }
        return DialogueFigures(
            dialogue: dialogue.name,
            states: (allStates.count - unvisited.count, allStates.count),
            transitions: (allTransitions.count - untaken.count, allTransitions.count),
            unvisitedStates: unvisited, untakenTransitions: untaken)
    }
}

/// Everything a dialogue could exercise.
public enum DialogueCoverageUniverse {
    /// Each distinct "from->to" of the dialogue's transitions, in file order.
    public static func transitions(of dialogue: Dialogue) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for step in dialogue.states {
            for transition in step.next where seen.insert("\(step.id)->\(transition.goto)").inserted {
                out.append("\(step.id)->\(transition.goto)")
            }
        }
        return out
    }
}
