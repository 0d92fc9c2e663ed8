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
}
