import Testing

@testable import CurioCore

/// A skin heading answered no after a denial earlier in its clause ("nothing on his skin - no
/// bruises, no marks") says the same denial twice: the heading's "no" is not a second denial
/// that turns the first into a bruise. A bruise or mark told after it is still a bruise.
@Suite("Skin heading denied after an earlier denial")
struct SkinHeadingDeniedAfterAnEarlierDenialTests {
    @Test(arguments: [
        "Top-to-toe check done, nothing on his skin - no bruises, no marks, no petechiae.",
        "I didn't see anything on her skin: no bruising or marks.",
        "Nothing of note on the skin - no marks, no discolouration.",
        "no concerns on his skin - no bruises",
    ])
    func isDenied(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Nothing on her skin - bruise on her left ear though.",
        "nothing on his skin: no bruising but a mark behind his ear",
    ])
    func aBruiseToldAfterStaysABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}
