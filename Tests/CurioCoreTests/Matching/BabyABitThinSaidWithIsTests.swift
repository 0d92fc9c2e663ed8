import Testing

@testable import CurioCore

/// The baby said to be "a bit thin", "quite skinny" with "is" ("she's a bit thin but mum says she's
/// feeding fine") is a suspicion of faltering growth, as "she looks a bit thin" already was:
/// possible neglect. A parent's own build ("mum's a bit thin herself") gives nothing.
@Suite("Baby a bit thin said with is")
struct BabyABitThinSaidWithIsTests {
    @Test(arguments: ["I'm not sure, she's a bit thin but mum says she's feeding fine, could just be her build.", "he's quite skinny", "she's a bit thin for her age", "he is very thin", "she was really thin when I saw her", "he's getting a bit thin", "she is rather bony"])
    func isPossibleNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["mum's a bit thin herself", "dad's quite skinny"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
