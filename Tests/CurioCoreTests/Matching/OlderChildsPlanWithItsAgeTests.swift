import Testing

@testable import CurioCore

/// An older child's past CP plan for neglect, the child's age told between ("their older girl,
/// she's 4 now, had a CP plan for neglect") or the child named by years ("the 5 year old was on a
/// plan under neglect"): that child's plan, no neglect of this baby. The baby's own plan stays.
@Suite("An older child's plan with its age")
struct OlderChildsPlanWithItsAgeTests {
    @Test(arguments: [
        "Their older boy, he's 6 now, had a CP plan for neglect in 2020",
        "the 5 year old was on a child protection plan under neglect in 2020",
    ])
    func noNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "the baby is on a CP plan for neglect",
    ])
    func babysOwnPlan(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
}
