import CurioCore
import Testing

/// Rule classes about the birth, the parents' own childhood and what they expect of the baby,
/// found by probing with booking and new-birth-visit notes. Cases are written for the class.
@Suite struct HistoryAndExpectationClassTests {
    /// A baby not breathing at birth is the birth's story, not danger now (it had given 999);
    /// not breathing now still is.
    @Test func atBirthIsNotNow() {
        let birth = MatcherFixture.matcher.match("she was delivered blue and floppy and needed resus")
        #expect(birth.status(of: .immediateDanger) == nil)
        #expect(birth.status(of: .traumaticBirth) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "unresponsive after birth, intubated on NICU") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he's gone floppy and isn't breathing") == .present)
    }

    /// The parent's own childhood: in and out of care, and violence at home they saw.
    @Test func theParentsChildhood() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "dad was in and out of foster care") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "she watched her dad beating her mum") == .present)
    }

    /// Weaning expected long before the baby is ready, and a baby said to hate the parent, are
    /// unrealistic expectations (possible when a parent's words are reported: "dad says");
    /// "she hates her new flat" is not.
    @Test(arguments: [
        ("dad says she should be having baby rice by now, she is 7 weeks", true),
        ("mum feels the baby doesn't like her", true),
        ("she hates her new flat", false),
    ])
    func expectationsOfTheBaby(text: String, naive: Bool) {
        #expect((MatcherFixture.status(.naiveExpectations, in: text) != nil) == naive, "\(text)")
    }

    /// An episode told as over, the baby well again, is no danger now; still going on, it is.
    /// A pattern of leaving the baby alone told as history is neglect, not danger now.
    @Test func anEpisodeOverIsNotNow() {
        #expect(MatcherFixture.status(.immediateDanger, in: "went blue during a feed on Sunday but came round quickly") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "had a fit at nursery, now well and discharged") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "she choked and is still not breathing properly") == .present)
        let history = MatcherFixture.matcher.match("there is a history of leaving the children home alone")
        #expect(history.status(of: .immediateDanger) == nil)
        #expect(history.status(of: .neglect) == .present)
    }
}
