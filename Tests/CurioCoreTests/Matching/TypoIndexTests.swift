@testable import CurioCore
import Testing

/// The typo index's flat buckets against the definition: the one lexicon word, sharing the
/// token's first letter, at exactly one edit (an adjacent swap counts as one).
@Suite("Typo index")
struct TypoIndexTests {
    private static let words = ["bruise", "bruised", "brusie", "cheek", "check", "chest", "depression", "smoke", "smokes", "spoke", "fracture"]

    private static func index() -> TypoIndex {
        var index = TypoIndex()
        for word in words { index.add(word: word) }
        index.seal()
        return index
    }

    /// The definition, over every word.
    private static func naive(_ token: String) -> String? {
        let bytes = Array(token.utf8)
        guard bytes.count >= 5, bytes.count < 40, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        let close = Set(words.filter { word in
            word.utf8.first == bytes.first && bytes.withUnsafeBufferPointer { TypoIndex.isOneEdit($0, Array(word.utf8)) }
        })
        return close.count == 1 ? close.first : nil
    }

    @Test(arguments: ["bruse", "brusied", "cheeks", "chesk", "depresion", "smoek", "fracture", "fractuer", "xylophone", "", "brui", "BRUSE"])
    func correctsAsTheDefinition(token: String) {
        #expect(Self.index().correction(of: token) == Self.naive(token))
    }

    @Test func anAmbiguousTokenIsLeftAlone() {
        // "smoke" and "spoke" are both one edit from "sroke".
        #expect(Self.index().correction(of: "sroke") == nil)
        // A lexicon word is no edit from itself: "check" is one from "cheek" only.
        #expect(Self.index().correction(of: "check") == "cheek")
        // A swap: "bruise", not "brusie" (two swaps away).
        #expect(Self.index().correction(of: "burise") == "bruise")
    }

    @Test func anUnsealedIndexGivesTheSameAnswers() {
        var unsealed = TypoIndex()
        for word in Self.words { unsealed.add(word: word) }
        for token in ["bruse", "smoek", "chexk", "sroke", "fractuer"] {
            #expect(unsealed.correction(of: token) == Self.index().correction(of: token))
        }
    }

    @Test func anEmptyIndexCorrectsNothing() {
        #expect(TypoIndex().correction(of: "bruise") == nil)
    }

    @Test func aSnapshotKeepsTheAnswers() throws {
        var writer = SnapshotWriter()
        writer.write(Self.index())
        let loaded = try writer.bytes.withUnsafeBytes { bytes in
            try SnapshotReader.reading(bytes) { try $0.read(TypoIndex.self) }
        }
        for token in ["bruse", "smoek", "chexk", "sroke", "fractuer", "depresion"] {
            #expect(loaded.correction(of: token) == Self.index().correction(of: token))
        }
    }

    /// The letter sets the lookup passes words over by: every word one edit from a token has
    /// a set within two letters of the token's, so the prefilter never hides a correction.
    /// Every single edit of every word (substitutions, insertions, deletions, swaps) is
    /// corrected exactly as the definition says.
    @Test func theLetterSetsNeverHideACorrection() {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        let index = Self.index()
        for word in Self.words {
            let bytes = Array(word.utf8)
            var edits: [[UInt8]] = []
            for k in 0...bytes.count {
                for letter in alphabet {
                    var inserted = bytes
                    inserted.insert(letter, at: k)
                    edits.append(inserted)
                    if k < bytes.count {
                        var substituted = bytes
                        substituted[k] = letter
                        edits.append(substituted)
                    }
                }
                if k < bytes.count {
                    var deleted = bytes
                    deleted.remove(at: k)
                    edits.append(deleted)
                }
                if k + 1 < bytes.count {
                    var swapped = bytes
                    swapped.swapAt(k, k + 1)
                    edits.append(swapped)
                }
            }
            for edit in edits {
                let within = edit.withUnsafeBufferPointer { e in bytes.withUnsafeBufferPointer { b in
                    (TypoIndex.letterSet(e) ^ TypoIndex.letterSet(b)).nonzeroBitCount <= 2
                } }
                let oneEdit = edit.withUnsafeBufferPointer { TypoIndex.isOneEdit($0, bytes) }
                if oneEdit { #expect(within, "\(String(decoding: edit, as: UTF8.self)) from \(word)") }
                let token = String(decoding: edit, as: UTF8.self)
                #expect(index.correction(of: token) == Self.naive(token), "\(token)")
            }
        }
    }
}
