import Testing

@testable import CurioCore

/// The class a consultations probe found: to the bruise question, a short answer counting
/// the only one and placing it on the body ("just the one on his shin", "only one behind her
/// ear") is a yes; to the other-injury question after the bruise was told, the same words
/// point back to it and add no other injury. Sentences written for the class.
@Suite("Just the one, placed")
struct JustTheOnePlacedAnswerTests {
    @Test(arguments: [
        "just the one on his shin",
        "only one behind her ear, mum says the cot",
        "the one on his tummy, it's tiny",
    ])
    func aPlacedOneIsAYesToTheBruiseQuestion(answer: String) throws {
        for (dialogue, opening) in [("duty-triage", ["no", "3 months"]), ("consultation", ["no", "health visitor", "3 month old"])] {
            let status = try DialogueFixtures.status(
                of: .bruising, in: dialogue, after: opening, asked: "bruising", answer: answer)
            #expect(status == .present, "\(dialogue): \(answer)")
        }
    }

    @Test func theSameWordsToTheOtherInjuryQuestionPointBack() throws {
        for (dialogue, opening) in [("duty-triage", ["no", "3 months", "a bruise on his shin"]),
            ("consultation", ["no", "health visitor", "3 month old boy, bruise on his shin"])] {
            let status = try DialogueFixtures.status(
                of: .otherInjury, in: dialogue, after: opening, asked: "other-injury", answer: "just the one on his shin")
            #expect(status == nil, "\(dialogue)")
        }
    }
}
