import Testing

@testable import CurioCore

/// "Gone" kept as the state now after "'s" ("he's gone berserk, throwing stuff at her", read as
/// "is gone" and not as "he went berserk"), the baby left with a young child and the carer gone
/// out now, and a carer "out of her tree", alone with the baby: danger now. "He went berserk"
/// told with the baby "was" there, "went out" told as over, and "out of her mind with worry" are
/// not.
@Suite("Gone berserk, left with a child, out of her tree")
struct GoneBerserkLeftWithAChildAndOutOfHerTreeTests {
    @Test(arguments: [
        "he's gone berserk, throwing stuff at her, the baby's in the highchair",
        "she's left the baby with her 8 year old and gone out",
        "left the baby with the 10 year old and is out drinking",
        "she's out of her tree on spice and has the baby",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "he went berserk, throwing stuff at her, the baby was in the highchair",
        "she's out of her mind with worry and has the baby",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
