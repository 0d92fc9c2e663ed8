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
    @Test func iReckonIsAHedge() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "I reckon she's drinking again.") == .possible)
    }
}
