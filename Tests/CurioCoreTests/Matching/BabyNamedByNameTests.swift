@testable import CurioCore
import Foundation
import Testing

/// A person's name ("Kai", "Leo"): a word the lexicon does not know, written with a capital and
/// then small letters, is read as `language.yaml`'s `proper_name` word, which the cues about who
/// is with whom name. "Dad is drunk and on his own with Kai" had given isolation and no danger,
/// while the same words with "the baby" gave 999. Cases are written for the class.
@Suite struct BabyNamedByNameTests {
    /// Danger now with the baby called by a name the lexicon cannot know.
    @Test(arguments: [
        "dad is very drunk and on his own with Zayn",
        "Mum is off her face on something and she's on her own with Ezra",
        "his stepdad is paralytic and on his own with Maisie tonight",
        "nobody else is home, mum has left Oakley on his own",
        // One letter off a lexicon word ("puppy", "sofa"): inside a sentence, the name is taken
        // before any typo correction.
        "dad is very drunk and on his own with Poppy",
        "mum is off her face and home alone with Sofia",
    ])
    func dangerWithTheBabyNamed(text: String) {
        let status = MatcherFixture.status(.immediateDanger, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }

    /// What is not a name keeps its reading: a name in small letters or capitals is an unknown
    /// word as before, a known word written with a capital is that word, and a carer sober with
    /// a named baby is no danger.
    @Test(arguments: [
        "dad is drunk and on his own with zayn",
        "dad is drunk and on his own with NFA",
        "dad is sober and on his own with Zayn",
        "mum is drunk, Zayn is with his nan",
    ])
    func noDangerWithoutANamedBabyInAnImpairedCarersCharge(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Only an unknown word written as a name takes the name's key; evidence quotes it as written.
    @Test func onlyAnUnknownWordWrittenAsANameIsOne() throws {
        let lexicon = MatcherFixture.matcher.lexicon
        #expect(lexicon.properNameKey != Vocabulary.unknown)
        let tokens = lexicon.tokens("Zayn and Mum saw zayn, NFA and Bruise")
        let named = tokens.filter { $0.key == lexicon.properNameKey }.map(\.text)
        #expect(named == ["zayn"])
        #expect(tokens.first?.key == lexicon.properNameKey)
        #expect(Lexicon.isWrittenAsName("Zayn", from: 0, to: 4))
        #expect(!Lexicon.isWrittenAsName("ZAYN", from: 0, to: 4))
        #expect(!Lexicon.isWrittenAsName("Z", from: 0, to: 1))
        #expect(!Lexicon.isWrittenAsName("McKenzie", from: 0, to: 8))
        // At a sentence's start a capital says nothing: a typo is corrected first.
        #expect(MatcherFixture.status(.bruising, in: "Brusie on his arm, mum unsure how") == .present)
        let result = MatcherFixture.matcher.match("dad is very drunk and on his own with Zayn")
        let danger = try #require(result.findings.first { $0.id == .immediateDanger })
        #expect(danger.evidence.contains("Zayn") || danger.inferredFrom?.contains("Zayn") == true)
    }

    /// A known word that is also a first name (`names_also`), written as a name inside a
    /// sentence, is the name: "her dad Mark was there" had given a bruise and the bruising
    /// protocol. At a sentence's start, or in small letters, it is the word.
    @Test func aWordThatIsAlsoANameIsTheNameInsideASentence() {
        #expect(MatcherFixture.status(.bruising, in: "routine visit, 6 weeks, her dad Mark was there and very hands on") == nil)
        #expect(MatcherFixture.status(.bruising, in: "Father: Mark Jones, lives with mum") == nil)
        #expect(MatcherFixture.status(.bruising, in: "Mark on his cheek, mum not sure how") == .present)
        #expect(MatcherFixture.status(.bruising, in: "a mark on his cheek, dad says he fell") == .present)
        let status = MatcherFixture.status(.immediateDanger, in: "her partner Will has been drinking all day and has the baby")
        #expect(status == .present)
    }

    /// `proper_name` must be one word of small letters; the error names its line.
    @Test func aBadProperNameIsAnErrorWithItsLine() throws {
        try LexiconLoadingTests().expectErrorAtItsLine(in: "language.yaml", replacing: "proper_name: namedperson", with: "proper_name: two words")
    }
}
