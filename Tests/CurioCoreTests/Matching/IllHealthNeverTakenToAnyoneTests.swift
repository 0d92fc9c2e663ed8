import Testing

@testable import CurioCore

/// Mental ill health told in lay words and never taken to anyone ("really tearful since the
/// birth, hasn't spoken to the GP"), or a mental health worker's contact stopped or refused
/// ("stopped seeing his care coordinator"): both the ill health and its lack of treatment. A
/// bare worker's name after "stopped" no longer denies the ill health. Her state denied first
/// ("wasn't feeling down, didn't see anyone") is no ill health at all.
@Suite("Ill health never taken to anyone")
struct IllHealthNeverTakenToAnyoneTests {
    @Test(arguments: [
        "really tearful since the birth, hasn't spoken to the GP",
        "dad has stopped seeing his care coordinator",
        "mum isn't engaging with the perinatal team any more",
        "so panicky all through the pregnancy but never asked anyone for help",
    ])
    func isUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she wasn't feeling down, she didn't see anyone because there was no need"])
    func deniedStateIsAbsent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["the baby's been down with a cold and she didn't take him anywhere"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }
}
