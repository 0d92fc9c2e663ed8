import Testing

@testable import CurioCore

/// A prescribed or bought medicine misused ("misused codeine for years") is substance misuse; taking
/// it as prescribed is not.
@Suite("Medicines misused")
struct MedicinesMisusedTests {
    @Test(arguments: [
        "Mum misused codeine for years.",
        "He is addicted to co-codamol.",
    ])
    func misuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "She may be misusing her painkillers.",
    ])
    func misuseDoubted(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "She takes codeine for back pain.",
    ])
    func takenAsPrescribed(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
}
