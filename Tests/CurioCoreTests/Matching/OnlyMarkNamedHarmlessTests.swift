import Testing

@testable import CurioCore

/// The only mark named as a known harmless one ("no, the only mark is his birthmark", "the only
/// mark is his BCG scar") is no bruise: read as a bruise it brought the bruising protocol to a
/// denial. The only mark said to be a bruise, or a bruise told beside the harmless mark, stays a
/// bruise.
@Suite("Only mark named harmless")
struct OnlyMarkNamedHarmlessTests {
    @Test(arguments: ["no, the only mark is his birthmark", "the only mark is his BCG scar", "only mark is eczema on his cheeks"])
    func noBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["the only mark was a bruise on his ear", "the only marks are her stork marks, and a bruise on her arm"])
    func bruiseStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// An age taken back as another child's ("no wait, that's his brother") is replaced by the
    /// baby's told after it.
    @Test func ageTakenBackAsASiblings() {
        MatcherFixture.expectAge("7 months - no wait, that's his brother, this one is 7 weeks", is: 7)
        MatcherFixture.expectAge("sorry, I was thinking of her sister, she's 9 weeks", is: 9)
    }
}
