import Testing

@testable import CurioCore

/// What a parent is told or shown, not taken in or understood ("she doesn't seem to understand
/// the advice"), is a learning difficulty to look at; doubted ("not sure she takes in what I
/// say") it is possible. Taken in, said plainly, it is nothing.
@Suite("Advice not taken in")
struct AdviceNotTakenInTests {
    @Test func deniedIsPresent() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "She doesn't seem to understand the advice about feeds.") == .present)
    }
    @Test func doubtedIsPossible() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "Not sure she takes in what I say, she just nods along.") == .possible)
    }
    @Test func takenInIsNothing() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "She understood the advice about safe sleep.") == nil)
    }
}
