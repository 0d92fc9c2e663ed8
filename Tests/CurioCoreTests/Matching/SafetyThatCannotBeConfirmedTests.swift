import Testing

@testable import CurioCore

/// Safety that cannot be confirmed ("cannot confirm bb is safe", "unable to establish that the baby is safe"):
/// not known, so immediate danger possible (the 999 advice stands), not present. Safety confirmed stays absent; danger
/// said plainly stays present.
@Suite("Safety that cannot be confirmed")
struct SafetyThatCannotBeConfirmedTests {
    @Test(arguments: [
        "No access at the property, cannot confirm bb is safe",
        "unable to confirm the baby is safe, no response from mum's phone",
        "we couldn't establish that the baby is safe and well",
    ])
    func isPossibleImmediateDanger0(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "police attended and confirmed the baby is safe",
    ])
    func isAbsentImmediateDanger1(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "the baby is not safe, dad is hitting mum right now",
    ])
    func isPresentImmediateDanger2(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
