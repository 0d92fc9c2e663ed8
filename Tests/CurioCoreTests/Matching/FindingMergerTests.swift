import Testing

@testable import CurioCore

/// How one utterance's readings of a factor become one finding (`FindingMerger`): a plain
/// denial after a plain "yes" makes the accounts conflict (possible), except for the critical
/// factors, whose present finding stands beside what was not found.
struct FindingMergerTests {
    /// Said present and then plainly denied of something else, a critical finding stays
    /// present: the bruise, the skull fracture and the neglect were found.
    @Test(arguments: [
        ("bruise on his cheek, skin clear elsewhere", RiskFactorID.bruising),
        ("fractured skull on CT, skeletal survey normal", RiskFactorID.otherInjury),
        ("the flat was filthy, the kitchen clean and tidy", RiskFactorID.neglect),
    ])
    func aCriticalFindingStandsBesideADenial(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// Elsewhere two accounts that conflict still make a doubt.
    @Test func conflictingAccountsOfCryingAreADoubt() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "says he cries a lot, but I've only seen him calm and content") == .possible)
    }

    /// The merger alone: the same readings, with and without the factor among `presentStands`.
    @Test func presentStandsOnlyForTheFactorsNamed() {
        func merged(presentStands: [RiskFactorID]) -> FindingStatus? {
            var merger = FindingMerger(presentStands: presentStands)
            merger.add(.neglect, .present, evidence: EvidenceSpan(from: 0, to: 1), cue: .present)
            merger.add(.neglect, .absent, evidence: EvidenceSpan(from: 2, to: 3), cue: .absent)
            let lexicon = MatcherFixture.matcher.lexicon
            let utterance = Utterance("filthy flat clean kitchen", lexicon: lexicon, newItemCues: [Bool](repeating: false, count: lexicon.cues.count))
            return merger.findings(implications: FactorImplications([:]), quoting: utterance).first { $0.id == .neglect }?.status
        }
        #expect(merged(presentStands: []) == .possible)
        #expect(merged(presentStands: [.neglect]) == .present)
    }
}
