import Testing

@testable import CurioCore

/// An age said of another, older child ("her older boy is 3 years old", "her eldest is 4 years
/// old") is not the baby's. Read as the baby's, it made the baby mobile by age, so a bruise on
/// the baby got no bruising protocol and no question about the baby's own age either. The
/// baby's own age, said beside it, is read; the baby named by an age is still the baby, and a
/// toddler named alone ("Toddler: 2 years 1 month") is the child in question (`AgeTests`).
@Suite("An older child's age")
struct OlderChildsAgeTests {
    @Test(arguments: [
        "her older boy is 3 years old and the baby has a bruise on his cheek",
        "mum's eldest son, aged 4, says the baby fell",
        "her eldest is 4 years old",
        "her other daughter is 18 months old",
        "his big sister is 3 years old",
    ])
    func isNoBabysAge(text: String) {
        MatcherFixture.expectAge(text, is: nil)
    }

    @Test(arguments: [
        ("her older boy is 3 years old and the baby is 6 weeks old", 6.0),
        ("the boy is 6 weeks old", 6.0),
        ("baby girl, 10 weeks old, her older sister is 4", 10.0),
        ("she is 8 weeks old and her older brother is 2 years old", 8.0),
    ])
    func theBabysOwnAgeIsRead(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    @Test func aBruiseBesideAnOlderChildsAgeStillAsksForTheBabysAge() {
        let result = MatcherFixture.matcher.match("her older boy is 3 years old and the baby has a bruise on his cheek")
        #expect(result.status(of: .bruising) == .present)
        #expect(result.facts[FactName.childAgeWeeks] == nil)
    }
}
