@testable import CurioCore
import Testing

/// `WordShapes` never rules out a listed word, and rules out most others by their length,
/// first and last letter.
@Suite("Word shapes")
struct WordShapesTests {
    @Test func admitsEveryListedWord() {
        let words = ["yesterday", "last", "couple", "few", "état", "2nd", "a"]
        let shapes = WordShapes(words)
        for word in words { #expect(shapes.admits(word), "\(word)") }
    }

    @Test func rulesOutOtherShapes() {
        let shapes = WordShapes(["last", "few", "couple"])
        #expect(!shapes.admits("lasts"))       // no listed word is 5 long
        #expect(!shapes.admits("for"))         // "few" has another last letter
        #expect(!shapes.admits("crying"))      // "couple" has another last letter
        #expect(!shapes.admits(""))
        #expect(!shapes.admits("yesterdays"))  // longer than any
        #expect(shapes.admits("lost"))         // same shape: the real lookup decides
        #expect(!WordShapes([String]()).admits("last"))
    }

    /// Over a long word list no listed word is ever refused (folding may only let others through).
    @Test func neverRefusesAListedWordOfAnyShape() {
        var words: [String] = []
        for a in UInt8(ascii: "a")...UInt8(ascii: "z") {
            for b in UInt8(ascii: "a")...UInt8(ascii: "z") { words.append(String(decoding: [a, UInt8(ascii: "x"), b], as: UTF8.self)) }
        }
        let shapes = WordShapes(words.filter { $0.hasPrefix("q") || $0.hasSuffix("k") })
        for word in words where word.hasPrefix("q") || word.hasSuffix("k") { #expect(shapes.admits(word), "\(word)") }
    }
}
