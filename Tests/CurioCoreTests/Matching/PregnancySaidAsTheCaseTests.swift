import Testing

@testable import CurioCore

/// A pregnancy said as what the case is ("it's a pregnancy, she's 18 weeks"), the baby said
/// "not born" as its whole clause ("not born, mum is 30 weeks"), the birth at hand ("she's about
/// to give birth") or the baby not here yet and due: an unborn baby, and the weeks are the
/// gestation, not a born baby's age (which made a pregnancy a pre-mobile baby). A parent's
/// birthplace and a born baby's jabs due are no pregnancy.
@Suite("Pregnancy said as the case")
struct PregnancySaidAsTheCaseTests {
    @Test(arguments: [
        "it's a pregnancy, she's 18 weeks", "not born, mum is 30 weeks", "she's about to give birth",
        "not here yet, due in a couple of weeks",
    ])
    func isUnborn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test(arguments: [("it's a pregnancy, she's 18 weeks", 18.0), ("not born, mum is 30 weeks", 30.0)])
    func weeksAreTheGestation(text: String, weeks: Double) {
        let facts = MatcherFixture.matcher.match(text).facts
        #expect(facts[FactName.gestationWeeks]?.number == weeks, "\(text)")
        #expect(facts[FactName.childAgeWeeks] == nil, "\(text)")
    }

    @Test(arguments: ["she was not born in this country", "his jabs are due in a few weeks"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
}
