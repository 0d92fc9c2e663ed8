import CurioCore
import Testing

@Suite("Professional abbreviations")
struct AbbreviationTests {
    @Test(arguments: [
        ("hx of PND", RiskFactorID.mentalHealth),
        ("EMCS at 38/40", .traumaticBirth),
        ("PPH of 1.5 litres", .traumaticBirth),
        ("4 days in SCBU", .traumaticBirth),
        ("mum was LAC", .childhoodInCare),
        ("on a CIN plan as a teenager", .childhoodInCare),
        ("MARAC last year", .domesticAbuse),
        ("mum has mild LD", .learningDifficulty),
        ("ACEs disclosed at booking", .adverseChildhood),
        ("DNA'd the 6-8 week check", .neglect),
    ])
    func abbreviationMatches(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text)?.isPositive == true)
    }

    @Test func callerRole() {
        #expect(MatcherFixture.matcher.match("Hi, I'm the HV for this family.").facts[FactName.callerRole] == .text("health visitor"))
        #expect(MatcherFixture.matcher.match("This is the community midwife.").facts[FactName.callerRole] == .text("midwife"))
        #expect(MatcherFixture.matcher.match("The GP saw her yesterday.").facts[FactName.callerRole] == nil)
    }
}
