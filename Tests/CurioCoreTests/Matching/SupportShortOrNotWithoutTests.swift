import Testing

@testable import CurioCore

/// "Short of support" is isolation, so "not short of support" denies it; "not without support"
/// (two denials, with words between or not) is support there.
@Suite("Short of support, and \"not without support\"")
struct SupportShortOrNotWithoutTests {
    @Test(arguments: [
        "She is short of support.",
        "Mum is struggling for help.",
    ])
    func short(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "She is not short of support.",
        "Not without support.",
        "Dad has never been without support.",
        "He wouldn't say he is without support.",
    ])
    func notShort(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "She is without support.",
        "She is not coping and without support.",
    ])
    func withoutStays(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
}
