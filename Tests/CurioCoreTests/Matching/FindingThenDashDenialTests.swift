import Testing

@testable import CurioCore

/// A finding told, then a dash and the denial of the next thing ("he has a bruise - no other
/// injuries", "she has anxiety - no DA"): the finding stands and the "no" denies what follows.
/// A form's heading answered "no" ("Bruising - no", "Self harm - no") is still denied.
@Suite("Finding then a dash and a denial")
struct FindingThenDashDenialTests {
    @Test(arguments: ["she's got a small bruise - no other injuries seen", "there's a faint mark - no DA"])
    func bruiseStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["he has a burn - no explanation offered by mum and no DA"])
    func injuryStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["mum has depression - no family nearby"])
    func parentFactorStaysAndTheNextIsDenied(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["Bruising - no", "Self harm - no, drugs - no"])
    func headingsAnsweredNoStayDenied(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) != .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) != .present, "\(text)")
    }
}
