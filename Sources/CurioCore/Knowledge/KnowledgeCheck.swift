/// Everything `curio check` reports about a knowledge folder that loaded: the lexicon's checks,
/// the rule book's own checks (unknown ids, unknown sections, rules that can never fire) and
/// the dialogue lints (unreachable states, dead ends, unknown ids), in one list.
public enum KnowledgeCheck {
    public static func problems(in knowledge: Knowledge) -> [DataFileError] {
        let factors = knowledge.riskFactors.ids
        let rules = knowledge.recommender.rules
        var problems = Lexicon.problems(in: knowledge.directory, knownFactors: factors)
        problems += rules.problems(knownFactors: factors)
        for name in knowledge.dialogues.keys.sorted() {
            guard let dialogue = knowledge.dialogues[name] else { continue }
            problems += DialogueLint.problems(
                in: dialogue, riskFactors: factors, recommendations: rules.recommendationIDs,
                dialogues: Set(knowledge.dialogues.keys))
        }
        return problems
    }
}
