import Testing

@testable import CurioCore

/// Everyday words for the soft factors: a bad patch with her nerves, feeling rubbish for months;
/// tablets packed in (untreated, not treatment); the suction cup, so much blood lost, the baby
/// unit; the phone cut off; surrounded by family (not isolated); a picked-up baby "ruined", a
/// newborn to go through the night; knowing a tiny baby can't be spoilt (realistic); gone through
/// with her more than once; understanding everything told; no history of care.
@Suite("Everyday words for the soft factors")
struct EverydayWordsForTheSoftFactorsTests {
    @Test(arguments: ["he had a rough spell with his nerves at uni"])
    func isMentalHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she's been feeling rotten for months"])
    func isPossibleMentalHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["she gave up her tablets when she got pregnant"])
    func isUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["they used the suction cup in the end", "she lost loads of blood", "he went straight to the baby unit"])
    func isTraumaticBirth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["her mobile was cut off so she can't call anyone"])
    func isIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she is surrounded by friends"])
    func isNotIsolated(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["she says if you hold him all the time he'll get clingy", "dad expected the newborn to go through the night"])
    func isNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["mum understands you can't spoil a young baby"])
    func isRealistic(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["I need to go through it with her very slowly"])
    func isPossibleLearningDifficulty(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["he understood all the advice I gave"])
    func isNoLearningDifficulty(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["nil history of being in care"])
    func isNoCareHistory(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .absent, "\(text)")
    }
}
