import CurioCore
import Foundation
import Testing

@Suite("Lexicon loading")
struct LexiconLoadingTests {
    /// A scratch copy of the real lexicon with one file replaced.
    func load(replacing name: String, with text: String) throws -> Lexicon {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("curio-lexicon-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: MatcherFixture.dialogues, to: scratch)
        try text.write(to: scratch.appendingPathComponent("lexicon").appendingPathComponent(name), atomically: true, encoding: .utf8)
        return try Lexicon.load(from: scratch, knownFactors: MatcherFixture.knownFactors)
    }

    @Test func realLexiconLoadsWithoutProblems() {
        #expect(Lexicon.problems(in: MatcherFixture.dialogues, knownFactors: MatcherFixture.knownFactors).isEmpty)
    }

    @Test func unknownFactorIsAnErrorWithItsLine() {
        #expect {
            try load(replacing: "factors/injury.bruising.yaml", with: "factor: injury.bruising\npresent:\n  - {cue: bruise, also: injury.nonsense}\n")
        } throws: { error in
            (error as? DataFileError)?.description.contains("factors/injury.bruising.yaml:3") == true
        }
    }

    @Test func malformedYAMLIsAnErrorWithItsLine() {
        #expect {
            try load(replacing: "factors/injury.bruising.yaml", with: "factor: injury.bruising\npresent:\n  - bruise\n   - mark: [\n")
        } throws: { error in
            guard let error = error as? DataFileError else { return false }
            return error.file.hasSuffix("injury.bruising.yaml") && error.line != nil
        }
    }

    @Test func badPatternIsAnErrorWithItsLine() {
        #expect {
            try load(replacing: "factors/injury.bruising.yaml", with: "factor: injury.bruising\npresent:\n  - bruise\n  - mark on {nosuchclass}\n")
        } throws: { error in
            (error as? DataFileError)?.description.contains("injury.bruising.yaml:4") == true
        }
    }

    /// A symbol must be one mark (not a letter or digit) with its word and plural; a letter
    /// would turn every "x" into a word of its own. The error names the line.
    @Test func aBadSymbolIsAnErrorWithItsLine() throws {
        try expectErrorAtItsLine(in: "language.yaml", replacing: "\"#\": [fracture, fractures]", with: "x: [fracture, fractures]")
    }

    /// Replaces `old` (which must be there) with `new` in a scratch copy of lexicon file `name`,
    /// and expects loading to fail with an error that names the file and the line of `new`.
    func expectErrorAtItsLine(in name: String, replacing old: String, with new: String) throws {
        let text = try String(contentsOf: MatcherFixture.dialogues.appendingPathComponent("lexicon/\(name)"), encoding: .utf8)
        let broken = text.replacingOccurrences(of: old, with: new)
        #expect(broken != text)
        let line = broken.components(separatedBy: "\n").firstIndex { $0.contains(new) }.map { $0 + 1 }
        #expect {
            try load(replacing: name, with: broken)
        } throws: { error in
            (error as? DataFileError)?.description.contains("\(name):\(line ?? 0)") == true
        }
    }

    /// The word an article before a baby named by age is read as must be one word; an "'s"
    /// rule without its ending says which key is missing. The first names its line.
    @Test func badBabyNamedByAgeAndIsRulesAreErrorsWithTheirLines() throws {
        let facts = try String(contentsOf: MatcherFixture.dialogues.appendingPathComponent("lexicon/facts.yaml"), encoding: .utf8)
        let twoWords = facts.replacingOccurrences(of: "article_as: the", with: "article_as: the one")
        #expect(twoWords != facts)
        let line = twoWords.components(separatedBy: "\n").firstIndex { $0.contains("article_as: the one") }.map { $0 + 1 }
        #expect {
            try load(replacing: "facts.yaml", with: twoWords)
        } throws: { error in
            (error as? DataFileError)?.description.contains("facts.yaml:\(line ?? 0)") == true
        }
        let language = try String(contentsOf: MatcherFixture.dialogues.appendingPathComponent("lexicon/language.yaml"), encoding: .utf8)
        let noEnding = language.replacingOccurrences(of: "  ending: ing\n", with: "")
        #expect(noEnding != language)
        #expect {
            try load(replacing: "language.yaml", with: noEnding)
        } throws: { error in
            (error as? DataFileError)?.description.contains("ending") == true
        }
    }

    @Test func explanationNamesTheCueLine() {
        let why = MatcherFixture.matcher.explain("No bruising on his chest.")
        let bruising = why.first { $0.factor == .bruising }
        #expect(bruising?.status == .absent)
        #expect(bruising?.location.contains("injury.bruising.yaml:") == true)
        #expect(bruising?.triggers.first?.kind == "negation")
    }
}

extension LexiconLoadingTests {
    /// A month's name must give a month's number: "sept: 13" is a load error naming the file,
    /// not a date of birth read wrong on every consultation.
    @Test func aMonthNameWithoutAMonthsNumberIsAnError() throws {
        let facts = try String(contentsOf: MatcherFixture.dialogues.appendingPathComponent("lexicon/facts.yaml"), encoding: .utf8)
        let broken = facts.replacingOccurrences(of: "sept: 9", with: "sept: 13")
        #expect(broken != facts)
        #expect {
            try load(replacing: "facts.yaml", with: broken)
        } throws: { error in
            (error as? DataFileError)?.description.contains("month_names") == true
        }
    }
}
