import Testing

@testable import CurioCore

/// A few words of how the birth came between the birth word and "at" ("born early at 31 weeks",
/// "delivered a bit early at 36 weeks", "NVD at 41 weeks"): the weeks are the gestation at
/// birth, never the baby's age (read as the age, a baby of days was put at 31 weeks old, past the
/// question of its age). The same words with no birth word before them name no birth: "the HV
/// came early at 10" is neither an age nor a gestation of 10 weeks.
@Suite("Gestation at birth with how the birth came")
struct GestationAtBirthWithHowTheBirthCameTests {
    @Test(arguments: [
        ("born early at 31 weeks, home from SCBU now", 31.0),
        ("she was delivered a bit early at 36 weeks", 36.0),
        ("born very prem at 27 weeks", 27.0),
        ("NVD at 41 weeks, no concerns on the ward", 41.0),
        ("baby was born slightly late at 42 weeks", 42.0),
    ])
    func isTheGestationAtBirth(text: String, weeks: Double) {
        let match = MatcherFixture.matcher.match(text)
        #expect(match.facts[FactName.gestationWeeks] == .number(weeks), "\(text)")
        #expect(match.facts[FactName.childAgeWeeks] == nil, "\(text)")
        #expect(match.status(of: .unborn) == nil, "\(text)")
    }

    /// The baby's age told after it is still read: "born early at 32 weeks, now 6 weeks old".
    @Test func theAgeAfterItIsStillTheAge() {
        let match = MatcherFixture.matcher.match("born early at 32 weeks, now 6 weeks old")
        #expect(match.facts[FactName.gestationWeeks] == .number(32), "gestation")
        #expect(match.facts[FactName.childAgeWeeks] == .number(6), "age")
    }

    /// Without a birth word the manner words name no birth.
    @Test(arguments: ["the HV came early at 10 weeks for the check", "she went back to work early at 12 weeks"])
    func withoutABirthWordNoGestation(text: String) {
        #expect(MatcherFixture.matcher.match(text).facts[FactName.gestationWeeks] == nil, "\(text)")
    }
}
