@testable import CurioCore
import Testing

/// A context trigger limited to some factors (`only:` in context.yaml) changes those factors
/// and no others. A cue that gives danger and, inferred from it, neglect (`also:`) keeps the
/// neglect when a trigger limited to the danger ends it: "she left him alone in the flat, he's
/// been fine ever since" is a baby left alone (neglect), though no danger now. Before, the
/// trigger's kind was applied to the whole cue and the neglect was lost with the danger.
///
/// A limited trigger still reaches a cue only through the cue's own factors: one that names
/// only what the cue infers ("her ex", an experiencer of the parents' factors, beside "is
/// threatening to take the baby") leaves the abuse of the mother inferred from the threat.
@Suite("A limited trigger changes only its factors")
struct LimitedTriggerTests {
    @Test(arguments: [
        "she left him alone in the flat, he has been fine ever since",
        "mum left the baby alone in the house for two hours, the baby has been absolutely fine since",
    ])
    func neglectOutlivesTheEndedDanger(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Told without its end, the same scene is danger now as well.
    @Test(arguments: ["she left him alone in the flat", "mum left the baby alone in the house for two hours"])
    func withoutItsEndTheDangerStands(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["her ex is threatening to take the baby right now", "her ex is at the door kicking it and threatening her"])
    func aTriggerNamingOnlyTheInferredFactorDoesNotReachTheCue(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// `explain` names the factor the trigger took and keeps the one it left.
    @Test func explainSaysWhichFactorTheTriggerTook() {
        let why = MatcherFixture.matcher.explain("she left him alone in the flat, he has been fine ever since")
        let neglect = why.first { $0.factor == .neglect }
        #expect(neglect?.status == .present)
        #expect(neglect?.triggers.first?.kind == "hypothetical")
        #expect(neglect?.outcome.contains("child.immediate_danger: hypothetical") == true, "\(neglect?.outcome ?? "none")")
    }
}
