import Testing

@testable import CurioCore

/// A relative's opinion denied says the worry ("nan doesn't think mum is coping"): a concern
/// raised, which the negation read as absent. What she doubts keeps its own reading (possible
/// neglect or danger). A reassurance said the same way ("doesn't think there's anything
/// wrong", "doesn't think mum is drinking") raises none.
@Suite("Relative's denied opinion of the care")
struct RelativesDeniedOpinionTests {
    @Test(arguments: [
        "her mum doesn't think she's coping",
        "aunty doesnt reckon mum can cope with him",
        "his sister doesn't trust the boyfriend with the baby",
    ])
    func isFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "nan doesn't think he's being fed enough",
        "grandad doesnt reckon mum is feeding him properly",
        "her sister doesn't believe the baby is getting enough milk",
    ])
    func feedingDoubtedIsConcernAndPossibleNeglect(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["grandad doesn't believe the baby is safe with dad"])
    func safetyDoubtedKeepsDanger(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "nan doesn't think there's anything wrong",
        "grandma doesnt think mum is drinking",
    ])
    func reassuranceStaysSilent(text: String) {
        let status = MatcherFixture.status(.familyConcern, in: text)
        #expect(status == nil || status == .absent, "\(text)")
    }
}
