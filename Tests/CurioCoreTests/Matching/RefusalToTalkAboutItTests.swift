import Testing

@testable import CurioCore

/// "Won't talk about it" is a refusal, not a topic of advice: what is told after it is read as it
/// is ("a bruise on mum's wrist that she won't talk about, she says baby's fine and there are no marks
/// on him" denies the baby's bruising). A topic named after it ("won't talk about DA") stays a topic.
@Suite("A refusal to talk about it")
struct RefusalToTalkAboutItTests {
    @Test(arguments: ["Bruise on mums wrist that she won't talk about, she says baby's fine and there are no marks on him.", "she won't talk about it, but there are no bruises on the baby"])
    func markDenied(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["she won't talk about DA"])
    func topicStaysSilent(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["he doesn't like talking about drugs"])
    func drugsTopicStaysSilent(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
}
