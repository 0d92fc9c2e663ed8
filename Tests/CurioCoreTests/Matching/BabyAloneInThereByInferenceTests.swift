import Testing

@testable import CurioCore

/// A caller's guess that the baby is alone in there ("I reckon he's on his own in there", "I
/// think the baby is alone") is a possible baby left: danger and neglect, possible. "I reckon"
/// is a hedge as "I think" is. A carer looking after the baby on their own is no baby left.
@Suite("Baby alone in there, by inference")
struct BabyAloneInThereByInferenceTests {
    @Test(arguments: [
        "I reckon he's on his own in there, she went out hours ago.",
        "I think the baby is alone, nobody's answering.",
    ])
    func isPossibleDangerAndNeglect(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["Dad is looking after the baby on his own.", "Mum is caring for the baby alone, no family nearby."])
    func aCarerAloneWithTheBabyIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
    /// The carer gone out and not back, with the baby still there, told in two sentences: the
    /// baby may be alone (a situation with the baby there: possible danger and neglect).
    @Test func carerGoneOutWithTheBabyThere() {
        let text = "I saw her go out with a suitcase and she hasn't come back. The baby's still in the flat."
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible)
        #expect(MatcherFixture.status(.neglect, in: text) == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "Dad hasn't come back since May, mum is coping with the baby.") == nil)
    }
    /// Nobody in there with the baby is a baby alone; someone in there with her stays danger;
    /// "I don't think there's anyone in there with him" is a possible one, not a denial.
    @Test func nobodyInThereWithTheBaby() {
        #expect(MatcherFixture.status(.immediateDanger, in: "There's nobody in there with the baby.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "There's nobody in there with the baby.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "I don't think there's anyone in there with him.") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "He's in there with her now.") == .present)
    }
    @Test func iReckonIsAHedge() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "I reckon she's drinking again.") == .possible)
    }
}
