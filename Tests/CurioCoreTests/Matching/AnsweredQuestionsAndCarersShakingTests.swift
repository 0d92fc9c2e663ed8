import Testing

@testable import CurioCore

/// Questions and their answers in notes and chat, and a carer named as shaking the baby.
///
/// Classes: a question answered straight after its mark ("Any history of depression? No.",
/// "Is he crawling? Not yet.") says what the question names, where the question's opener had
/// made it a mere question and dropped it; a question's closing mark doubts the question, not
/// what is told after it ("What's worrying you? The bruise on her tummy"), while a mark written
/// onto a word ("?bruise") or standing apart ("bruise ? NAI") still queries; a carer named
/// before "is shaking him" ("dad's shaking him") was taken by the look-alike of a carer's
/// nerves ("dad's shaking"). Sentences written for the classes.
@Suite("Answered questions, a question's mark, carers shaking the baby")
struct AnsweredQuestionsAndCarersShakingTests {
    /// Answered "no" (in its many forms): what was asked is absent.
    @Test(arguments: [
        ("Any history of self-harm? No.", RiskFactorID.mentalHealth),
        ("Does dad drink? No.", .substanceMisuse),
        ("Any DA? Not as far as I know.", .domesticAbuse),
        ("Q: does he cry a lot? A: not really", .inconsolableCrying),
        ("Does she cry for hours? Not really, she's a happy baby", .inconsolableCrying),
    ])
    func answeredNo(text: String, factor: RiskFactorID) {
        #expect(MatcherFixture.status(factor, in: text) == .absent, "\(text)")
    }

    /// "Not yet" to whether the baby moves about: the baby is not mobile yet.
    @Test(arguments: ["Is he crawling? Not yet.", "Is the baby rolling yet? Not yet"])
    func notYetMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }

    /// Answered with a doubt: possible, not dropped.
    @Test(arguments: [
        ("Is there any drug use in the house? Not sure.", RiskFactorID.substanceMisuse),
        ("Any concerns raised by family? Don't know", .familyConcern),
    ])
    func answeredWithADoubt(text: String, factor: RiskFactorID) {
        #expect(MatcherFixture.status(factor, in: text) == .possible, "\(text)")
    }

    /// A question about what to do, answered with a doubt, keeps its doubt of what it names:
    /// the answer is about the action, not the facts.
    @Test func actionQuestionKeepsItsDoubt() {
        let text = "Should I refer if he's hitting her? No idea"
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible)
    }

    /// "Is the baby safe? No." tells danger, and with it the call to 999.
    @Test func unsafeAnsweredNo() {
        #expect(MatcherFixture.status(.immediateDanger, in: "Is the baby safe? No.") == .present)
        #expect(DialogueFixtures.recommendationIDs("Is the baby safe? No.").contains("emergency-services"))
    }

    /// What is told after a question's closing mark is told, not doubted.
    @Test(arguments: [
        ("What's worrying you? The bruise on her tummy, three round ones in a row", RiskFactorID.bruising),
        ("honestly? dad's drinking, every visit he's had a few", .substanceMisuse),
        ("How is mum? low mood, not sleeping", .mentalHealth),
        ("chat: what's the worry? 'he screams for hours every night and nothing settles him'", .inconsolableCrying),
    ])
    func toldAfterAQuestion(text: String, factor: RiskFactorID) {
        #expect(MatcherFixture.status(factor, in: text) == .present, "\(text)")
    }

    /// The bruising protocol for a bruise told after the question it answers.
    @Test func bruiseToldAfterAQuestionGetsTheProtocol() {
        let ids = DialogueFixtures.recommendationIDs("Why am I calling? There's a bruise on his ear, he's 8 weeks.")
        #expect(ids.contains("bruising-protocol"))
    }

    /// A query mark still doubts: written onto the word, standing apart, or after the word it
    /// queries.
    @Test func queryMarksStillDoubt() {
        #expect(MatcherFixture.status(.bruising, in: "?bruise on arm") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Bruise? on his arm") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "bruise on cheek ?NAI") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "bruise ? NAI") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Is that a bruise? Not sure") == .possible)
    }

    /// A carer named as shaking the baby now: danger and an injury.
    @Test(arguments: [
        "dad's shaking him", "Is the baby safe right now? No, dad's shaking him.", "he's shaking her",
        "mum's shaking her, she won't stop",
    ])
    func carerShakingTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// A carer smothering the baby is danger now; an injury only where one is told, as the
    /// smothering acts are read (a pillow held over the face: danger, the injury left to the
    /// reader).
    @Test func carerSmotheringTheBabyIsDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "her boyfriend is smothering him with a pillow") == .present)
    }

    /// A carer's nerves or a gesture is no shaking of the baby.
    @Test(arguments: [
        "dad was shaking", "mum was shaking with fear", "dad is shaking, he's so scared",
        "mum's shaking her head", "mum just shook her head when I asked", "she's shaking her rattle for him",
    ])
    func nervesAndGestures(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// Whether the baby breathes or can be woken, asked and answered no: danger now, and 999;
    /// answered with a doubt, possible (still 999); answered yes, or about sleep, nothing.
    @Test func breathingOrWakingAnsweredNo() {
        for text in ["Is he breathing? No!", "Can you wake him? No", "Is he responding? Barely"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "Is she breathing? I don't know") == .possible)
        for text in ["Is he breathing? Yes, he's fine", "Is he crying? No, he's asleep", "Is she awake? No, she's napping"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// A baby said to be limp now is danger, as "floppy" is; an adult's limp is no finding.
    @Test func limpIsASignOfCollapse() {
        for text in ["she's very limp", "she isn't waking for feeds and she's very limp", "he's gone limp in my arms"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        for text in ["dad walks with a limp", "mum has a limp since her accident"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }
}
