import Testing

@testable import CurioCore

/// Things told a parent over and over before they sink in ("I have to go over it three or four
/// times before she takes it in", "needs things repeated a couple of times"): a learning need to
/// ask about (possible). A single reminder, or a plan explained twice so questions could be
/// asked, is none.
@Suite("Things told over and over")
struct ThingsToldOverAndOverTests {
    @Test(arguments: [
        "I have to go over it three or four times before she takes it in",
        "dad needs things repeated a couple of times",
    ])
    func isPossibleLearningDifficulty(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["I told her twice about the appointment", "I explained the plan to them a couple of times so they could ask questions"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == nil, "\(text)")
    }
}
