import Testing

@testable import CurioCore

/// The baby's relative named and then taken up by "he" or "she" ("it's her dad, the baby's
/// grandad, he's an alcoholic"; "the baby's nan, she's got bipolar"): the relative's condition,
/// not a parent's. The caller pointing back to their own words ("it's only the grandad like I
/// said") is no relative's report. A parent after a comma ("bruise on his cheek, she was in
/// care") and a relative's real report ("nan says he's drinking again") stay as they were.
@Suite("Relative taken up by he or she")
struct RelativeTakenUpByHeOrSheTests {
    @Test(arguments: [
        "it's her dad, the baby's grandad, he's an alcoholic, but he lives in Spain",
        "the baby's nan, she's got bipolar, she helps out a lot",
        "the baby's uncle - he drinks every day",
        "the baby's aunt, she's on methadone",
    ])
    func relativesConditionGivesNothing(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "no, not mum or dad, it's only the grandad like I said",
        "as I mentioned, her uncle lives in Spain",
        "like we said, the nan lives two hours away",
    ])
    func ownWordsAreNoFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }

    @Test func parentAfterACommaStays() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "bruise on his cheek, she was in care as a teenager") == .present)
    }

    @Test(arguments: ["nan says he's drinking again", "her sister rang, she's worried mum is drinking"])
    func relativesReportStays(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }
}
