/// The checks `curio check` runs over a dialogue beyond what loading already refuses:
/// states nothing leads to, states from which the end can never be reached, ids that are not
/// in the taxonomy or the rule book, and offers of dialogues that do not exist.
public enum DialogueLint {
    public static func problems(
        in dialogue: Dialogue, riskFactors: Set<RiskFactorID>, recommendations: Set<String>?,
        dialogues: Set<String>
    ) -> [DataFileError] {
        var problems: [DataFileError] = []
        func report(_ step: Dialogue.Step, _ message: String) {
            problems.append(DataFileError(file: dialogue.file, line: step.line, "state `\(step.id)`: \(message)"))
        }

        let reachable = reachableStates(of: dialogue)
        for step in dialogue.states where !reachable.contains(step.id) {
            report(step, "no transition leads here from `\(dialogue.start)` (unreachable)")
        }
        let finishing = statesReachingAnEnd(of: dialogue)
        for step in dialogue.states where reachable.contains(step.id) && !finishing.contains(step.id) {
            report(step, "no path leads from here to a terminal state (dead end)")
        }
        if !dialogue.states.contains(where: \.terminal) {
            problems.append(DataFileError(file: dialogue.file, "the dialogue has no terminal state"))
        }
        for step in dialogue.states {
            var named = Set(step.about)
            for effect in step.answers.values { named.formUnion(effect.findings.keys) }
            for condition in step.next.compactMap(\.when) + [step.skipWhen].compactMap({ $0 }) {
                named.formUnion(condition.riskFactors)
                if let recommendations {
                    for id in condition.recommendations.subtracting(recommendations).sorted() {
                        report(step, "unknown recommendation id `\(id)`")
                    }
                }
            }
            for id in named.subtracting(riskFactors).sorted() {
                report(step, "unknown risk-factor id `\(id)`")
            }
            for option in step.answers.keys.sorted() where !step.options.map({ $0.lowercased() }).contains(option) {
                report(step, "`answers` names `\(option)`, which is not one of the options")
            }
            if let offer = step.offer, !dialogues.contains(offer) {
                report(step, "offers dialogue `\(offer)`, which does not exist")
            }
            if !step.terminal && step.ask?.trimmingCharacters(in: .whitespaces).isEmpty != false {
                report(step, "asks nothing: the practitioner would have no question to answer")
            }
        }
        return problems
    }

    /// States reachable from the start through any transition, whatever its guard.
    public static func reachableStates(of dialogue: Dialogue) -> Set<String> {
        var seen: Set<String> = [dialogue.start]
        var queue = [dialogue.start]
        while let id = queue.popLast() {
            for transition in dialogue[id]?.next ?? [] where seen.insert(transition.goto).inserted {
                queue.append(transition.goto)
            }
        }
        return seen
    }

    /// States from which some path reaches a terminal state.
    static func statesReachingAnEnd(of dialogue: Dialogue) -> Set<String> {
        var finishing = Set(dialogue.states.filter(\.terminal).map(\.id))
        var changed = true
        while changed {
            changed = false
            for step in dialogue.states where !finishing.contains(step.id) {
                if step.next.contains(where: { finishing.contains($0.goto) }) {
                    finishing.insert(step.id)
                    changed = true
                }
            }
        }
        return finishing
    }
}
