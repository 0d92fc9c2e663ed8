import Testing

@testable import CurioCore

/// Thoughts or talk of suicide are mental ill health; denied, absent; asked about, nothing.
@Suite("Thoughts of suicide")
struct ThoughtsOfSuicideTests {
    @Test(arguments: [
        "She has thoughts of suicide.",
        "He talks about suicide when he's drunk.",
    ])
    func thoughtsTold(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Denies thoughts of suicide.",
    ])
    func thoughtsDenied(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Asked about thoughts of suicide.",
    ])
    func thoughtsAsked(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
}
