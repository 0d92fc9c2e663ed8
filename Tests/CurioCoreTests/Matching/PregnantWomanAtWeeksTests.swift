import Testing

@testable import CurioCore

/// The mother named as pregnant a few words before "at N weeks" ("a pregnant woman at 20 weeks",
/// "an expectant mother at 34 weeks") gives her gestation, not the baby's age: read as an age it
/// made an unborn baby a born one of 20 or 34 weeks. A baby seen "at 6 weeks" after a pregnancy
/// told as history keeps its age.
@Suite("Pregnant woman at N weeks")
struct PregnantWomanAtWeeksTests {
    @Test(arguments: [
        "A nursery nurse is asking about a pregnant woman at 20 weeks.",
        "A midwife rang about an expectant mother at 34 weeks.",
        "An expectant mum at 28 weeks.",
    ])
    func isNoBabyAge(text: String) {
        MatcherFixture.expectAge(text, is: nil)
    }
    @Test func babySeenAfterAPregnancyToldKeepsItsAge() {
        MatcherFixture.expectAge("She was pregnant when he left; the baby was seen at 6 weeks with a bruise.", is: 6)
    }
}
