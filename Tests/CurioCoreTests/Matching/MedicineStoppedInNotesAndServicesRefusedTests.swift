import Testing

@testable import CurioCore

/// A medicine named and then said stopped as notes write it ("sertraline, self-discontinued when
/// pregnant", "Fluoxetine - stopped"), and a mental health service not wanted ("didn't want to see
/// CAMHS", "refused to see the CPN"), are untreated mental ill health. Something else stopped
/// beside a medicine taken ("on sertraline, stopped drinking") leaves it treated.
@Suite("Medicine stopped in notes and services refused")
struct MedicineStoppedInNotesAndServicesRefusedTests {
    @Test(arguments: [
        "Hx depression, sertraline, self-discontinued when pregnant.",
        "Fluoxetine - stopped in the first trimester.",
        "Self-harmed as a teenager and didn't want to see CAMHS.",
        "She refused to see the CPN.",
    ])
    func isUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test func somethingElseStopped() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "On sertraline, stopped drinking.") == .absent)
    }
}
