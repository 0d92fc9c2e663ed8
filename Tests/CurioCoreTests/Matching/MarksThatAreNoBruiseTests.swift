import CurioCore
import Testing

/// A mark that is no bruise, said so by the one who saw it: a birthmark placed and documented
/// (a Mongolian blue spot, congenital dermal melanocytosis, cafe au lait marks), a mark that
/// was ink or food and came off, another child's bruised shins. Each had sent a pre-mobile
/// baby to the bruising protocol. A carer's word that a mark is pen, a spot not documented, or
/// a mark only "thought" to be something else by someone else stays a mark to look at: the
/// protocol holds whatever the explanation. Sentences written for the classes.
@Suite("Marks that are no bruise")
struct MarksThatAreNoBruiseTests {
    @Test(arguments: [
        "NIPE: mongolian blue spots over the sacrum documented at birth",
        "mongolian spot on her lower back noted at the newborn check",
        "slate grey patches on his bottom, congenital dermal melanocytosis, there since birth",
        "marks on his back - mongolian blue spots, documented in the red book",
        "two cafe au lait spots on his leg",
        "cafe au lait patch on her tummy, seen at the 6 week check",
        "the toddler has bruised knees from the park",
    ])
    func noBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "what looked like a bruise on his arm was biro",
        "what looks like bruising on her foot is just paint",
        "thought I saw a bruise on her cheek but it was food",
        "the mark washed straight off with a wipe",
    ])
    func aMarkThatWasSomethingElse(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        ("mongolian blue spot on his back, not documented anywhere", FindingStatus.present),
        ("possible mongolian blue spot on his back, not recorded at birth", .possible),
        ("mum says the mark on his cheek was pen", .present),
        ("nan thought there was a bruise on his chin but it was juice", .possible),
        ("what looked like a bruise on his arm was felt to be a bruise by the GP", .present),
        ("a bruise on his cheek, the nappy cream came off", .present),
    ])
    func stillAMarkToLookAt(text: String, status: FindingStatus) {
        #expect(MatcherFixture.status(.bruising, in: text) == status, "\(text)")
    }
}
