import Testing

@testable import CurioCore

/// A parent ringing in distress with a veiled threat, its plea first ("if nobody comes to get
/// him I'm going to do something to him", "I'm frightened of what I might do to the baby"): a
/// possible danger, 999, as "he'll do something stupid to the baby" is; the plea's "if" is the
/// threat's own condition, not a hypothetical. "I'm going to do something stupid" alone stays as
/// it was. Care unmet told as a scene: a carer in bed all day while the baby lies crying, one
/// feed in a day, never taken to a doctor. "She hasn't been given a bottle since last night"
/// stays neglect, not denied.
@Suite("A carer in distress, and care unmet")
struct CarerInDistressAndCareUnmetTests {
    @Test(arguments: ["if nobody comes to get him I'm going to do something to him", "I'm frightened of what I might do to the baby"])
    func aVeiledThreatIsPossibleDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: [
        "dad's in bed all day and the baby's left lying in her cot crying", "she's only had one feed since yesterday",
        "nobody's given her a bottle all day", "they've never taken her to the doctor since she was born",
        "She hasn't been given a bottle since last night.",
    ])
    func careUnmetIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["we've run out of milk for my coffee"])
    func theAdultsMilkIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
