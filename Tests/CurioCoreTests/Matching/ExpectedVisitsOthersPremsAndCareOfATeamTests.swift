import Testing

@testable import CurioCore

/// "She expects the HV on Tuesday" is no pregnancy; "her friend's baby was born early" is not this
/// baby's birth; "in care of the midwife team" is no care history. The real ones stay.
@Suite("A visit expected, another's baby born early, care of a team")
struct ExpectedVisitsOthersPremsAndCareOfATeamTests {
    @Test(arguments: [
        "She expects the HV on Tuesday.",
        "Mum is expecting a call from the midwife.",
    ])
    func visitExpected(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "She's expecting.",
        "She is expecting her second.",
    ])
    func pregnancyStays(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Her friend's baby was born early.",
    ])
    func othersBabyEarly(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "She was in care of the midwife team.",
        "She was under the care of the consultant for her diabetes.",
    ])
    func careOfATeam(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "She was in care as a child.",
    ])
    func careHistoryStays(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }
}
