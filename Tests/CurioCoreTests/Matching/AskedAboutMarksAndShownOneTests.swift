import Testing

@testable import CurioCore

/// A question about marks answered by one shown or told ("I asked whether there had been any
/// bruises and mum showed me one on his back"): a mark, whatever the question's doubt. ge read
/// "asked whether there were any" as a question (no finding), which is right for the question
/// alone, but the answer "showed me one" names no bruise word of its own, so the bruise the
/// starting rules heard was lost: a missed bruising protocol. An answer of no stays nothing.
@Suite("Asked about marks and shown one")
struct AskedAboutMarksAndShownOneTests {
    @Test(arguments: [
        "I asked whether there had been any bruises and mum showed me one on his back",
        "I asked if there were any marks and mum showed me one on his back",
    ])
    func aMarkShownIsAMark(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["I asked if there were any marks and mum said no", "asked whether there had been any bruises, she said not that she'd noticed"])
    func anAnswerOfNoIsNoMark(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) != .present, "\(text)")
    }
}
