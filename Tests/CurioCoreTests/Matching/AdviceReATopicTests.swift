import Testing

@testable import CurioCore

/// Advice given "re" a topic is advice, no finding (as "advised about"); only the non-urgent
/// factors: an injury named after such words is still read.
@Suite("Advice \"re\" a topic")
struct AdviceReATopicTests {
    @Test(arguments: [
        "Advised re safe sleep and alcohol.",
        "Advice given re alcohol and co-sleeping.",
    ])
    func alcoholAdvice(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Advice given re low mood and where to get help.",
    ])
    func moodAdvice(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Advised re bruise on cheek, refer to CSC.",
    ])
    func bruiseStillRead(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Advice re mum who has been self-harming.",
    ])
    func toldAfterTheAdviceStays(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
}
