import Testing

@testable import CurioCore

/// A baby left with a young child named with "the" ("leave the baby with the 9 yr old brother",
/// "left the 3 month old with the 10 yr old"): neglect. An adult sibling, or the young child
/// simply loving the baby, is none.
@Suite("Baby left with the young child")
struct BabyLeftWithTheYoungChildTests {
    @Test(arguments: [
        "They leave the baby with the 8 yr old sister while mum does her shifts",
        "they left the 3 month old with the 10 yr old brother overnight",
        "she leaves the twins with the 7-year-old while she pops to the shop",
    ])
    func isNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "She leaves the baby with her 19 year old sister when she works",
        "the 9 year old brother adores the baby and helps with bath time",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
