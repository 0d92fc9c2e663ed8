import Testing

@testable import CurioCore

/// Cut off from people, support promised that fell through, a support heading marked poor, a
/// family that wants nothing to do with her, or "doesn't really have any friends" is isolation;
/// a relative's own isolation ("MGM is socially isolated") is not the parent's.
@Suite("Cut off, support that fails, and another person's isolation")
struct IsolationCutOffAndSupportThatFailsTests {
    @Test(arguments: [
        "Mum is cut off from everyone.",
        "He was cut off from his friends.",
        "The support from her mum fell through after the birth.",
        "Her partner's family promised help but it never happened.",
        "Support network: poor.",
        "Her family won't have anything to do with her.",
        "She doesn't really have any friends.",
    ])
    func isolated(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Mum is not cut off from anyone.",
    ])
    func notCutOff(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "MGM is socially isolated.",
        "Her sister is very lonely.",
        "Grandad has no support network.",
    ])
    func relativesOwnIsolationGivesNothing(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Mum herself is very isolated.",
        "Mum is isolated, her mum lives abroad.",
    ])
    func mothersIsolationStays(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
}
