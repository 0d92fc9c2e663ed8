import Testing

@testable import CurioCore

/// A pregnancy told as this one or the next ("she's 16 weeks with this one", "20 weeks with her
/// next"), the mother due at a date of a named month ("she's due mid-April", "due on the 3rd of
/// June"), and one suspected ("she thinks she's pregnant", "she's missed a period"). A baby due
/// a check or jabs at a date is no pregnancy, nor is "with this one" beside a baby's age.
@Suite("Pregnancy told as this one, due by a date, or suspected")
struct PregnancyToldAsThisOneDueByDateOrSuspectedTests {
    @Test(arguments: [
        "she's 16 weeks with this one",
        "she's 22 weeks with her next and has no one",
        "mum's due at the end of May",
        "she's due on the 3rd of June",
        "she's due mid-April",
        "the baby is 4 months and mum's had a positive test",
    ])
    func isAPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "she thinks she's pregnant but hasn't confirmed",
        "she reckons she's expecting again",
        "she's missed a period and feels sick",
    ])
    func isSuspected(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "she's due on the 3rd of May for her jabs",
        "she's due at the end of March for her 12 week review",
        "she's due her jabs in March",
        "he's 10 weeks, she found it hard with this one",
        "mum had a positive test for covid last week",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }

    @Test func aPositiveTestForADrugStaysTheDrug() {
        let text = "she had a positive test for cannabis"
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// "16 weeks with this one" is the gestation of a pregnancy now, never a baby's age.
    @Test func gestationWithThisOne() {
        let text = "she's 16 weeks with this one"
        MatcherFixture.expectAge(text, is: nil)
        let match = MatcherFixture.matcher.match(text)
        #expect(match.facts[FactName.gestationWeeks] == .number(16), "\(text)")
        #expect(match.status(of: .unborn) == .present, "\(text)")
    }
}
