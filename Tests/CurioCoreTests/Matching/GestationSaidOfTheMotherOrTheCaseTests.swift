import Testing

@testable import CurioCore

/// Weeks said of the mother with "at" or "currently" ("Mum at 30 weeks", "Mum currently 33
/// weeks"), or after the case named unborn, undelivered, a late booking, an antenatal referral
/// or a trimester, are a gestation now: read as the baby's age, a pregnancy became a born baby
/// of seven months. A due date's weeks ("EDD 4 weeks") and a time lived somewhere ("lived here 4 months") are no age. A twin brother or
/// sister is the baby's own age, and "he's day 5" a day of life. What stays as it was: a postnatal point said of the mother
/// under 20 weeks ("saw mum at 8 weeks") is still the baby's age, which keeps the bruising
/// protocol; a past unborn beside a born baby leaves the baby's age.
@Suite("Gestation said of the mother or the case")
struct GestationSaidOfTheMotherOrTheCaseTests {
    @Test(arguments: [
        ("Mum at 30 weeks, lives with her mother.", 30.0), ("Mother is at 27 weeks with her second.", 27.0),
        ("Mum currently 33 weeks, DV history.", 33.0), ("Mother presently 29 weeks.", 29.0),
        ("Unborn, 26 weeks, previous children removed.", 26.0), ("Undelivered, 38 weeks, no midwife contact.", 38.0),
        ("Late booker, 24 weeks.", 24.0), ("Antenatal referral, 21 weeks, mum using cannabis.", 21.0),
        ("Third trimester, 31 weeks.", 31.0), ("Expectant mum, 29 weeks.", 29.0), ("Mum-to-be, 35 weeks.", 35.0),
        ("Pregnant woman, 23 weeks, no fixed address.", 23.0),
    ])
    func weeksAreTheGestation(text: String, weeks: Double) {
        let facts = MatcherFixture.matcher.match(text).facts
        #expect(facts[FactName.gestationWeeks]?.number == weeks, "\(text)")
        #expect(facts[FactName.childAgeWeeks] == nil, "\(text)")
    }

    @Test(arguments: ["EDD 4 weeks.", "Due 2 weeks Friday.", "They've lived here 5 weeks.", "She is 27 weeks into the pregnancy.",
        "He is 3 weeks into a course of antibiotics."])
    func dueDateIsNoAge(text: String) {
        MatcherFixture.expectAge(text, is: nil)
    }

    @Test(arguments: [
        ("Her twin brother is 11 weeks.", 11.0), ("His twin sister is 4 months old.", 17.4),
        ("Her twin brothers are 3 years old and the baby is 9 weeks.", 9.0),
        // How long the family has lived somewhere, said first, is no age.
        ("They have lived here 4 months and the baby is 7 weeks.", 7.0),
        // An adult's state or a stay said first with its weeks is a duration, not the baby's age.
        ("Dad has been staying 4 weeks; the baby is 7 weeks.", 7.0), ("Mum has been on her own 3 months and he's 11 weeks.", 11.0),
        ("Dad is 5 weeks out of prison, baby 9 weeks.", 9.0), ("On a CP plan 5 months; baby 12 weeks.", 12.0),
        ("Mum has been in the refuge 6 weeks, the baby is 10 weeks.", 10.0),
    ])
    func twinsAgeIsTheBabys(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// A day of life said of "he" ("he's day 5"); "she" stays as it was (as often the mother).
    @Test(arguments: [
        ("he's day 6 now and not feeding well", 0.9 as Double?), ("he's only day 4, mum says he won't settle", 0.6),
        ("He's day 8 of his antibiotics.", nil), ("she is day 3 post section and sore", nil),
    ])
    func dayOfLifeSaidOfHim(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    @Test(arguments: [
        ("EPDS done with mum at 6 weeks, small bruise on baby's cheek.", 6.0), ("Saw mum at 8 weeks, bruise on his ear.", 8.0),
        ("Previous unborn removed at birth, baby now 5 weeks.", 5.0),
        ("Mum lost an unborn baby last year, this baby is 7 weeks.", 7.0),
        ("She was a pregnant teen herself; the baby is 8 weeks.", 8.0),
    ])
    func bornBabysAgeStays(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
        #expect(MatcherFixture.matcher.match(text).facts[FactName.gestationWeeks] == nil, "\(text)")
    }
}
