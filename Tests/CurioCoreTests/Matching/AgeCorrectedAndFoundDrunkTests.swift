import Testing

@testable import CurioCore

/// An age set right with more words between ("four months - no, I tell a lie, five months", "10
/// days - sorry, I got that wrong, 10 weeks"): the new age is the baby's. A carer found drunk or
/// high with the baby ("mum was found drunk in the park with the baby in the pram"): the drinking
/// is told as well as the danger; found collapsed tells no drinking.
@Suite("Age set right, carer found drunk")
struct AgeCorrectedAndFoundDrunkTests {
    @Test(arguments: [
        ("she's four months - no, I tell a lie, five months", 21.7 as Double?),
        ("6 weeks, no, let me correct myself, 8 weeks", 8.0),
        ("10 days - sorry, I got that wrong, 10 weeks", 10.0),
        ("the baby is 6 weeks, a 3 year old sibling at home", 6.0),
    ])
    func ageSetRight(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    @Test(arguments: [
        "police handing over: mum was found drunk in the park with the baby in the pram",
        "she was found high on a bench with the baby in the buggy",
    ])
    func foundDrunkIsMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    @Test func foundCollapsedIsNoMisuse() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "he was found collapsed with the baby on the floor") == nil)
    }
}
