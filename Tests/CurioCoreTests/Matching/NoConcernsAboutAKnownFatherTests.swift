import Testing

@testable import CurioCore

/// "Nil concerns re FOB, known to service": no worry about a father known to services, not an unknown father
/// (the denial had reached "FOB, known"). A concern about his drinking denied stays a denial of the drinking;
/// a father never seen stays unknown.
@Suite("No concerns about a known father")
struct NoConcernsAboutAKnownFatherTests {
    @Test(arguments: [
        "Nil concerns re FOB, known to service, attends with mum.",
        "no concerns regarding dad, named on birth cert",
        "No worries about the father, present at visit",
        "nil concerns re FOB's drug use, known to police",
    ])
    func isAbsentFatherUnknown0(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "no concerns re FOB raised by mum but he has never been seen and his name is not known",
    ])
    func isPresentFatherUnknown1(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "nil concerns re FOB's drug use, known to police",
        "no concerns about dad's drinking",
    ])
    func isAbsentSubstanceMisuse2(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }
}
