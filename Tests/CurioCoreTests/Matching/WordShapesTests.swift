@testable import CurioCore
import Testing

/// `WordShapes` never rules out a listed word, and rules out words whose length or first
/// letter no listed word has.
@Suite("Word shapes")
struct WordShapesTests {
    @Test func admitsEveryListedWord() {
        let words = ["yesterday", "last", "this", "today", "the", "état", "2nd"]
        let shapes = WordShapes(words)
        for word in words { #expect(shapes.admits(word), "\(word)") }
    }

    @Test func rulesOutOtherLengthsAndLetters() {
        let shapes = WordShapes(["last", "yesterday"])
        #expect(!shapes.admits("lasts"))      // no listed word is 5 long
        #expect(!shapes.admits("past"))       // none of 4 starts with p
        #expect(!shapes.admits(""))
        #expect(!shapes.admits("yesterdays"))  // longer than any
        #expect(shapes.admits("lost"))        // same shape: the real lookup decides
        #expect(!WordShapes([]).admits("last"))
    }

    @Test func aNonLetterFirstByteAdmitsItsLength() {
        let shapes = WordShapes(["2nd"])
        #expect(shapes.admits("3rd"))
        #expect(!shapes.admits("and"))
    }
}
