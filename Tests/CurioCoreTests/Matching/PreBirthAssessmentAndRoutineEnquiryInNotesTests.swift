import Testing

@testable import CurioCore

/// "PBA requested" is a pre-birth assessment (an unborn baby); a routine enquiry with a negative
/// verdict denies domestic abuse.
@Suite("PBA, and the routine enquiry's verdict")
struct PreBirthAssessmentAndRoutineEnquiryInNotesTests {
    @Test(arguments: [
        "PBA requested.",
        "Requested a PBA for this pregnancy.",
    ])
    func pba(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Routine enquiry re DA - negative.",
        "Routine enquiry completed, no disclosures.",
    ])
    func routineEnquiryNegative(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .absent, "\(text)")
    }
}
