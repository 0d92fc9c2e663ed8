import Testing

@testable import CurioCore

/// A parent's mood told well in the lay way ("bright in mood", "mum seems happy in herself"):
/// no mental ill health (absent). "Well in herself" without the parent named is as often the
/// baby, and stays silent.
@Suite("Well in herself")
struct WellInHerselfTests {
    @Test(arguments: ["bright in mood at today's visit", "mum presented as cheerful in herself"])
    func isAbsent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["she's well in herself, feeding fine", "baby is happy in himself"])
    func babyWellStaysSilent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
}
