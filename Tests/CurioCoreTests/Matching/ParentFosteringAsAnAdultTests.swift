import Testing

@testable import CurioCore

/// A parent who fosters now, as an adult ("dad fosters teenagers", "mum is a foster carer"), has
/// no care history of their own: not parent.childhood_in_care (no pre-birth protocol from it).
/// The parent fostered as a child stays present.
@Suite("Parent fostering as an adult")
struct ParentFosteringAsAnAdultTests {
    @Test(arguments: [
        "Dad fosters teenagers for the council.",
        "They foster children and have done for years.",
        "Mum is a foster carer for the local authority.",
    ])
    func isNoCareHistory(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Mum was fostered as a teenager.",
        "She grew up in foster care and now fosters herself.",
        "Dad was a foster child.",
    ])
    func ownCareHistoryStaysPresent(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }
}
