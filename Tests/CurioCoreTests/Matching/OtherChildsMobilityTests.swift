import Testing

@testable import CurioCore

/// A brother's, sister's, cousin's or toddler's own mobility ("his brother isnt walking yet", "the
/// toddlers not crawling") and a grown-up's ("nans immobile") are theirs, not the baby's. The baby's
/// stays, told by the older child or beside it, and so does its crying told by a sister.
@Suite("Another child's mobility")
struct OtherChildsMobilityTests {
    @Test(arguments: ["his brother isnt walking yet", "the toddlers not crawling", "his cousin still isnt crawling",
        "nans immobile", "grandad is bed bound"])
    func anotherPersonsStaysSilent(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("his sister says the baby isnt crawling yet", FindingStatus.possible),
        ("his baby sister isnt crawling yet", FindingStatus.present),
        ("the baby isnt crawling and his brother isnt walking", FindingStatus.present),
    ])
    func theBabysStays(text: String, status: FindingStatus) {
        #expect(MatcherFixture.status(.preMobile, in: text) == status, "\(text)")
    }

    @Test func theBabysCryingToldByASisterIsSecondHand() {
        let text = "her big sister says the baby screams for hours"
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .possible, "\(text)")
    }
}
