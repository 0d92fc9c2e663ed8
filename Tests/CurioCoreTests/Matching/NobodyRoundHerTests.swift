import Testing

@testable import CurioCore

/// Nobody "round" her, as callers say it ("a care leaver with nobody round her", "no one round
/// her for support"): isolation, as "nobody around" already is.
@Suite("Nobody round her")
struct NobodyRoundHerTests {
    @Test(arguments: [
        "mum's a care leaver with nobody round her",
        "she's no one round her, her family are all in Poland",
        "there's nobody round her for support",
        "nobody round him to help out",
    ])
    func isIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["she has people round her all the time"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
}
