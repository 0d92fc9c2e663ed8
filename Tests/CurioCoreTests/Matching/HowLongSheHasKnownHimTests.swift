import Testing

@testable import CurioCore

/// How long she has known or been seeing a man ("left the baby with her new boyfriend she's known
/// two weeks", "they've been dating three weeks"): a duration of the relationship, never the
/// baby's age (read so, any baby was under six months and a bruise followed the protocol). The
/// baby's own age said with "know" stays ("I know the baby is 6 weeks").
@Suite("How long she has known him")
struct HowLongSheHasKnownHimTests {
    @Test(arguments: [
        "mum left the baby with her new boyfriend she's known two weeks",
        "they've been dating three weeks and he's already moved in",
        "a man she's been seeing 5 weeks is staying over",
    ])
    func isNoAge(text: String) {
        MatcherFixture.expectAge(text, is: nil)
    }

    @Test func babysAgeStays() {
        MatcherFixture.expectAge("I know the baby is 6 weeks", is: 6)
    }
}
