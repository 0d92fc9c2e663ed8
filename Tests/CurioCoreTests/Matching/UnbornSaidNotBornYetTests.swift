import Testing

@testable import CurioCore

/// A baby said not born yet ("the baby isn't born yet", "he hasn't been born yet", "still to be
/// born") is a pregnancy: the Pre-Birth Protocol's path, and the injury questions skipped. Told
/// in free text at any question, it was missed, and the pre-birth advice never came. Nothing
/// said plainly ("has she been born yet?") and a birth told ("born yesterday") stay as they were.
@Suite("Unborn said as not born yet")
struct UnbornSaidNotBornYetTests {
    @Test(arguments: [
        "the baby isn't born yet", "he hasn't been born yet", "baby not yet born, mum is anxious",
        "the twins are yet to be born", "our baby is still to be born", "not born yet",
    ])
    func isUnborn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["has the baby been born yet?", "is he born yet", "born yet"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }

    @Test func aBirthToldIsNoPregnancy() {
        #expect(MatcherFixture.status(.unborn, in: "the baby was born yesterday") == .absent)
    }
}
