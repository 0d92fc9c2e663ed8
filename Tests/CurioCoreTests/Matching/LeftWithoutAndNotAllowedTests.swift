import Testing

@testable import CurioCore

/// Needs unmet said with "without" ("baby left without food") are neglect, and what a mother "is
/// not allowed" ("she's not allowed her own money") is controlling abuse: the denial is the
/// finding's own words, never a denial of it.
@Suite("Left without and not allowed")
struct LeftWithoutAndNotAllowedTests {
    @Test(arguments: ["the baby was left without milk", "twins kept without clean clothes or nappies"])
    func neglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["mum left without a word", "she left without her coat"])
    func leavingIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["mum isn't allowed a phone", "she is not allowed out without him",
                      "mum isn't allowed to have her own bank card"])
    func control(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
}
