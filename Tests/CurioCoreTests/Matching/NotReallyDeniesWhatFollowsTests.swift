import Testing

@testable import CurioCore

/// "Not really" said before a label denies it, as "not" does ("she's not really anxious"); the
/// verdict said after a label ("low mood - not really") is unchanged. The father "not really
/// involved" is a father whose involvement is unclear, as "isn't really involved" already read.
@Suite("\"Not really\" before what it denies")
struct NotReallyDeniesWhatFollowsTests {
    @Test(arguments: [
        "She's not really anxious, just tired.",
        "Mum is not really depressed.",
        "He's not really low in mood at the moment.",
    ])
    func deniesMentalHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Mum is not really isolated, her sister pops in daily.",
    ])
    func deniesIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Dad's not really involved.",
        "He's not really in the picture.",
        "The father is not really around.",
    ])
    func fatherNotReallyInvolved(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Dad's really involved with the baby.",
    ])
    func fatherReallyInvolvedStaysKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }
}
