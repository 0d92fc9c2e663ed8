@testable import CurioCore
import Foundation
import Testing

/// A hesitation said inside a phrase ("a lump on his, erm, head") is dropped before the cues
/// read the words, so the phrase is read as meant; before, the filler and its commas split the
/// cue, and "erm" alone was corrected to "arm", which lost an injury to the head.
@Suite("Hesitations inside a phrase")
struct HesitationsTests {
    /// Fillers inside the phrase of an urgent finding: the finding as said without them.
    @Test(arguments: [
        ("there's a lump on his, erm, head", RiskFactorID.otherInjury),
        ("a lump on his erm head", .otherInjury),
        ("she's got a, um, swelling on her, uh, skull", .otherInjury),
        ("there's a - erm - burn on her hand", .otherInjury),
        ("took him to, er, A&E with a, like, swollen arm", .otherInjury),
        ("a, um, bruise on her cheek", .bruising),
    ])
    func anUrgentFindingIsReadThroughTheFiller(text: String, factor: RiskFactorID) {
        #expect(MatcherFixture.status(factor, in: text) == .present, "\(text)")
    }

    /// The words without the filler, and the marks around it gone after a word that needs
    /// what follows or at a sentence's start, collapsed or kept elsewhere.
    @Test(arguments: [
        ("a lump on his, erm, head", ["a", "lump", "on", "his", "head"]),
        ("Um, dad is drunk", ["dad", "is", "drunk"]),
        ("on his erm, head", ["on", "his", "head"]),
        ("took him to, er, hospital", ["took", "him", "to", "hospital"]),
        // After a word that can end a phrase the filler is left as said, for the triggers that
        // read it between its commas.
        ("he is fine, erm, dad was drunk", ["he", "is", "fine", ",", "erm", ",", "dad", "was", "drunk"]),
        // "er" and "like" only between marks after an open word: elsewhere they are words.
        ("it looked, like, a bruise", ["it", "looked", ",", "like", ",", "a", "bruise"]),
        ("a bruise like a fingertip", ["a", "bruise", "like", "a", "fingertip"]),
        // "mm" measures.
        ("a 5 mm mark", ["a", "5", "mm", "mark"]),
    ])
    func theTokensWithoutTheFiller(text: String, words: [String]) {
        #expect(MatcherFixture.words(text) == words, "\(text)")
    }

    /// Left as said after a denial or an answer, where context.yaml's triggers read the filler
    /// between its commas: the denial still reaches on, and "no" answered before a clause with
    /// its own subject still denies nothing after it.
    @Test func aFillerAfterADenialIsStillReadByItsTriggers() {
        #expect(MatcherFixture.status(.preMobile, in: "he's not, erm, crawling yet") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "no, um, she's been drinking again") == .present)
        #expect(MatcherFixture.status(.bruising, in: "maybe, erm, a bruise on his back") == .possible)
    }

    /// The evidence quotes the speaker's words, filler and all: a span runs from its first
    /// token's bytes to its last's.
    @Test func theEvidenceQuotesTheWordsAsSaid() {
        let result = MatcherFixture.matcher.match("she's got a, um, swelling on her, uh, skull")
        let finding = result.findings.first { $0.id == .otherInjury }
        #expect(finding?.evidence == "swelling on her, uh, skull", "\(String(describing: finding))")
    }

    /// `between` words need the marks to be named: an error with its line, nothing loaded.
    @Test func betweenWordsWithoutMarksAreAnError() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("curio-hesitations-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: SmallLexiconFixture.dialogues, to: scratch)
        let file = scratch.appendingPathComponent("lexicon/language.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "  marks: [\",\", \"-\"]\n", with: "")
        #expect(broken != text)
        try broken.write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try Lexicon.load(from: scratch, knownFactors: MatcherFixture.knownFactors)
        } throws: { error in
            (error as? DataFileError)?.description.contains("language.yaml:") == true
                && (error as? DataFileError)?.description.contains("marks") == true
        }
    }
}
