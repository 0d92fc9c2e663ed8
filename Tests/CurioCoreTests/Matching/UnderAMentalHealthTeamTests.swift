import Testing

@testable import CurioCore

/// A parent seen or supported by a mental health team now ("she's seeing the perinatal team",
/// "under the community mental health team", "open to the PMHT") has mental ill health, and it
/// is treated: the illness was missed (only "treated" was read), so the pre-birth protocol and
/// the combined risk waited. Someone else under the team stays someone else's.
@Suite("Under a mental health team")
struct UnderAMentalHealthTeamTests {
    @Test(arguments: [
        "she's seeing the perinatal team", "she's under the community mental health team", "she is open to the PMHT",
    ])
    func isTreatedMentalIllHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .absent, "\(text)")
    }

    @Test func notSeeingThemIsUntreated() {
        #expect(MatcherFixture.status(.mentalHealth, in: "she isn't seeing the perinatal team") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she isn't seeing the perinatal team") == .present)
    }

    @Test(arguments: ["her sister is under the perinatal team"])
    func someoneElsesStaysSilent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
}
