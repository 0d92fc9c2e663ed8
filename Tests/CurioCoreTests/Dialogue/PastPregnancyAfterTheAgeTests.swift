@testable import CurioCore
import Testing

/// A pregnancy told as past in a later answer than the born baby's age. The matcher reads
/// "when she found out she was pregnant" as past when the text also gives the age; the
/// consultation now hands it the age it already holds, so the answer means the same told
/// apart. Before, the later answer made the born baby unborn and gave the pre-birth protocol
/// to a 5-week-old. A pregnancy now ("pregnant again") is still one, and so is a pregnancy
/// told when the case holds no born baby's age.
@Suite("A past pregnancy told after the baby's age")
struct PastPregnancyAfterTheAgeTests {
    static let age = "Our baby is 5 weeks old and mum is very low."

    /// The consultation after the age, then `answer`.
    static func after(_ answer: String) throws -> Consultation {
        try DialogueFixtures.consultation("consultation", after: [age, answer]).consultation
    }

    @Test(arguments: [
        "She stopped her antidepressants when she found out she was pregnant and hasn't seen anyone since.",
        "She was very anxious while she was pregnant.",
        "Her mood dipped in the pregnancy and she never got help.",
    ])
    func aPastPregnancyLeavesTheBabyBorn(answer: String) throws {
        let consultation = try Self.after(answer)
        #expect(consultation.picture.facts[FactName.childAgeWeeks]?.number == 5)
        #expect(consultation.picture.status(of: .unborn) != .present, "\(answer)")
        #expect(!consultation.advice.recommendations.map(\.id).contains("pre-birth-protocol"), "\(answer)")
    }

    /// The same words alone, with no age held: nothing says the baby is born.
    @Test func withNoAgeHeldThePregnancyIsReadAsBefore() {
        let text = "She stopped her antidepressants when she found out she was pregnant and hasn't seen anyone since."
        #expect(MatcherFixture.status(.unborn, in: text) == .present)
        #expect(DialogueFixtures.knowledge.matcher.match(text, babyKnownBorn: true).status(of: .unborn) == nil)
    }

    @Test(arguments: [
        "She's just found out she's pregnant again.",
        "Mum is pregnant, about 8 weeks.",
    ])
    func aPregnancyNowIsStillOne(answer: String) throws {
        let consultation = try Self.after(answer)
        #expect(consultation.picture.status(of: .unborn) == .present, "\(answer)")
    }
}
