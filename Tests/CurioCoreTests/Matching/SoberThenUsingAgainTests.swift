import Testing

@testable import CurioCore

/// Sober or clean told as a time gone by and the use back ("used to be sober but she's back on
/// it", "was clean for a year, relapsed at Easter"), or use denied now but told of the past ("he
/// no longer uses but did for years"): substance misuse, past and now. Sober said plainly gives
/// nothing.
@Suite("Sober told as gone by, then the use back")
struct SoberThenUsingAgainTests {
    @Test(arguments: [
        "she used to be sober but she's back on it",
        "he was clean for a year but relapsed at Easter",
        "she no longer uses but did for years",
    ])
    func isMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "dad is sober",
    ])
    func soberAloneIsNothing(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
}
