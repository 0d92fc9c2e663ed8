import Testing

@testable import CurioCore

/// "The baby's brother" (its "'s" dropped) is the baby's brother, not the baby: the fold of
/// "baby brother" into "the baby" (a school's caller: "her baby brother has a bruise") stops at
/// a word that owns the next. Folded, "the baby's brother goes to a special school" was a
/// parent's learning difficulty, the brother's own life read as the parent's.
@Suite("A possessive before a sibling")
struct PossessiveBeforeASiblingTests {
    @Test(arguments: [
        "the baby's brother goes to a special school",
        "the baby's sister has learning difficulties",
    ])
    func theSiblingsOwnLifeIsNotTheParents(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "her baby sister has a bruise on her arm",
        "his baby brother's cheek is bruised",
    ])
    func aBabySiblingIsStillTheBaby(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test func aParentsConditionIsStillTheParents() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "the baby's dad has learning difficulties") == .present)
    }
}
