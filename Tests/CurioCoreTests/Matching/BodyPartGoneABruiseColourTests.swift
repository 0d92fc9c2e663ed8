import Testing

@testable import CurioCore

/// A part of the body said to be, or to have gone or turned, a bruise's colour ("his ear lobe is
/// purple", "her thigh went a yellowy green colour"), even after "no marks at all, but": a
/// discolouration, a bruise to be looked at. The whole face gone purple with crying, or hands and
/// feet blue with the cold, are no bruise.
@Suite("A body part gone a bruise colour")
struct BodyPartGoneABruiseColourTests {
    @Test(arguments: [
        "No marks anywhere, but his ear lobe is purple",
        "Nothing on her tummy or back, no marks at all, but her ear lobe has gone a strange purple colour",
        "her ear lobes have gone a dark blue colour",
        "mum says his thigh went a yellowy green colour over the weekend",
    ])
    func isBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) != nil, "\(text)")
    }
    @Test(arguments: [
        "his hands and feet go a bit blue when he's cold",
        "his ear lobe went red when he was crying",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
