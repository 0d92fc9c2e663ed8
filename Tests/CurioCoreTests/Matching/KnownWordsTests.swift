@testable import CurioCore
import Testing

@Suite("Known words looked up by bytes")
struct KnownWordsTests {
    private static let words: [String: Lexicon.KnownWord] = [
        "bruise": .init(key: 1, value: 0), "bruis": .init(key: 2, value: 0), "six": .init(key: 3, value: 6),
        "a": .init(key: 4, value: 0), "café": .init(key: 5, value: 0), "self": .init(key: 6, value: 0),
    ]

    @Test func everyWordIsFoundWithItsKeyAndValue() {
        let table = KnownWords(Self.words)
        #expect(table.count == Self.words.count)
        for (word, known) in Self.words {
            #expect(table.find(word)?.key == known.key)
            #expect(table.find(word)?.value == known.value)
        }
    }

    @Test(arguments: ["", "bruises", "brui", "Bruise", "sixx", "b", "cafe", "selfharm"])
    func otherWordsAreNotFound(word: String) {
        #expect(KnownWords(Self.words).find(word) == nil)
    }

    @Test func anEmptyTableFindsNothing() {
        #expect(KnownWords().find("bruise") == nil)
        #expect(KnownWords([:]).find("bruise") == nil)
    }

    @Test func theRealLexiconFindsEveryWordItUses() throws {
        let lexicon = MatcherFixture.matcher.lexicon
        for (word, key) in lexicon.surface {
            #expect(lexicon.known.find(word)?.key == key, "\(word)")
        }
    }
}
