import Testing

@testable import CurioCore

/// "Scored high on the EPDS" is a raised screen (a possible mental ill health), not a person high on
/// drugs; help for the illness not wanted is untreated illness, not a denied one; nobody visiting is
/// isolation ("nobody's come to get her" is not).
@Suite("A high screen in words, help for the illness refused, nobody visiting")
struct ScreensHelpRefusedAndNoVisitorsTests {
    @Test(arguments: [
        "She scored high on the EPDS.",
        "Mum scored very high on the PHQ.",
    ])
    func highScreen(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "She scored high on the EPDS.",
    ])
    func highScreenIsNoDrug(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "She doesn't want any help for her PND.",
        "He refuses treatment for his PTSD.",
    ])
    func helpRefused(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "She doesn't want any help for her PND.",
    ])
    func illnessStillTold(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Nobody comes round.",
        "No one ever visits.",
    ])
    func nobodyVisits(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Nobody's come to get her.",
    ])
    func nobodyFetchingIsNoIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
}
