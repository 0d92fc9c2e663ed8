import Testing

@testable import CurioCore

/// A long list of denied items ("no bruises, marks, burns, bites, scratches, swelling or
/// petechiae") is denied to its last item: the denial's reach is long enough for the list. A
/// finding told after the denial's own clause, far from it, stays found; a place that has moved
/// is no baby's mobility however far a denial reaches.
@Suite("Long list of denials")
struct LongListOfDenialsTests {
    @Test func lastItemsDenied() {
        #expect(MatcherFixture.status(.bruising, in: "No bruises, marks, burns, bites, scratches, swelling or petechiae.") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "Denies any history of depression, anxiety, PND, self-harm or psychosis.") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "Nothing to suggest DA, substance misuse, mental health problems or neglect.") == .absent)
    }
    @Test func farFindingStays() {
        #expect(MatcherFixture.status(.bruising, in: "I haven't been able to see the baby since the referral came in about the bruise on his arm.") == .present)
    }
    @Test func aPlaceMovedIsNoMobility() {
        #expect(MatcherFixture.status(.preMobile, in: "She doesn't know where the clinic is now it has moved.") == nil)
    }
}
