import Testing

@testable import CurioCore

/// "The referral was made by the maternal aunt" is a family concern; "concerns were raised by her
/// nan" keeps its hedge.
@Suite("The referral made by a named relative")
struct ReferralMadeByANamedRelativeTests {
    @Test(arguments: [
        "The referral was made by the maternal aunt.",
        "The call was made by the paternal grandmother.",
    ])
    func familyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "concerns were raised by her nan",
    ])
    func concernsRaisedStayPossible(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .possible, "\(text)")
    }
}
