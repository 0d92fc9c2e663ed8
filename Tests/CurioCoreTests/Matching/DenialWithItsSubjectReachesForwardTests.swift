import Testing

@testable import CurioCore

/// A denial with its subject first ("she denies low mood", "mum denied any drinking") denies what
/// follows, never the injury told in the clause before it ("nan thinks she saw a burn on his
/// foot, she denies low mood" keeps the burn, second-hand). The denial forward is unchanged.
@Suite("A denial with its subject reaches forward")
struct DenialWithItsSubjectReachesForwardTests {
    @Test(arguments: [
        "nan thinks she saw a burn on his foot, she denies low mood",
        "there's swelling on his wrist, mum denied any drinking",
    ])
    func injuryBeforeTheDenialStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) != nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) != .absent, "\(text)")
    }
    @Test(arguments: ["she denies low mood or anxiety", "mum denied any depression"])
    func denialForwardStays(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
    }
}
