import Testing

@testable import CurioCore

/// Other injuries denied in a note's shorthand ("No other inj.") are absent; "inj" said plainly is
/// as often an injection ("vit K inj given at birth") and gives nothing. A bruise told after the
/// denial stays present.
@Suite("Other injuries denied as 'inj'")
struct OtherInjuriesDeniedAsInjTests {
    @Test func deniedIsAbsent() {
        #expect(MatcherFixture.status(.otherInjury, in: "Small bruise R cheek. No other inj.") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "nil further inj seen, bruise L cheek") == .present)
    }
    @Test func anInjectionIsNoInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "vit K inj given at birth") == nil)
    }
}
