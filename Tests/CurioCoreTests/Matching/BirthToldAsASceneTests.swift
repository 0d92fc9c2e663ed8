import Testing

@testable import CurioCore

/// A traumatic birth told as a scene rather than a label: the baby taken off to the neonatal
/// unit, fear for the baby's life at the birth or for both their lives, a baby who came weeks
/// early. A carer who "came early" to a visit, and fear of losing the baby after a car crash,
/// are no birth.
@Suite("Birth told as a scene")
struct BirthToldAsASceneTests {
    @Test(arguments: [
        "she was taken straight to NICU after he came out",
        "he went up to special care an hour after delivery",
        "the labour was awful, she was convinced she'd lose her",
        "she says she felt like they were both going to die",
        "twins arrived eight weeks early",
    ])
    func isTraumaticBirth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the midwife came early for the visit", "she thought she was going to lose him after the car crash"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == nil, "\(text)")
    }
}
