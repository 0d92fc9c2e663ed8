import Testing

@testable import CurioCore

/// Hooked on a pastime ("addicted to her phone") is no substance misuse, and a baby or toddler who
/// bites or kicks a parent is no abuse between the adults; a drug addiction and a partner's blow
/// stay findings.
@Suite("Pastime addictions and babies biting")
struct PastimeAddictionsAndBabiesBitingTests {
    @Test(arguments: ["mum is addicted to her phone", "he's a gaming addict", "dad's hooked on Netflix"])
    func pastimeIsNoMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["she is addicted to cocaine", "dad is an addict"])
    func addictionStays(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the baby bites mum when feeding", "the toddler kicked dad in the face"])
    func babyIsNoAbuser(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["dad kicked mum in the stomach"])
    func partnerStays(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
}
