import Testing

@testable import CurioCore

/// The baby's clothes told as always damp, wet, soiled or smelling ("his clothes are always damp and
/// smell of smoke", "clothes always smell of wee") are basic needs unmet day after day: neglect. Wet
/// once ("wet from the rain") or clean gives nothing.
@Suite("Clothes always damp or dirty")
struct ClothesAlwaysDampOrDirtyTests {
    @Test(arguments: ["his clothes are always damp and smell of smoke", "her vests are often soiled", "his clothes are always dirty", "clothes always smell of wee", "the babygrows are constantly wet", "his sleepsuit is always stained", "bedding always smells of urine"])
    func isNeglect(text: String) {
        #expect([.present, .possible].contains(MatcherFixture.status(.neglect, in: text)), "\(text)")
    }

    @Test(arguments: ["his clothes were wet from the rain", "the washing was damp on the radiator"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
