import Foundation
import Testing

@testable import CurioCore

/// Situations in the data files: their ids begin `now.` (which keeps them out of every output),
/// a cue reads situations or factors but not both, and only an inference may combine them into a
/// finding. Each mistake stops loading with its file and line.
@Suite struct SituationDataTests {
    func scratch(replacing name: String, _ old: String, with new: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("curio-situations-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: MatcherFixture.dialogues, to: folder)
        let file = folder.appendingPathComponent(name)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "the fixture text is not in \(name)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        return folder
    }

    func loadError(_ load: () throws -> Void) -> String {
        do {
            try load()
        } catch {
            return String(describing: error)
        }
        Issue.record("it loaded")
        return ""
    }

    @Test func theCatalogueKeepsSituationsApartFromFactors() throws {
        let catalogue = try RiskFactorCatalogue.load(from: MatcherFixture.dialogues)
        #expect(!catalogue.situations.isEmpty)
        #expect(catalogue.situations.allSatisfy { $0.id.isSituation })
        #expect(!catalogue.factors.contains { $0.id.isSituation })
        #expect(catalogue.ids.isSuperset(of: catalogue.situations.map(\.id)))
    }

    @Test func aSituationWithoutItsPrefixIsAnError() throws {
        let folder = try scratch(replacing: RiskFactorCatalogue.fileName, "  - id: now.sole_care\n", with: "  - id: sole_care\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = loadError { _ = try RiskFactorCatalogue.load(from: folder) }
        #expect(message.contains("risk-factors.yaml:"))
        #expect(message.contains("must begin with `now.`"))
    }

    @Test func aFactorWithTheSituationPrefixIsAnError() throws {
        let folder = try scratch(replacing: RiskFactorCatalogue.fileName, "  - id: parent.isolation\n", with: "  - id: now.isolation\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(loadError { _ = try RiskFactorCatalogue.load(from: folder) }.contains("kept for situations"))
    }

    @Test func aCueNamingASituationAndAFactorIsAnError() throws {
        let folder = try scratch(
            replacing: "lexicon/factors/now.carer_impaired.yaml", "  - high as a kite\n",
            with: "  - {cue: high as a kite, also: parent.substance_misuse}\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = loadError { _ = try Lexicon.load(from: folder, knownFactors: MatcherFixture.knownFactors) }
        #expect(message.contains("now.carer_impaired.yaml:"))
        #expect(message.contains("situations") && message.contains("together"))
    }

    /// A situation's file gives no factor by another road: no `in_childhood`, and `implies`
    /// names situations only.
    @Test(arguments: [
        ("factor: now.sole_care\n", "factor: now.sole_care\nin_childhood: parent.adverse_childhood\n", "no `in_childhood`"),
        ("factor: now.sole_care\n", "factor: now.sole_care\nimplies: [parent.isolation]\n", "`implies` mixes situations"),
    ])
    func aSituationFileGivesNoFactor(old: String, new: String, expected: String) throws {
        let folder = try scratch(replacing: "lexicon/factors/now.sole_care.yaml", old, with: new)
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = loadError { _ = try Lexicon.load(from: folder, knownFactors: MatcherFixture.knownFactors) }
        #expect(message.contains("now.sole_care.yaml:"))
        #expect(message.contains(expected))
    }

    /// The error loading the rule book with `old` replaced by `new` in the shipped rules.
    func ruleBookError(_ old: String, with new: String) throws -> String {
        let folder = try scratch(replacing: RuleBook.rulesFileName, old, with: new)
        defer { try? FileManager.default.removeItem(at: folder) }
        let factors = try RiskFactorCatalogue.load(from: folder).ids
        return loadError { _ = try RuleBook.load(from: folder, knownFactors: factors) }
    }

    @Test func aRuleNamingASituationIsAnError() throws {
        let message = try ruleBookError("      finding: child.immediate_danger\n    advice", with: "      finding: now.sole_care\n    advice")
        #expect(message.contains("names situation `now.sole_care`"))
    }

    @Test func anInferenceDerivingASituationIsAnError() throws {
        let message = try ruleBookError(
            "  - finding: child.immediate_danger\n    status: present\n    replaces: [absent, possible]\n",
            with: "  - finding: now.violence\n    status: present\n    replaces: [absent, possible]\n")
        #expect(message.contains("derives a situation"))
    }

    /// A turn's record keeps its situations (a restored case still combines them with what is
    /// said next); one written before situations existed reads with none, and one without any
    /// is written as before.
    @Test func aMatchResultRecordKeepsItsSituations() throws {
        let heard = MatchResult(
            findings: [Finding(id: .substanceMisuse, status: .present, evidence: "very drunk")],
            situations: [Finding(id: "now.carer_impaired", status: .present, evidence: "very drunk")])
        let data = try JSONEncoder().encode(heard)
        #expect(try JSONDecoder().decode(MatchResult.self, from: data) == heard)
        let old = Data(#"{"findings": [], "facts": {"child.age_weeks": 8}}"#.utf8)
        let read = try JSONDecoder().decode(MatchResult.self, from: old)
        #expect(read.situations.isEmpty)
        #expect(read.facts[FactName.childAgeWeeks] == .number(8))
        let plain = String(decoding: try JSONEncoder().encode(MatchResult()), as: UTF8.self)
        #expect(!plain.contains("situations"))
    }

    /// The case picture keeps situations across turns, by the stronger status, apart from the
    /// findings.
    @Test func theCasePictureKeepsSituationsApart() {
        var picture = CasePicture()
        picture.merge(MatchResult(situations: [Finding(id: "now.sole_care", status: .possible, evidence: "may be alone")]), turn: 1)
        picture.merge(MatchResult(situations: [Finding(id: "now.sole_care", status: .present, evidence: "alone with him")]), turn: 2)
        #expect(picture.findings.isEmpty)
        #expect(picture.status(of: "now.sole_care") == .present)
        #expect(picture.situations["now.sole_care"]?.turn == 2)
    }
}

/// `facts.yaml`'s `carers` and an inference's `same_carer`: a word that would say both carers,
/// or a pair the inference does not read, stops loading with its file and line.
@Suite struct CarerDataTests {
    let data = SituationDataTests()

    @Test func aWordInTwoCarerListsIsAnError() throws {
        let folder = try data.scratch(replacing: "lexicon/facts.yaml", "  father: [dad,", with: "  father: [mum, dad,")
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = data.loadError { _ = try Lexicon.load(from: folder, knownFactors: MatcherFixture.knownFactors) }
        #expect(message.contains("facts.yaml:"))
        #expect(message.contains("`mum` is in both `mother` and `father`"))
    }

    /// A negative reach, or a list that is not a list of words, stops loading with its line.
    @Test(arguments: [
        ("  reach: 8\n", "  reach: -1\n", "`reach` is a number of words"),
        ("  joined_by: [and,", "  joined_by: {and: 1}\n  x: [and,", "carers"),
    ])
    func aMalformedCarersEntryIsAnError(old: String, new: String, expected: String) throws {
        let folder = try data.scratch(replacing: "lexicon/facts.yaml", old, with: new)
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = data.loadError { _ = try Lexicon.load(from: folder, knownFactors: MatcherFixture.knownFactors) }
        #expect(message.contains("facts.yaml:"), "\(message)")
        #expect(message.contains(expected), "\(message)")
    }

    @Test func sameCarerNamesTwoSituationsTheInferenceReads() throws {
        let notSituations = try data.ruleBookError(
            "    same_carer: [now.carer_impaired, now.sole_care]\n    reason: \"a carer unable",
            with: "    same_carer: [parent.substance_misuse, now.sole_care]\n    reason: \"a carer unable")
        #expect(notSituations.contains("`same_carer`") && notSituations.contains("names two situations"))
        let notRead = try data.ruleBookError(
            "    same_carer: [now.carer_impaired, now.sole_care]\n    reason: \"a carer unable",
            with: "    same_carer: [now.carer_impaired, now.violence]\n    reason: \"a carer unable")
        #expect(notRead.contains("compares the carers of `now.violence`, which its `when` does not read"))
    }
}
