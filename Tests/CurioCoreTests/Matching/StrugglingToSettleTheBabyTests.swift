import Testing

@testable import CurioCore

/// A carer struggling to settle or soothe the baby is inconsolable crying, not a baby who settles.
@Suite("The carer struggling to settle the baby")
struct StrugglingToSettleTheBabyTests {
    @Test(arguments: [
        "Mum is struggling to settle him.",
        "Crying++, mum struggling to soothe her.",
    ])
    func crying(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "He settles well after feeds.",
    ])
    func settles(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .absent, "\(text)")
    }
}
