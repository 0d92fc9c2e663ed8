import Testing

@testable import CurioCore

/// A pregnancy said to go on, or its birth still to come, beside bare weeks ("she is still
/// pregnant and is 33 weeks", "29 weeks and still expecting", "yet to deliver, 31 weeks", "37
/// weeks, not delivered yet"): the weeks are the gestation, not a born baby's age (read so, an
/// unborn baby was asked about mobility and bruises). A born baby's weeks beside "still" or
/// "not yet" of something else stay its age.
@Suite("Pregnancy still to come")
struct PregnancyStillToComeTests {
    @Test(arguments: [
        ("she is still pregnant and is 33 weeks", 33.0), ("29 weeks and still expecting", 29.0),
        ("yet to deliver, 31 weeks", 31.0), ("37 weeks, not delivered yet", 37.0),
        ("mum hasn't had her yet, 38 weeks", 38.0), ("the baby hasn't arrived yet, 36 weeks", 36.0),
        ("27 weeks and not born yet", 27.0),
    ])
    func weeksAreTheGestation(text: String, weeks: Double) {
        let facts = MatcherFixture.matcher.match(text).facts
        #expect(facts[FactName.gestationWeeks]?.number == weeks, "\(text)")
        #expect(facts[FactName.childAgeWeeks] == nil, "\(text)")
    }

    /// The phrase that says the birth is still to come holds a birth word ("not yet delivered",
    /// "yet to be born"): read back from the weeks, the birth word was met first and taken for a
    /// birth told, and the gestation became a born baby's age.
    @Test(arguments: [
        ("not yet delivered, 35 weeks", 35.0), ("baby yet to be born, 32 weeks", 32.0),
        ("mum hasnt given birth yet, 39 weeks", 39.0), ("she has not delivered - 40 weeks", 40.0),
    ])
    func aBirthWordInsideThePhraseIsNoBirth(text: String, weeks: Double) {
        let facts = MatcherFixture.matcher.match(text).facts
        #expect(facts[FactName.gestationWeeks]?.number == weeks, "\(text)")
        #expect(facts[FactName.childAgeWeeks] == nil, "\(text)")
    }

    @Test(arguments: [
        ("still breastfeeding, 9 weeks", 9.0), ("not yet rolling, 14 weeks", 14.0),
        ("still not settling, 7 weeks old", 7.0), ("not yet weaned, 22 weeks", 22.0),
    ])
    func bornBabyKeepsItsAge(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }
}
