import Testing

@testable import CurioCore

/// A garment named only in the plural ("tights") is its own word, not the plural of another
/// ("tight"): reduced by its ending, "could be from a tight grip" was read as a mark from
/// clothing, a look-alike that silenced the fingertip marks beside it. Marks from tights still
/// read as the look-alike they are.
@Suite("A garment named in the plural")
struct GarmentNamedInThePluralTests {
    @Test(arguments: [
        "faint fingertip marks across his chest, could be from a tight grip",
        "little marks on her arms, maybe from someone holding her too tight",
    ])
    func aTightGripKeepsTheMarks(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) != nil, "\(text)")
    }

    @Test(arguments: ["red marks across her tummy from her tights", "marks on her legs from her tights"])
    func marksFromTightsAreALookAlike(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
