import Testing

@testable import CurioCore

/// Three look-alikes of the BR probe: crying that stops when the baby is picked up ("he does cry
/// but he settles when she picks him up") is a baby who can be settled, not pain on handling; a
/// pregnancy kept secret ("first scan was late cos she didn't tell anyone") is no mental illness
/// left untreated; the baby's hospital tests cancelled again and again ("they keep cancelling her
/// hip scan") are missed health care, not unreliable support.
@Suite("Settles when picked up, a concealed pregnancy, hospital tests cancelled")
struct SettlesConcealedPregnancyHospitalTestsCancelledTests {
    @Test(arguments: [
        "he does cry but he settles when she picks him up",
        "she cries a bit but calms down as soon as you pick her up",
    ])
    func settlingIsNoInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .absent, "\(text)")
    }

    @Test func cryingWhenHandledStaysAnInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "he screams whenever I pick him up") == .present)
    }

    @Test(arguments: [
        "she's about 20 weeks, first scan was late cos she didn't tell anyone",
        "she hid the pregnancy for months and never told anyone",
    ])
    func concealedPregnancyIsNoUntreatedIllness(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }

    @Test func depressionToldToNobodyStaysUntreated() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she was very depressed but didn't tell anyone") == .present)
    }

    @Test(arguments: [
        "they keep cancelling her hip scan",
        "mum keeps rearranging his hearing test",
    ])
    func cancelledTestsAreNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }

    @Test func relativeCancellingOnHerStaysIsolation() {
        #expect(MatcherFixture.status(.isolation, in: "her mum keeps cancelling on her") == .present)
    }
}
