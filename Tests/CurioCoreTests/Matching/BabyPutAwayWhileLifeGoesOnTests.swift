import Testing

@testable import CurioCore

/// A parent planning to put the baby away in its room while life goes on ("she'll just put him
/// in his room and get on with it") is naive about a baby's needs.
@Suite("Baby put away while life goes on")
struct BabyPutAwayWhileLifeGoesOnTests {
    @Test(arguments: ["reckons she'll just stick her in the nursery and carry on", "says they'll just leave him in his cot and go out"])
    func isNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }
}
