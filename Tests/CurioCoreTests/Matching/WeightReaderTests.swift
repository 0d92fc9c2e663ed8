@testable import CurioCore
import Foundation
import Testing

/// The baby's weight told at two times (`WeightReader`, `facts.yaml`'s `weight`): a fall after
/// the first weeks is growth faltering, `child.neglect`, which no cue can read because it is told
/// by numbers. Sentences written for the class.
@Suite struct WeightReaderTests {
    /// A later weight under the birth weight, or under an earlier weighing, with the age said:
    /// faltering, present.
    @Test(arguments: [
        "She weighed 3.4 kg when she was born and today at 7 weeks she's 3.3 kg",
        "BW 3.6kg; at the 6 week check (6/52) 3.45kg",
        "born 7lb 2oz, now 6lb 14oz and he's 5 weeks old",
        "He was 5.2kg at his 8 week jabs and is now 5.0kg at 12 weeks",
        "today he is 4.0kg; he was 4.2kg at the 4 week weigh-in, he is 9 weeks old",
        "birth weight 3200g, now 3050g at 4 weeks",
    ])
    func aFallWithTheAgeSaidIsFaltering(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Without the age in the same answer, the fall may be a newborn's first days: possible.
    @Test func aFallWithoutTheAgeIsPossible() {
        #expect(MatcherFixture.status(.neglect, in: "birth weight 3.5kg, now 3.3kg") == .possible)
    }

    /// No fall: a gain, a newborn's first days, two babies' weights, an adult's weights, one
    /// weight, or two weights that no word places in time.
    @Test(arguments: [
        "BW 3.2kg, now 4.6kg at 6 weeks",
        "Birth weight 3.5kg, 3.3kg today at 5 days old",
        "twin 1 2.1kg, twin 2 1.9kg",
        "Twin 1 birth weight 2.4kg and twin 2 birth weight 2.2kg",
        "mum weighed 70kg at booking and is now 62kg, the baby is 6 weeks",
        "she is 4.5kg at 8 weeks",
        "scales said 4.1 kg then 4.0 kg, he is 8 weeks",
    ])
    func noFallIsNoFaltering(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// The evidence quotes both weights.
    @Test func theEvidenceRunsFromOneWeightToTheOther() {
        let finding = MatcherFixture.matcher.match("BW 3.6kg, now 3.4kg at 3 weeks").findings.first { $0.id == .neglect }
        #expect(finding?.evidence == "3.6kg, now 3.4kg")
    }

    /// With no units in the rules, nothing is read (a lexicon without a `weight` section).
    @Test func noUnitsReadNothing() {
        let reader = WeightReader(rules: WeightRules(), forms: MatcherFixture.matcher.lexicon.forms)
        let tokens = MatcherFixture.matcher.lexicon.tokens("BW 3.6kg, now 3.4kg")
        #expect(reader.fall(in: tokens, ageWeeks: 6) == nil)
    }

    /// A unit of no weight, or an unknown key, stops loading with the file and line.
    @Test(arguments: [
        ("    kg: {grams: 1000,", "    kg: {grams: 0,", "`grams` is a weight above 0"),
        ("  least_fall: 10\n", "  least_fall: 10\n  heaviest: 3\n", "unknown key `heaviest`"),
    ])
    func aMalformedWeightEntryIsAnError(old: String, new: String, expected: String) throws {
        let data = SituationDataTests()
        let folder = try data.scratch(replacing: "lexicon/facts.yaml", old, with: new)
        defer { try? FileManager.default.removeItem(at: folder) }
        let message = data.loadError { _ = try Lexicon.load(from: folder, knownFactors: MatcherFixture.knownFactors) }
        #expect(message.contains("facts.yaml:"), "\(message)")
        #expect(message.contains(expected), "\(message)")
    }
}
