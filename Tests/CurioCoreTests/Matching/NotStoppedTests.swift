import Testing

@testable import CurioCore

/// A contact or a habit said not to have stopped ("she hasn't stopped seeing her CPN", "never
/// stopped taking her sertraline", "she hasn't stopped seeing her friends"): still treated, still
/// supported. The stopped cues say their own "stopped", so no earlier denial reaches them: the
/// denial is read whole here, absent, not untreated or isolated.
@Suite("Not stopped")
struct NotStoppedTests {
    @Test(arguments: ["she hasn't stopped seeing her CPN, still goes weekly", "he never stopped taking his antidepressants"])
    func stillTreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .absent, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she hasn't stopped seeing her friends since the baby"])
    func stillSupported(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
}
