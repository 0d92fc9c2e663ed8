import Testing

@testable import CurioCore

/// A parent's brother or sister named with "who" ("no, it's her sister who has depression, mum's
/// fine", "her brother, who drinks heavily") is the sibling's condition, not the parent's: the
/// words were taken by the hypothetical for another child's crying, so the experiencer never
/// reached them. That hypothetical still holds for mobility ("her sister who is crawling").
@Suite("Sibling who has a condition")
struct SiblingWhoHasAConditionTests {
    @Test(arguments: ["no, it's her sister who has depression, mum's fine", "her sister who self-harms"])
    func notTheParentsMentalHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) != .present, "\(text)")
    }

    @Test(arguments: ["her brother, who drinks heavily", "no, it's his brother who uses drugs"])
    func notTheParentsDrinking(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }

    /// (le, class N1) With "not him" after it, the parent is ruled out: absent, never present.
    @Test(arguments: ["it's his sister who has learning difficulties, not him"])
    func notTheParentsLearningDifficulty(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["her sister who is crawling now", "her older sister, who walked at ten months"])
    func anotherChildsMobilityStaysSilent(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }
}
