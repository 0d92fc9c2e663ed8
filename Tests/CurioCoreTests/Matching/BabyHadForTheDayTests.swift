import Testing

@testable import CurioCore

/// The baby had by someone for a time ("when she had him for the day") is looking after him, no
/// birth ahead: no pregnancy. A birth ahead ("once she's had the baby") stays one.
@Suite("Baby had for the day")
struct BabyHadForTheDayTests {
    @Test func lookingAfterIsNoPregnancy() {
        #expect(MatcherFixture.status(.unborn, in: "She noticed marks on his legs when she had him for the day.") == nil)
    }
    @Test func aBirthAheadStays() {
        #expect(MatcherFixture.status(.unborn, in: "Once she's had the baby she'll go back to work.") == .present)
    }
}
