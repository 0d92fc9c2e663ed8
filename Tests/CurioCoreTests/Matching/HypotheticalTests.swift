import CurioCore
import Testing

@Suite("Hypothetical, advice and questions")
struct HypotheticalTests {
    @Test(arguments: [
        "If he starts drinking again, call us.",
        "We talked about the signs of postnatal depression.",
        "Gave advice on safe sleep and coping with crying.",
        "Keep an eye out for any bruising.",
        "Is there a protocol for bruising in babies?",
        "What should I do if I see a bruise?",
    ])
    func givesNoFinding(text: String) {
        let result = MatcherFixture.matcher.match(text)
        #expect(result.findings.filter(\.status.isPositive).isEmpty, "\(result.findings)")
    }

    @Test func statementAfterAdviceStillCounts() {
        let result = MatcherFixture.matcher.match("I gave her the ICON leaflet. Baby has a bruise on his ear.")
        #expect(result.status(of: .bruising) == .present)
    }
}
