import Testing

@testable import CurioCore

/// A single question's worrying option said first and then gone on with, with no comma
/// ("traumatic and they are new to the area" to the birth question, "isolated and she's very
/// low" to the support question, "not known and he's never been seen" to the father question),
/// chooses that option, as a plain yes starts an answer of any length: it chose nothing, the
/// birth went unrecorded and the combined parental risk came a turn late or not at all. The
/// reassuring options keep needing a whole first clause ("straightforward and then she bled"
/// can be turned round), and a long answer that only starts with a doubt chooses nothing.
@Suite("Worrying option starts a long answer")
struct WorryingOptionStartsALongAnswerTests {
    static let vocabulary = DialogueFixtures.knowledge.answers

    @Test(arguments: [
        ("traumatic and they are new to the area and know nobody", ["straightforward", "traumatic", "not sure"], "traumatic"),
        ("isolated and she's very low since the birth", ["good support", "isolated", "not sure"], "isolated"),
        ("unrealistic and she thinks he will sleep through from day one", ["realistic", "unrealistic", "not sure"], "unrealistic"),
        ("not known and he has never been seen by anyone", ["known and involved", "not known", "not sure"], "not known"),
    ])
    func chooses(answer: String, options: [String], option: String) {
        #expect(Self.vocabulary.choose(answer, among: options) == option, "\(answer)")
    }

    @Test func reassuringOptionsStillNeedTheirOwnClause() {
        #expect(Self.vocabulary.choose("straightforward and then she bled heavily afterwards", among: ["straightforward", "traumatic", "not sure"]) == nil)
    }
}
