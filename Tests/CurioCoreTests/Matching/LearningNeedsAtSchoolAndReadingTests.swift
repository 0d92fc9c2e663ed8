import Testing

@testable import CurioCore

/// Learning support at school, not being able to read ("she may not be able to read or write", a
/// doubt), and struggling to read and write or needing things explained are learning needs, not
/// support around her or the baby's cues.
@Suite("Learning support at school and reading out of reach")
struct LearningNeedsAtSchoolAndReadingTests {
    @Test(arguments: [
        "She had learning support at school.",
        "Dad struggles to read and needs letters explained.",
        "She is not able to read.",
    ])
    func learningNeed(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Mum may not be able to read or write.",
    ])
    func learningNeedDoubted(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "She had learning support at school.",
    ])
    func learningSupportIsNoSupportNetwork(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "She struggles to read his cues.",
    ])
    func babysCuesStaySilent(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == nil, "\(text)")
    }
}
