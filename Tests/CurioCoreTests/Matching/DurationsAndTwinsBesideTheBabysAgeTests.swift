import Testing

@testable import CurioCore

/// A due date's weeks ("EDD 4 weeks"), a preterm birth's ("prem 28 weeks": its gestation; the
/// price is "born prem 10 days ago", now unread and asked), a time into or out of something
/// ("27 weeks into the pregnancy", "5 weeks out of prison"), and a stay or an adult's state said with its weeks
/// before the baby's age ("dad has been staying 4 weeks", "lived here 4 months", "on a CP plan 5
/// months") are durations: read first, they beat the baby's age said after them. A twin brother
/// or sister is the baby's own age ("his twin sister is 10 weeks"), and "he's day 5" a day of
/// life. What stays as it was: "she is day 3 post section" (as often the mother) gives no age,
/// and a day of a course is none.
@Suite("Durations and twins beside the baby's age")
struct DurationsAndTwinsBesideTheBabysAgeTests {
    @Test(arguments: [
        "EDD 4 weeks.", "Due 2 weeks Friday.", "They've lived here 5 weeks.", "She is 27 weeks into the pregnancy.",
        "He is 3 weeks into a course of antibiotics.",
        // A preterm birth's weeks are its gestation at birth, not the baby's age.
        "Prem 29 weeks, in NICU.", "Ex-prem 27 weeks, now home.", "Premature 31 weeks, on SCBU.",
    ])
    func durationIsNoAge(text: String) {
        MatcherFixture.expectAge(text, is: nil)
    }

    @Test(arguments: [
        ("They have lived here 4 months and the baby is 7 weeks.", 7.0),
        ("Dad has been staying 4 weeks; the baby is 7 weeks.", 7.0), ("Mum has been on her own 3 months and he's 11 weeks.", 11.0),
        ("Dad is 5 weeks out of prison, baby 9 weeks.", 9.0), ("On a CP plan 5 months; baby 12 weeks.", 12.0),
        ("Mum has been in the refuge 6 weeks, the baby is 10 weeks.", 10.0),
        ("Prem 29 weeks, now 7 weeks old.", 7.0),
    ])
    func babysAgeAfterADuration(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    @Test(arguments: [
        ("Her twin brother is 11 weeks.", 11.0), ("His twin sister is 4 months old.", 17.4),
        ("Her twin brothers are 3 years old and the baby is 9 weeks.", 9.0),
    ])
    func twinsAgeIsTheBabys(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// Number words and the unit as often misspelt: "eigth weeks old", "fourty weeks", "6 wekks".
    @Test(arguments: [("She is eigth weeks old.", 8.0), ("He is fourty weeks old.", 40.0), ("The baby is 7 wekks.", 7.0)])
    func misspeltAgeIsRead(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    @Test(arguments: [
        ("he's day 6 now and not feeding well", 0.9 as Double?), ("he's only day 4, mum says he won't settle", 0.6),
        ("He's day 8 of his antibiotics.", nil), ("she is day 3 post section and sore", nil),
    ])
    func dayOfLifeSaidOfHim(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }
}
