import Testing

@testable import CurioCore

/// A mental health condition told, then nobody gone to or seen for it ("awful anxiety before she
/// got pregnant but never went to anyone"): untreated, and the condition. Never going anywhere is
/// no treatment missed.
@Suite("Never went to anyone")
struct NeverWentToAnyoneTests {
    @Test(arguments: [
        "he had bad anxiety as a young man but never went to anyone",
        "she had bad anxiety but never saw anyone",
        "she was depressed after her first baby and never saw anyone",
    ])
    func isUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "she never went anywhere without the baby",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }
}
