import CurioCore
import Testing

/// A mark said once and then found on the baby as "one", "another" or "some": the baby's
/// bruise, though the word "bruise" is said only of someone else. A parent's "one" stays
/// theirs. Sentences written for the class.
@Suite("Another mark, said of the baby")
struct AnotherMarkOnTheBabyTests {
    @Test(arguments: [
        "mum has a bruise on her arm and the baby has one on his leg",
        "he's got another on his back",
        "the baby also has one on his ear",
        "she has some on her thighs as well",
    ])
    func theBabysOneIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["mum has one on her arm", "dad has one on his hand"])
    func aParentsOneIsTheirs(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A brother's or sister's bruise is theirs, but the baby named with them, or after them
    /// ("and so does the baby"), has one too: missing it withheld the bruising protocol.
    @Test(arguments: [
        "his brother has a bruise and so does the baby",
        "her toddler brother has a bruise on his cheek and she has one too",
        "both the baby and his sister have bruises on their arms",
        "the baby and her sister both have marks on their faces",
        "his big sister and the baby both have bruises",
        "her sister has a bruise on her arm and the baby has one too",
    ])
    func theBabyNamedWithAnotherChildHasOneToo(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Only the baby: another relative after the sibling, another illness, a denial or a hedge
    /// are read as such.
    @Test func theRestOfTheSentenceStillCounts() {
        #expect(MatcherFixture.status(.bruising, in: "his brother has a bruise and so does his cousin") == nil)
        #expect(MatcherFixture.status(.bruising, in: "her sister has bruises and so does mum") == nil)
        #expect(MatcherFixture.status(.bruising, in: "the baby and her sister both have chickenpox") == nil)
        #expect(MatcherFixture.status(.bruising, in: "both the baby and his sister have no bruises") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "his brother has a bruise and possibly so does the baby") == .possible)
    }

    /// The same for other injuries: the baby named with or after a brother's or sister's burn
    /// or cut has one too.
    @Test func otherInjuriesOfTheBabyNamedWithAnotherChild() {
        #expect(MatcherFixture.status(.otherInjury, in: "his sister has a burn on her hand and so does the baby") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "both the baby and his brother have burns on their hands") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "her brother has a cut on his lip and she has one too") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "his sister has a burn on her hand and so does her friend") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "she is 1 year old and has a fracture of her arm") == .present)
    }
}
