import Testing

@testable import CurioCore

/// An adult's own burn ("I burnt myself on the oven", "his dad got burnt at work") and an animal
/// gone floppy ("the puppy's gone floppy and won't eat") are no injury of the baby's and no
/// collapse. The baby's own stay: a burn told of him, the baby gone floppy, and a bruise "so is
/// the baby" after the mother's.
@Suite("Adults' and animals' own harm")
struct AdultsAndAnimalsOwnHarmTests {
    @Test(arguments: ["I burnt myself on the oven", "his dad got burnt at work"])
    func anAdultsBurnStaysSilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["The puppy's gone floppy and won't eat"])
    func anAnimalFloppyStaysSilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test func theBabysOwnStay() {
        #expect(MatcherFixture.status(.otherInjury, in: "he got burnt in the kitchen when dad spilt tea") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "she's gone floppy") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Mum's arms are covered in bruises and so is the baby.") == .present)
    }
}
