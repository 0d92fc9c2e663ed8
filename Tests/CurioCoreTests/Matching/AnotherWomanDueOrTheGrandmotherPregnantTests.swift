import Testing

@testable import CurioCore

/// Several women in one answer: another woman due ("her sister is due in May") or the baby's
/// grandmother pregnant ("nan is 41 and pregnant") is hers, not this case's pregnancy, so a
/// denial of the mother's pregnancy beside it stands. The mother due as well stays a pregnancy.
@Suite("Another woman due, or the grandmother pregnant")
struct AnotherWomanDueOrTheGrandmotherPregnantTests {
    @Test(arguments: [
        "mum's best friend is due next month",
        "nan is 41 and pregnant",
        "gran is pregnant too",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
    @Test func motherDeniedBesideHerSistersDueDate() {
        let text = "her sister is due in May, mum isn't pregnant"
        #expect(MatcherFixture.status(.unborn, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "her sister is due in May and so is mum",
        "mum is due in May",
        "grandma says mum is pregnant",
    ])
    func mothersPregnancyStays(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) != nil && MatcherFixture.status(.unborn, in: text) != .absent, "\(text)")
    }
}
