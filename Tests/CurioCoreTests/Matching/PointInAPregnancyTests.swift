import Testing

@testable import CurioCore

/// Weeks told as a point in a pregnancy ("she found out she was pregnant at 8 weeks"): a
/// gestation, never the baby's age. Read as an age, a pregnancy became a born baby of 8 weeks,
/// so the pre-birth protocol was lost and a consultation took the baby as pre-mobile by age.
/// A baby's own age beside it is still read; "at 6 weeks" with no pregnancy word is a point in
/// the baby's life as before.
@Suite("A point in a pregnancy")
struct PointInAPregnancyTests {
    @Test(arguments: [
        "she found out she was pregnant at 8 weeks",
        "she found out she was pregnant at about 8 weeks and stopped her meds",
        "she was pregnant at 12 weeks when he first hit her",
    ])
    func isNoBabysAge(text: String) {
        MatcherFixture.expectAge(text, is: nil)
    }

    @Test func isAGestation() {
        let result = MatcherFixture.matcher.match("she found out she was pregnant at 8 weeks")
        #expect(result.facts[FactName.gestationWeeks]?.number == 8)
    }

    @Test(arguments: [
        ("she found out she was pregnant at 8 weeks, the baby is now 6 weeks old", 6.0),
        ("seen at 6 weeks, bruise on his arm", 6.0),
        ("pregnancy was normal, she's 10 weeks, bruise on her cheek", 10.0),
    ])
    func aBabysAgeIsStillRead(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }
}
