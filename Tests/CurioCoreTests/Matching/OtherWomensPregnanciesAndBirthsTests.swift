import Testing

@testable import CurioCore

/// A relative's or friend's pregnancy told with how far on it is ("her sister is 20 weeks pregnant"),
/// or just found out, is not this case's; nor is the grandmother's own birth of the parent
/// ("MGM had an emergency section with her"). The mother's own stay as they were.
@Suite("Another woman's pregnancy or birth")
struct OtherWomensPregnanciesAndBirthsTests {
    @Test(arguments: [
        "Her sister is 20 weeks pregnant.",
        "Her friend has just found out she is pregnant.",
    ])
    func relativesPregnancyGivesNothing(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "She is 20 weeks pregnant.",
        "Her sister is pregnant too and mum is 30 weeks pregnant.",
    ])
    func mothersPregnancyStays(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "MGM had an emergency section with her.",
        "Nan had a long labour with mum.",
    ])
    func grandmothersOwnBirthGivesNothing(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "MGM says mum had an emergency section.",
    ])
    func grandmothersReportOfTheBirthIsPossible(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .possible, "\(text)")
    }
}
