import Testing

@testable import CurioCore

/// A pregnancy told by the birth being overdue ("she's 10 days overdue", "baby's a week overdue
/// now") is a pregnancy now; one suspected from a late period with the test not yet done ("she's
/// late and hasn't done a test") is a possible pregnancy, the "not" being the cue's own. A check,
/// jab or review overdue, and lateness for appointments, are no pregnancy.
@Suite("Pregnancy overdue, or suspected from being late")
struct PregnancyOverdueOrSuspectedLateTests {
    @Test(arguments: [
        "she's 10 days overdue",
        "mum is a few days overdue and booked for induction",
        "she's not overdue yet",
    ])
    func overdueIsAPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "she's late and hasn't done a test",
        "mum's a week late, waiting to take a test",
        "she's late but not tested yet",
    ])
    func lateWithoutATestIsPossible(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "the baby is a week overdue for his jabs",
        "she's a few days overdue for her review",
        "she's late for every appointment",
        "she was running late and hasn't done the hearing test",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
}
