import Testing

@testable import CurioCore

/// No family or friends said where she lives ("hasn't got any family round here", "doesn't have
/// any relatives in this country") or no one "and" the next thing ("says she's got no one and...") is
/// isolation. Family issues or family history give nothing.
@Suite("No family round here")
struct NoFamilyRoundHereTests {
    @Test(arguments: ["mum has postnatal depression and hasn't got any family round here", "she doesn't have any relatives in this country", "hasn't got any friends up here", "they haven't got any family to help", "not got any family close by", "doesn't have any family in the area", "says she's got no one and she's struggling", "she's got no one at all"])
    func isIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["she hasn't got any family issues", "she doesn't have any family history of mental illness"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
}
