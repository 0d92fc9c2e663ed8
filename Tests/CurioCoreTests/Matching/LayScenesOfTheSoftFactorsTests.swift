import Testing

@testable import CurioCore

/// Lay scenes of the soft factors: tablets thrown away (untreated, not treatment); calling
/// herself a terrible mother; staring at the wall (possible); a baby born flat, in an
/// incubator, the placenta come away early (traumatic birth); a partner away with the forces
/// (isolation); a six-week-old expected to hold his own bottle (naive); leaflets hard to follow
/// (possible learning need). A mother's fear that people are watching her puts no carer in
/// charge of the baby, so no danger is inferred from it.
@Suite("Lay scenes of the soft factors")
struct LaySceneOfTheSoftFactorsTests {
    @Test(arguments: ["she chucked her tablets in the bin last week", "he flushed his meds down the toilet"])
    func tabletsThrownAwayAreUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she keeps telling me she's a useless mum"])
    func isMentalHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["mum just sits staring at the wall most days"])
    func isPossibleMentalHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["he was born floppy and needed help with his breathing", "she spent ten days in an incubator", "the placenta started to come away early"])
    func isTraumaticBirth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["her husband is deployed with the navy, so it's just her and the baby"])
    func isIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["dad reckons at five weeks she should be holding her own bottle"])
    func isNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she found the letters difficult to understand"])
    func isPossibleLearningDifficulty(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["mum is paranoid that the neighbours are watching her"])
    func paranoiaIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
}
