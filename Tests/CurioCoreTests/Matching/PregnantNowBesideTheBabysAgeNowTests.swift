import Testing

@testable import CurioCore

/// A mother pregnant now, with the born baby's age told after it as now ("she's pregnant and the
/// baby is now 4 months old", "mum is 12 weeks pregnant, the baby is now 5 months old"): both a
/// pregnancy and a born baby. The born baby's age told now had denied the pregnancy (a negation
/// error that lost the Pre-Birth Protocol). A pregnancy told in the past beside the baby's age
/// now is still the one that ended in the birth.
@Suite("Pregnant now beside the baby's age now")
struct PregnantNowBesideTheBabysAgeNowTests {
    @Test(arguments: [
        "she's pregnant and the baby is now 4 months old",
        "mum is 12 weeks pregnant, the baby is now 5 months old",
        "mum's expecting, baby's now 3 months old",
        "she's 8 weeks pregnant and he's now 7 months old",
    ])
    func isAPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "she had anxiety when she was pregnant and the baby is now 4 months old",
        "mum was 12 weeks pregnant when he hit her, the baby is now 5 months old",
    ])
    func pastPregnancyStaysEnded(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .absent, "\(text)")
    }
}
