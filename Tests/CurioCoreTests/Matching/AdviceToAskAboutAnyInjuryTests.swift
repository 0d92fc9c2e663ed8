import Testing

@testable import CurioCore

/// Advice to ask the parents about an injury that may or may not be there ("ask how any injury
/// happened") is no finding; an injury whose cause was asked about, or could not be told, is.
@Suite("Advice to ask about any injury")
struct AdviceToAskAboutAnyInjuryTests {
    @Test(arguments: ["always ask the carers how any bruise came about", "ask mum when any injury was first seen"])
    func adviceIsSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["dad could not say how the injury happened", "I asked how the burn happened and she said the radiator"])
    func anInjuryThereStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
}
