import Testing

@testable import CurioCore

/// A routine enquiry told as done ("routine enquiry done with her alone, she denies any DA"):
/// its answer is a finding, not a hypothetical; and the parent seen on her own for it is no
/// isolation. A routine enquiry planned or asked about stays nothing.
@Suite("Routine enquiry done")
struct RoutineEnquiryDoneTests {
    @Test(arguments: [
        "Routine enquiry completed with mum on her own, she denies any DA",
        "routine enquiry was done today and she denies any domestic abuse",
    ])
    func daDenied(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "routine enquiry completed and she says he hits her",
    ])
    func daDisclosed(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Routine enquiry completed with mum on her own, she denies any DA",
    ])
    func seenAloneIsNoIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "routine enquiry about DA at every contact",
    ])
    func plannedStaysSilent(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }
}
