import Testing

@testable import CurioCore

/// A section or induction planned ahead ("planning an elective section at 39 weeks", "having a
/// planned section on Friday") is a pregnancy now; a section told as done is not.
@Suite("Section still to come")
struct SectionStillToComeTests {
    @Test(arguments: ["she's booked for an elective caesarean at 38 weeks", "listed for induction on Monday"])
    func isUnborn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["elective section at 39 weeks, baby feeding well, home day 2", "she had a planned section with her son"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
}
