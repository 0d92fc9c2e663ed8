import Testing

@testable import CurioCore

/// Support offered and not engaged with ("won't engage with any support") is about the parent's
/// engagement with services, not a want of people around her: no parent.isolation. Said with a
/// named illness it is untreated ill health. "No support" stays isolation.
@Suite("Support not engaged with")
struct SupportNotEngagedWithTests {
    @Test(arguments: ["She is not engaging with support from services.", "Dad won't engage with any help."])
    func isNoIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["Mum has anxiety and won't engage with any support.", "She is depressed and not engaging with support."])
    func withAnIllnessIsUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["Mum has no support and won't engage with services.", "She has no support at all."])
    func noSupportStaysIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
}
