import Testing

@testable import CurioCore

/// Weeks said of the mother with "at" or "currently" ("Mum at 30 weeks", "Mum currently 33
/// weeks"), or after the case named unborn, undelivered, expectant, a mum-to-be, a late booking,
/// an antenatal referral or a trimester, are a gestation now: read as the baby's age, a
/// pregnancy became a born baby of seven months. What stays as it was: a postnatal point said
/// of the mother under 20 weeks ("saw mum at 8 weeks") is still the baby's age, which keeps the
/// bruising protocol; a past unborn or a pregnant teen long ago beside a born baby leaves the
/// baby's age.
@Suite("Gestation said of the mother or the case")
struct GestationSaidOfTheMotherOrTheCaseTests {
    @Test(arguments: [
        ("Mum at 30 weeks, lives with her mother.", 30.0), ("Mother is at 27 weeks with her second.", 27.0),
        ("Mum currently 33 weeks, DV history.", 33.0), ("Mother presently 29 weeks.", 29.0),
        ("Unborn, 26 weeks, previous children removed.", 26.0), ("Undelivered, 38 weeks, no midwife contact.", 38.0),
        ("Late booker, 24 weeks.", 24.0), ("Antenatal referral, 21 weeks, mum using cannabis.", 21.0),
        ("Third trimester, 31 weeks.", 31.0), ("Expectant mum, 29 weeks.", 29.0), ("Mum-to-be, 35 weeks.", 35.0),
        ("Pregnant woman, 23 weeks, no fixed address.", 23.0),
        // The mother just before "at" or "who" anywhere in the sentence, not only as its subject.
        ("Referral re mum at 30 weeks, no support.", 30.0), ("A call about a mum who is 24 weeks and sleeping rough.", 24.0),
    ])
    func weeksAreTheGestation(text: String, weeks: Double) {
        let facts = MatcherFixture.matcher.match(text).facts
        #expect(facts[FactName.gestationWeeks]?.number == weeks, "\(text)")
        #expect(facts[FactName.childAgeWeeks] == nil, "\(text)")
    }

    @Test(arguments: [
        ("EPDS done with mum at 6 weeks, small bruise on baby's cheek.", 6.0), ("Saw mum at 8 weeks, bruise on his ear.", 8.0),
        ("Referral re mum at 8 weeks, bruise on his ear.", 8.0),
        ("Previous unborn removed at birth, baby now 5 weeks.", 5.0),
        ("Mum lost an unborn baby last year, this baby is 7 weeks.", 7.0),
        ("She was a pregnant teen herself; the baby is 8 weeks.", 8.0),
    ])
    func bornBabysAgeStays(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
        #expect(MatcherFixture.matcher.match(text).facts[FactName.gestationWeeks] == nil, "\(text)")
    }
}
