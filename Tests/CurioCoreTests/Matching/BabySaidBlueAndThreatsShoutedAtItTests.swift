import Testing

@testable import CurioCore

/// The baby said to be blue or grey now, without "gone" or "turned" ("the baby is blue", "baby
/// looks grey"), and a threat shouted at a crying baby ("shouting at the baby to shut up or he'll
/// hit her") are danger now. Blue said of a mood ("mum is feeling blue") is not.
@Suite("Baby said blue, and threats shouted at it")
struct BabySaidBlueAndThreatsShoutedAtItTests {
    @Test(arguments: [
        "the baby is blue", "baby looks grey", "shouting at the baby to shut up or he'll hit her",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["mum is feeling blue"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
