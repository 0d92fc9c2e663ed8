import Testing

@testable import CurioCore

/// A parent factor's heading with "- no" or "- nil of note" after it denies that factor, as its
/// other headings do; a literacy heading marked poor is a learning need.
@Suite("A heading and its verdict across a dash")
struct HeadingsWithADashVerdictTests {
    @Test(arguments: [
        "Mental health problems - no.",
        "MH hx: nil.",
    ])
    func mh(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "ACEs - no.",
        "Childhood trauma - nil of note.",
    ])
    func aces(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Care history: nil.",
    ])
    func care(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "NICU admission - no.",
        "Complications at delivery - nil of note.",
    ])
    func birth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Literacy difficulties - no.",
        "LD: no.",
    ])
    func learningDenied(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Literacy: poor.",
        "Her reading is poor.",
    ])
    func literacyPoor(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "The weight reading is low.",
    ])
    func weightReadingIsNoLiteracy(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == nil, "\(text)")
    }
}
