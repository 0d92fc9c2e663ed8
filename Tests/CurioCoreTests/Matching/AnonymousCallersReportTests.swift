import Testing

@testable import CurioCore

/// An anonymous caller's or referrer's report ("Anon male caller: baby left in a car", "anonymous
/// referrer says...") is second-hand: possible, and the danger still found.
@Suite("Anonymous caller's report")
struct AnonymousCallersReportTests {
    @Test(arguments: ["Anon female caller: baby left in a car outside the chemist for half an hour.", "Anonymous referrer says the baby is left alone every night."])
    func isPossible(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }
}
