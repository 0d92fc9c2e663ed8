import Testing

@testable import CurioCore

/// A "no" that determines what the answer states ("no support from her family at all", "no one
/// has seen dad since the birth") is no answer to the question asked: said while the dialogue
/// asks about mobility, it must not make a crawling 9-month-old pre-mobile and give the
/// bruising protocol. A "no" said to the question ("no", "no he isn't crawling yet", "no, she's
/// not moving about") still answers it. The sentences are written for this test.
@Suite("A leading no that belongs to the statement")
struct NoThatStatesSomethingElseTests {
    static let toMobility: [(dialogue: String, answers: [String])] = [
        ("consultation", ["no", "health visitor", "9 month old with a bruise on his back"]),
        ("duty-triage", ["no", "9 month old", "bruise on his back"]),
    ]

    @Test(arguments: [
        "No support from her family at all.",
        "No one has seen dad since the birth.",
        "No one in the family has raised any worries.",
        "No food in the fridge when I visited.",
    ])
    func aStatementAtTheMobilityQuestionIsNoAnswerToIt(statement: String) throws {
        for (dialogue, answers) in Self.toMobility {
            var (consultation, reply) = try DialogueFixtures.consultation(dialogue, after: answers)
            #expect(reply.state == "mobility", "\(dialogue)")
            reply = consultation.answer(statement)
            #expect(reply.findings.first { $0.id == .preMobile }?.status != .present, "\(dialogue): \(statement)")
            #expect(!reply.recommendations.contains { $0.id == "bruising-protocol" }, "\(dialogue): \(statement)")
        }
    }

    @Test(arguments: ["no", "No he isn't crawling yet", "no, she's not moving about", "nope"])
    func aNoToTheQuestionStillAnswersIt(answer: String) throws {
        for (dialogue, answers) in Self.toMobility {
            var (consultation, _) = try DialogueFixtures.consultation(dialogue, after: answers)
            let reply = consultation.answer(answer)
            #expect(reply.findings.first { $0.id == .preMobile }?.status == .present, "\(dialogue): \(answer)")
            #expect(reply.recommendations.contains { $0.id == "bruising-protocol" }, "\(dialogue): \(answer)")
        }
    }

    /// Only a word straight after "no" makes it a determiner: a mark between keeps the answer.
    @Test func theDeterminerNeedsAWordStraightAfter() {
        let answers = DialogueFixtures.knowledge.answers
        #expect(answers.startsWithDeterminer("No support from her family"))
        #expect(answers.startsWithDeterminer("  no one has seen him"))
        #expect(!answers.startsWithDeterminer("no, she has support"))
        #expect(!answers.startsWithDeterminer("no"))
        #expect(!answers.startsWithDeterminer("nope she has"))
        #expect(!answers.startsWithDeterminer("nothing seen"))
    }
}
