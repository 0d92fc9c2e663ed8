import Testing

@testable import CurioCore

/// An older child who sees a service ("her older son sees CAMHS for his anxiety", "the eldest
/// girl is under the paediatrician"): the child's own care. "Sees" is no report, so no family
/// concern, and the condition is the child's, no parent's mental health. An older child who
/// saw something at home still reports it.
@Suite("Older child sees a service")
struct OlderChildSeesAServiceTests {
    @Test(arguments: ["her older son sees CAMHS for his anxiety", "the eldest girl is 12 and sees a counsellor for her depression",
                      "the eldest sees a counsellor; today the 6 week old has a swollen arm"])
    func isNoParentFactor(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["the older sister saw dad hit mum"])
    func aReportStaysAConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the eldest sees a counsellor; today the 6 week old has a swollen arm"])
    func theBabysInjuryStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
}
