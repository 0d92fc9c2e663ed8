import Testing

@testable import CurioCore

/// The birth still ahead said of "he" or "she" or of the mother having the baby ("once he's born
/// she'll be straight back out", "once she's had the baby she'll go back to work"), and due in a
/// month said in words ("she's due in a month"): a pregnancy. A birth told as past ("since he was
/// born") and due for something else ("due in a month for her review") are not.
@Suite("Birth ahead said of he or she")
struct BirthAheadSaidOfHeOrSheTests {
    @Test(arguments: [
        "she's saying once he's born she'll be straight back out with her mates",
        "when she's born they're moving in with his mum",
        "once she's had the baby she'll go back to work",
        "she's about 34 weeks - no wait, 36, she's due in a month",
        "mum's due in a couple of weeks and has nothing ready",
    ])
    func isUnborn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "since he was born she's been low",
        "she's due in a month for her review",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
}
