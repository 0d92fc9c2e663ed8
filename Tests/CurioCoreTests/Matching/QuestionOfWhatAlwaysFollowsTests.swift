import Testing

@testable import CurioCore

/// A question about what always follows ("would a bruise on a five month old always need a
/// referral, even a tiny one?", "does a mark on a 3 month old automatically go to CSC?"): a
/// question of policy, no finding. A question about a baby in front of the practitioner ("is a
/// bruise on a 3 month old a concern?") stays a possible bruise.
@Suite("Question of what always follows")
struct QuestionOfWhatAlwaysFollowsTests {
    @Test(arguments: [
        "Would a bruise on a five month old always need a referral, even a tiny one?",
        "Does a bruise on a 4 month old always mean a referral?",
        "Would a mark on a 3 month old automatically go to CSC?",
    ])
    func isNoFinding(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["Is a bruise on a 3 month old a concern?", "should I refer a 10 week old with a mark on his ear?"])
    func concreteQuestionStaysPossible(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
}
