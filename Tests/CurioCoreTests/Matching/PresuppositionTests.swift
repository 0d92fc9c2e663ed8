import Foundation
import Testing

@testable import CurioCore

/// A thing named as already there by a possessive or a demonstrative straight after a
/// condition or a watch (`Presupposition`, context.yaml's `presupposed`): the condition is of
/// what the thing does next, so the thing is read as said. A condition of something that may
/// or may not be, or of what a person may do, still drops its cue.
@Suite("Presupposition")
struct PresuppositionTests {
    @Test(arguments: [
        ("if that swelling on her wrist gets any worse he'll take her to the walk-in centre", RiskFactorID.otherInjury),
        ("if his bruises haven't faded by Monday mum will bring him back", .bruising),
        ("if this burn on her palm blisters, back to the GP", .otherInjury),
        ("once his lump on the forehead goes down they can go home", .otherInjury),
        ("keep an eye on that bruise behind his ear, he's 9 weeks", .bruising),
        ("unless their cocaine use stops, the placement is at risk", .substanceMisuse),
        ("if her bipolar flares up after the birth the crisis team will step in", .mentalHealth),
    ])
    func aThingNamedAsThereIsRead(text: String, factor: RiskFactorID) {
        #expect(MatcherFixture.status(factor, in: text) == .present, "\(text)")
    }

    /// Conditions of something that may or may not be, or of what a person may do: dropped as before.
    @Test(arguments: [
        ("if there's any bruising at all, refer", RiskFactorID.bruising),
        ("if a baby that young has a bruise, follow the protocol", .bruising),
        ("if you find her drunk with the baby, call 999", .substanceMisuse),
        ("if her partner starts drinking again she'll ask him to leave", .substanceMisuse),
        ("if that man turns up drunk she will ring the police", .substanceMisuse),
        ("if his weight drops again, refer to the paediatrician", .neglect),
        ("watch out for signs of PND", .mentalHealth),
        ("if mum feels low she should ring the GP", .mentalHealth),
        ("asked about her drinking", .substanceMisuse),
    ])
    func aConditionOfWhatMayBeStillDrops(text: String, factor: RiskFactorID) {
        #expect(MatcherFixture.status(factor, in: text) == nil, "\(text)")
    }

    /// `explain` says why the condition did not drop the cue.
    @Test func theExplanationNamesTheDeterminer() {
        let explanations = MatcherFixture.matcher.explain("if that lump on his head gets any bigger she'll take him to A&E")
        let lump = explanations.first { $0.factor == .otherInjury }
        #expect(lump?.status == .present)
        #expect(lump?.outcome.hasPrefix("named as there by \"that\" after a condition") == true, "\(explanations)")
    }

    /// The lists hold single words (or word classes): a phrase is an error with its line.
    @Test func aPhraseInTheListsIsAnError() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("curio-presupposed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: SmallLexiconFixture.dialogues, to: scratch)
        let file = scratch.appendingPathComponent("lexicon/context.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try (text + "\npresupposed:\n  determiners: [her, his]\n  after: [if, keep an eye on]\n  not_before: [mum]\n")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect {
            try Lexicon.load(from: scratch, knownFactors: MatcherFixture.knownFactors)
        } throws: { error in
            (error as? DataFileError)?.description.contains("context.yaml:") == true
                && (error as? DataFileError)?.description.contains("single words") == true
        }
    }
}
