import Testing

@testable import CurioCore

/// An age narrowed just after it is said with "well" ("he's one, well, 54 weeks", "3 months -
/// well, 14 weeks") is the later age, as after "sorry" or "actually". "Well" said of how the baby
/// is doing ("feeding well, 3 months of PND") corrects nothing.
@Suite("Age narrowed with 'well'")
struct AgeNarrowedWithWellTests {
    @Test func narrowed() {
        MatcherFixture.expectAge("He's one, well, 54 weeks, and pulling himself up on everything.", is: 54)
        MatcherFixture.expectAge("3 months - well, 14 weeks", is: 14)
    }
    @Test func doingWellCorrectsNothing() {
        MatcherFixture.expectAge("he's 6 weeks, feeding well, 3 months of PND for mum", is: 6)
    }
}
