import Testing

@testable import CurioCore

/// Someone else's condition told beside the case: a grandparent's loneliness, an older child's
/// autism or special school, a sister's view of when babies sleep through. None is the parents'
/// isolation, learning difficulty or naive expectations. The parent's own stays.
@Suite("Someone else's soft factor")
struct SomeoneElsesSoftFactorTests {
    @Test(arguments: ["his grandma has been really lonely since she was widowed", "her uncle lives on his own"])
    func relativesLonelinessIsNoIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["her daughter is 7 and attends a special needs school", "the eldest has an EHCP and sees a speech therapist"])
    func olderChildsNeedsAreNoLearningDifficulty(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["her friend reckons newborns should sleep through the night"])
    func relativesViewIsNoNaivety(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["she went to a special school like her sister"])
    func parentsOwnStays(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
    }
}
