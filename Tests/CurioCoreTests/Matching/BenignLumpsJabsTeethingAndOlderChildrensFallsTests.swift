import Testing

@testable import CurioCore

/// Look-alikes of an injury told by its sign: a lump said to be a cyst or a hernia, a thigh hard
/// and red where the injection went, blood on the gums from teething, and an older child's fall or
/// limb. Nothing to refer: none of them is the baby's injury.
@Suite("Benign lumps, jabs, teething and older children's falls")
struct BenignLumpsJabsTeethingAndOlderChildrensFallsTests {
    @Test(arguments: ["the lump on her back is a cyst, the GP has seen it", "the swelling in his groin is a hernia, surgeons know",
        "her thigh's a bit hard and red where she had her injection", "blood on his gums from teething",
        "her brother fell off the trampoline and was drowsy after", "her daughter, 9, can't move her wrist after netball"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
}
