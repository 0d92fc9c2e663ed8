import Testing

@testable import CurioCore

/// Another woman's pregnancy named with whose she is, her age or how far on ("her aunt is pregnant",
/// "the babys big sister, 15, is pregnant") is not the case's unborn baby. The mother's, said beside
/// it or told by the relative, stays; "my sister is pregnant" from an aunt ringing is the case.
@Suite("Another woman's pregnancy")
struct AnotherWomansPregnancyTests {
    @Test(arguments: ["her aunt is pregnant", "the babys big sister, 15, is pregnant",
        "her sister's pregnant and mum's friend is too", "mum's cousin is expecting"])
    func anotherWomansStaysSilent(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("her sister is pregnant and so is mum", FindingStatus.present),
        ("her sister's pregnant and mum's expecting again too", FindingStatus.present),
        ("her sister says mum is pregnant", FindingStatus.possible),
        ("my sister is pregnant", FindingStatus.present),
    ])
    func theMothersStays(text: String, status: FindingStatus) {
        #expect(MatcherFixture.status(.unborn, in: text) == status, "\(text)")
    }

    /// ...with her weeks too ("her neighbour is 30 weeks pregnant"): the weeks are the gestation
    /// the look-alike's words hold, so the age reader's pregnancy now and its weeks are hers as
    /// well, not the case's. The mother's pregnancy beside it stays the case's.
    @Test(arguments: ["her neighbour is 30 weeks pregnant", "mums friend is 20 weeks pregnant"])
    func herWeeksGiveNoPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
        #expect(MatcherFixture.matcher.match(text).facts[FactName.gestationWeeks] == nil, "\(text)")
    }

    @Test(arguments: ["her neighbour is 30 weeks pregnant and mum is 28 weeks pregnant", "mum is 30 weeks pregnant"])
    func theMothersWeeksStay(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
}
