import CurioCore
import Testing

/// A bruise told by its colour without the word ("bluish dots on his neck", "his arm looked a
/// bit blue"), and a pregnancy told by the month it is due ("expecting in March"). Sentences
/// written for the class.
@Suite("Colours on the body and the month a baby is due")
struct ColourAndDueMonthTests {
    @Test(arguments: [
        "Some bluish dots on his neck, he's 12 days old.",
        "There are purple specks behind her ear.",
    ])
    func aColourOnTheBodyIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// "A bit" or "slightly" before the colour is a doubt the hedge reads: possible, which is
    /// enough for the bruising protocol on a pre-mobile baby.
    @Test(arguments: [
        "Grandma said the baby's arm looked a bit blue underneath.",
        "His cheek was slightly purple at the check.",
    ])
    func aColourSaidWithADoubtIsAPossibleBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    /// No colour on the body, or a colour denied: nothing, or absent.
    @Test func otherColoursAreNot() {
        #expect(MatcherFixture.status(.bruising, in: "she wore a dress with blue dots on it") == nil)
        #expect(MatcherFixture.status(.bruising, in: "no bluish dots on his neck today") == .absent)
    }

    @Test(arguments: ["Expecting in March, mum has a learning disability.", "she is expecting early June"])
    func expectingByTheMonthIsAPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test func expectingSomethingElseIsNot() {
        #expect(MatcherFixture.status(.unborn, in: "we are expecting the health visitor in March") == nil)
    }

    /// The due date said in full is a pregnancy; a birth told against the due date ("born 3
    /// weeks before his due date") is a baby born, which had been read as unborn, so the
    /// consultation skipped its questions about bruises.
    @Test func theDueDateInFullIsAPregnancyAndABirthBeforeItIsNot() {
        #expect(MatcherFixture.status(.unborn, in: "expected date of delivery is 14th May, first baby") == .present)
        #expect(MatcherFixture.status(.unborn, in: "her estimated due date is the end of June") == .present)
        #expect(MatcherFixture.status(.unborn, in: "he was born two weeks before his due date") == nil)
        #expect(MatcherFixture.status(.unborn, in: "she arrived a week after her EDD by section") == nil)
        #expect(MatcherFixture.status(.unborn, in: "mum is four days past her due date") == .present)
    }
}
