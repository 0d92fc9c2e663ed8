import Testing

@testable import CurioCore

/// Crying said not to have stopped since a time or all day ("she hasn't stopped screaming since
/// 5am", "he's not stopped crying since he came home"): the two denials say the crying goes on,
/// so it is present, not denied. A hypothetical stays nothing; a report from nan stays possible.
@Suite("Crying not stopped since a time")
struct NotStoppedCryingSinceTests {
    @Test(arguments: [
        "she hasn't stopped screaming since 5am",
        "he has not stopped crying all evening",
        "he hasn't stopped crying since he was born and she's exhausted",
    ])
    func isCrying(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "if she hasn't stopped crying by teatime give us a ring",
    ])
    func aHypotheticalIsNothing(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == nil, "\(text)")
    }
}
