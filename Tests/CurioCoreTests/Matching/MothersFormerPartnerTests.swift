import Testing

@testable import CurioCore

/// "Mum's ex" is another person for his own conditions ("mum's ex is a heroin addict"); what he
/// did to her ("mum's ex hit her last year") is still her domestic abuse.
@Suite("The mother's former partner named through her")
struct MothersFormerPartnerTests {
    @Test(arguments: [
        "Mum's ex is a heroin addict.",
    ])
    func hisOwnConditions(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Mum's ex-partner has bipolar.",
    ])
    func hisOwnMentalHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Mum's ex hit her last year.",
    ])
    func whatHeDidToHer(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
}
