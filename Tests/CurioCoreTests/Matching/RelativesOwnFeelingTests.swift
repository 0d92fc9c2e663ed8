import Testing

@testable import CurioCore

/// "Her sister has been feeling really low" is the sister's mood: no parental mental ill health and
/// no family concern; "nan feels mum is low" is still the grandmother's report of the mother.
@Suite("A relative's own feeling")
struct RelativesOwnFeelingTests {
    @Test(arguments: [
        "PGM has been feeling really low since the birth.",
        "Grandad feels very down since grandma died.",
    ])
    func relativesMood(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Her sister has been feeling really low.",
    ])
    func relativesMoodIsNoConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Nan feels mum is low.",
    ])
    func relativesReportOfMum(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "Nan feels mum is low.",
    ])
    func relativeReportsAConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
}
