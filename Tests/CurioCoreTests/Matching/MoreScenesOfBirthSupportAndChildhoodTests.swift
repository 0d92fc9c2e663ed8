import Testing

@testable import CurioCore

/// More scenes: the emergency buzzer pulled, the room filling with staff, back to theatre after
/// the birth (traumatic); a "textbook" delivery (absent); only one person to lean on (isolation);
/// a partner called violent before the noun (domestic abuse, or in her own childhood adverse
/// childhood); going hungry after her childhood is named (adverse childhood, no neglect of the
/// baby); never a social worker (no care history).
@Suite("More scenes of birth, support and childhood")
struct MoreScenesOfBirthSupportAndChildhoodTests {
    @Test(arguments: ["the midwife hit the emergency bell", "the room filled up with doctors", "she was taken back to theatre after the section"])
    func isTraumaticBirth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["birth was textbook"])
    func textbookIsAbsent(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["she's only got her mum"])
    func isIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she lives with a violent boyfriend"])
    func isDomesticAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["as a girl she often went to school hungry"])
    func hungryInHerChildhood(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["he's never had a social worker"])
    func noCareHistory(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .absent, "\(text)")
    }
}
