import Testing

@testable import CurioCore

/// A lump, bump or swelling said to have come up or appeared on a part of the body ("a big lump
/// has come up on the back of his head overnight") is an injury, however many words place it.
/// Denied, it is absent.
@Suite("Lump come up on the head")
struct LumpComeUpOnTheHeadTests {
    @Test(arguments: [
        "She rang to say a big lump has come up on the back of his head overnight.",
        "A bump has appeared on her forehead since this morning.",
    ])
    func isInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
    @Test func deniedIsAbsent() {
        #expect(MatcherFixture.status(.otherInjury, in: "No lump has come up on his head since the fall.") == .absent)
    }
}
