@testable import CurioCore
import Testing

/// Shorthand written with a slash is read as the words it stands for (`language.yaml`'s
/// `slashed`): "w/o" as "without", "w/" as "with". Read as a letter, a mark and a letter, "w/o
/// any bruising" was a bruise (a negation error), and in "alone w/ 3wk old" the "/" made the
/// age the second half of a fraction, so the bruising protocol was not given. Sentences written
/// for the class.
@Suite struct SlashedShorthandTests {
    func words(_ text: String) -> [String] { MatcherFixture.words(text) }

    @Test func readAsTheirWordsEachSpanningTheShorthand() throws {
        #expect(words("seen w/o dad") == ["seen", "without", "dad"])
        #expect(words("W/O dad") == ["without", "dad"])
        #expect(words("came in w/ mum") == ["came", "in", "with", "mum"])
        #expect(words("h/o PND") == ["history", "of", "pnd"])
        #expect(words("w/3wk old") == ["with", "3", "wk", "old"])
        let tokens = MatcherFixture.matcher.lexicon.tokens("x h/o y")
        #expect(tokens[1].start == 2 && tokens[1].end == 5 && tokens[2].start == 2 && tokens[2].end == 5)
    }

    /// Only the listed shorthand, as a whole word: "and/or", "w/out" when unlisted, a slash
    /// between numbers ("6/52") and one after a longer word keep their slash.
    @Test func otherSlashesAreLeftAlone() throws {
        #expect(words("mum and/or dad") == ["mum", "and", "/", "or", "dad"])
        #expect(words("6/52") == ["6", "/", "52"])
        #expect(words("w/xyzab") == ["w", "/", "xyzab"])
        #expect(words("bruise/mark") == ["bruise", "/", "mark"])
    }

    @Test func withoutDeniesWhatFollows() {
        #expect(MatcherFixture.status(.bruising, in: "8 week old w/o any bruising") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "baby seen w/out bruising or marks") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "examined, w/o injuries") == .absent)
        // "with" says nothing against it.
        #expect(MatcherFixture.status(.bruising, in: "baby 8/52 w/ bruise to forehead") == .present)
    }

    /// The age after "w/" is read, so a pre-mobile baby's bruise gets the protocol (which needs
    /// the age and the bruise together).
    @Test func theAgeAfterWithIsRead() {
        #expect(MatcherFixture.age("alone w/ 3wk old and there is a bruise on his cheek") == 3)
        #expect(MatcherFixture.age("mum came in w/ 6 week old") == 6)
        let result = MatcherFixture.matcher.match("home alone w/ 3wk old, bruise to his cheek")
        #expect(result.facts[FactName.childAgeWeeks] == .number(3))
        #expect(result.findings.contains { $0.id == .bruising && $0.status == .present })
    }

    /// Malformed shorthand in `language.yaml` is an error naming its line; a word run in with
    /// it would read every "w" or every "/" as something else.
    @Test func badShorthandIsAnErrorWithItsLine() throws {
        let language = try String(contentsOf: MatcherFixture.dialogues.appendingPathComponent("lexicon/language.yaml"), encoding: .utf8)
        for bad in ["\"wo\": without", "\"/o\": without", "\"w/o\": \"\"", "\"withou/t\": without"] {
            let broken = language.replacingOccurrences(of: "\"w/o\": without", with: bad)
            #expect(broken != language)
            let line = broken.components(separatedBy: "\n").firstIndex { $0.contains(bad) }.map { $0 + 1 }
            #expect {
                try LexiconLoadingTests().load(replacing: "language.yaml", with: broken)
            } throws: { error in
                (error as? DataFileError)?.description.contains("language.yaml:\(line ?? 0)") == true
            }
        }
    }
}
