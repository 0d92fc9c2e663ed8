import Testing

@testable import CurioCore

/// "Not known to MARAC" or "not known to the LD team" denies the factor (the verdict "not known"
/// had taken the "not" and left the service said plainly, and "dad is not known" read as an unknown
/// father); "the baby's father has no concerns about mum" raises none.
@Suite("Not known to a service, and no concerns from the father")
struct NotKnownToServicesAndRelativesWithoutConcernsTests {
    @Test(arguments: [
        "Not known to MARAC.",
        "She has never been referred to an IDVA.",
    ])
    func notKnownToMarac(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Known to MARAC.",
    ])
    func knownToMaracStays(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Dad is not known to the LD team.",
    ])
    func notKnownToLdTeam(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Dad is not known to the LD team.",
    ])
    func notKnownToLdTeamIsNoUnknownFather(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "The baby's father has no concerns about mum.",
    ])
    func noConcernsFromFather(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .absent, "\(text)")
    }
}
