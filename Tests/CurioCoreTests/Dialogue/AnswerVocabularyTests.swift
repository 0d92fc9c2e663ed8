import Foundation
import Testing

@testable import CurioCore

@Suite("Answer vocabulary")
struct AnswerVocabularyTests {
    let vocabulary = DialogueFixtures.knowledge.answers
    let options = ["yes", "no", "not sure"]

    @Test(
        "short answers choose the option they mean",
        arguments: [
            ("yes", "yes"), ("Yep.", "yes"), ("yeah, on his arm", "yes"), ("no", "no"), ("Nope", "no"),
            ("no, nothing seen", "no"), ("not sure", "not sure"), ("no idea", "not sure"),
            ("Don't know", "not sure"), ("dont know tbh", "not sure"), ("NOT SURE!", "not sure"),
            // A doubt said with "I" or a pronoun first is still a doubt (to "is the baby in danger
            // right now?" these had chosen nothing, so no 999 advice); a doubtful no is a no.
            ("I don't know", "not sure"), ("he might be", "not sure"), ("hard to say", "not sure"),
            ("probably", "not sure"), ("probably not", "no"), ("I don't think so", "no"),
            // A no as far as the caller knows, said in full (a longer answer matches a phrase whole).
            ("not that I know of", "no"), ("Not that I'm aware of.", "no"), ("not as far as I know", "no"),
            ("none that I know of", "no"),
            // A yes taken back at once: the no that corrects it is the answer (what the rest
            // says is still read by the matcher, so danger told after it still counts).
            ("yes, oh no sorry, I misread your question, she's safe", "no"), ("yes - no wait, she's fine", "no"),
            ("yes sorry I meant no", "no"),
        ])
    func chooses(answer: String, option: String) {
        #expect(vocabulary.choose(answer, among: options) == option)
    }

    @Test(
        "an answer that starts with none of them, or only starts a longer sentence with one, chooses nothing",
        arguments: [
            "", "   ", "nothingness", "yesterday", "8 weeks", "notably",
            "not sure who the father is or where he lives",
        ])
    func choosesNothing(answer: String) {
        #expect(vocabulary.choose(answer, among: options) == nil)
    }

    /// A plain yes or no starts an answer of any length, typed without a comma: "yes one on his
    /// arm mum says the cot" had chosen nothing, and the bruise was lost.
    @Test(arguments: [
        ("yes one on his arm mum says the cot", "yes" as String?), ("yeah there's one by her eye she says a sibling did it", "yes"),
        ("no he just lies on his back mostly", "no"), ("no concerns were raised by the school nurse at all", "no"),
        ("yeh", "yes"), ("uh huh", "yes"), ("mhm", "yes"), ("absolutely, both shins", "yes"), ("absolutely not", "no"),
        ("noticed one yes", "yes"), ("dunno", "not sure"), ("idk", "not sure"),
        ("not 100%, something faint on his arm", "not sure"), ("can't be certain, the lighting was poor", "not sure"),
        // A longer phrase that starts the answer keeps a plain "no" inside it from choosing:
        // "no idea who did it" is about who did it.
        ("no idea who did it, he just turned up with it", nil as String?),
    ])
    func aPlainYesOrNoStartsAnyAnswer(answer: String, option: String?) {
        #expect(vocabulary.choose(answer, among: options) == option)
    }

    /// "Not yet" and the subject-and-verb no, said to a yes-or-no question ("is the baby
    /// crawling yet?"), are a no. They had chosen nothing, so a bruise on a 9-month-old who
    /// was "not yet" moving never reached the bruising protocol.
    @Test(
        "a not-yet or a bare subject-and-verb answers no",
        arguments: ["not yet", "Not yet, just rolling", "not as yet", "hasn't yet", "not really", "not at all",
                    "he's not", "She isn't.", "he hasn't", "not so far"])
    func notYetIsNo(answer: String) {
        #expect(vocabulary.choose(answer, among: options) == "no")
        // A question that offers `not yet` itself still has it chosen.
        #expect(vocabulary.choose("not yet", among: ["yes", "not yet"]) == "not yet")
    }

    /// "He's not" chooses no only on its own: what follows can say something else.
    @Test("a subject-and-verb no followed by more chooses nothing", arguments: [
        "he's not sure where the mark came from", "she hasn't been seen by anyone since the birth",
    ])
    func subjectNoFollowedByMore(answer: String) {
        #expect(vocabulary.choose(answer, among: options) == nil)
    }

    /// A yes said with regret, as who saw it, or as how many ("a faint one", "a couple", "afraid
    /// so", "I did"), and a yes reported by who noticed it (second-hand: `not sure`).
    @Test(
        "a yes said as regret, as who saw it, or as how many",
        arguments: [("afraid so", "yes"), ("unfortunately yes", "yes"), ("mmm yes", "yes"), ("I did", "yes"),
                    ("we did, on Tuesday", "yes"), ("a faint one", "yes"), ("small one behind his ear", "yes"),
                    ("there's a couple", "yes"), ("a few, on her shins", "yes"), ("a couple on her shin", "yes"),
                    ("a small one behind his left ear and another on his cheek", "yes"),
                    ("afraid so, on her cheek, mum says it was the cot bars", "yes"),
                    ("dad mentioned a couple", "not sure"), ("grandma noticed a faint one last night", "not sure"),
                    ("sort of, a faint yellow patch on her back", "not sure"), ("potentially", "not sure")])
    func regretfulOrCountedYes(answer: String, option: String) {
        #expect(vocabulary.choose(answer, among: options) == option)
    }

    /// The baby is "the little one": said bare it is no count of marks.
    @Test("'little one' bare names the baby, and 'one sec' is no count", arguments: ["little one is fine", "tiny one is asleep now", "one sec", "one moment"])
    func littleOneIsTheBaby(answer: String) {
        #expect(vocabulary.choose(answer, among: options) == nil)
    }

    /// "She is" or "definitely" answer a question only on their own: what follows can turn
    /// them round ("she is fine", "definitely not"), which must never read as a yes to danger.
    @Test(
        "whole-answer phrases choose only as the whole answer or its first clause",
        arguments: [
            ("she is", "yes"), ("She is.", "yes"), ("definitely, on his arm", "yes"), ("I think so", "yes"),
            ("she is fine", nil), ("he is 7 weeks", nil), ("definitely not", "no"), ("there is no danger", nil),
            ("I think so but not sure", nil),
            // In the past, said for yes: a history is still there; "there was nothing" is no yes.
            ("previously, with her ex", "yes"), ("in the past", "yes"), ("there has been", "yes"),
            ("historically yes, with her ex partner", "yes"),
            ("there was nothing", nil), ("previously fine", nil),
        ] as [(String, String?)])
    func wholeAnswerPhrases(answer: String, option: String?) {
        #expect(vocabulary.choose(answer, among: options) == option)
    }

    /// Someone else's words reported: the answer chooses by what follows the lead, and a yes
    /// so reported is second-hand, a `not sure` where that is offered.
    @Test(
        "a reported answer chooses by what follows, a yes as not sure",
        arguments: [
            ("mum said there was one yesterday", "not sure"), ("Apparently, yes.", "not sure"),
            ("dad says no", "no"), ("I was told not sure", "not sure"), ("mum said she was fine", nil),
            ("mum said", nil),
        ] as [(String, String?)])
    func reportedAnswers(answer: String, option: String?) {
        #expect(vocabulary.choose(answer, among: options) == option)
    }

    /// Where "not sure" is not offered, a reported yes stays a yes.
    /// An answer that takes something back after the phrase that chose ("sorry, I meant", "no
    /// wait") chooses nothing: the yes or no at its start may be what was taken back, so the
    /// matcher's reading of the whole answer decides. A no that is itself the correction ("yes
    /// sorry I meant no") is chosen whole, and a filler "I mean" or an apology takes nothing back.
    @Test(arguments: [
        ("Yes, a bruise on - sorry, I meant a birthmark, it was there at birth. No bruise.", nil as String?),
        ("no - sorry I meant yes, there's one on his arm", nil),
        ("yes on his arm, no wait, it was his leg", nil),
        ("No, scratch that, I haven't checked", nil),
        ("yes sorry I meant no", "no"),
        ("yes, I mean it's only small", "yes"),
        ("yes, one on his cheek, sorry, I'm not sure when it came up", "yes"),
        ("no, none, sorry for the delay", "no"),
    ])
    func aRetractionAfterTheChoiceChoosesNothing(answer: String, option: String?) {
        #expect(vocabulary.choose(answer, among: options) == option, "\(answer)")
    }

    /// The birthmark taken back to the bruise question (the yes had chosen "bruise present" and
    /// the bruising protocol followed for a baby of 6 weeks): no bruise, no protocol.
    @Test func aBruiseTakenBackForABirthmarkGivesNoProtocol() throws {
        var (consultation, reply) = try DialogueFixtures.consultation("consultation", after: ["no", "health visitor", "routine visit, mum is tired", "6 weeks"])
        if reply.state == "mobility" { reply = consultation.answer("no") }
        #expect(reply.state == "bruising")
        reply = consultation.answer("Yes, a bruise on - sorry, I meant a birthmark, a blue-grey patch recorded at birth. No bruise.")
        let ids = reply.recommendations.map(\.id)
        #expect(!ids.contains("bruising-protocol"), "\(ids)")
        #expect(reply.findings.first { $0.id == .bruising }?.status != .present)
    }

    @Test func aReportedYesIsAYesWithoutNotSure() {
        #expect(vocabulary.choose("mum says yes", among: ["yes", "no"]) == "yes")
    }

    @Test func wholePhrasesAreLoadedWithTheirOptionAndAnUnknownOptionIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("curio-answers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(AnswerVocabulary.fileName)
        try "options:\n  yes: [yep]\n  no: [nope]\nwhole:\n  yes: [she is]\n".write(to: file, atomically: true, encoding: .utf8)
        let loaded = try AnswerVocabulary.load(from: folder)
        #expect(loaded.choose("she is", among: ["yes", "no"]) == "yes")
        #expect(loaded.choose("she is fine", among: ["yes", "no"]) == nil)
        #expect(loaded.choose("yep on his arm", among: ["yes", "no"]) == "yes")
        try "options:\n  yes: [yep]\nwhole:\n  maybe: [perhaps]\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.self) { try AnswerVocabulary.load(from: folder) }
    }

    /// A `leading` phrase chooses at the start of a long answer, where a plain one must be the
    /// whole first clause; one naming an option that is not there is an error, as for `whole`.
    @Test func leadingPhrasesChooseAtTheStartOfALongAnswerAndAnUnknownOptionIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("curio-answers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(AnswerVocabulary.fileName)
        try "options:\n  yes: [yep]\n  no: [nope]\nleading:\n  yes: [a small one]\n".write(to: file, atomically: true, encoding: .utf8)
        let loaded = try AnswerVocabulary.load(from: folder)
        #expect(loaded.choose("a small one behind his left ear and one on his cheek", among: ["yes", "no"]) == "yes")
        #expect(loaded.choose("yep there was a mark behind his left ear", among: ["yes", "no"]) == nil)
        try "options:\n  yes: [yep]\nleading:\n  maybe: [perhaps]\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.self) { try AnswerVocabulary.load(from: folder) }
    }

    /// The options of single questions have everyday words of their own.
    @Test(
        "a single question's options are chosen by everyday words",
        arguments: [
            ("quick and easy", ["straightforward", "traumatic", "not sure"], "straightforward"),
            ("horrendous, 30 hours", ["straightforward", "traumatic", "not sure"], "traumatic"),
            ("no one", ["good support", "isolated", "not sure"], "isolated"),
            ("her mum, every day", ["good support", "isolated", "not sure"], "good support"),
            ("a bit naive", ["realistic", "unrealistic", "not sure"], "unrealistic"),
            ("no", ["known and involved", "not known", "not sure"], "not known"),
            ("no idea", ["known and involved", "not known", "not sure"], "not known"),
            ("not right now", ["yes", "no", "not sure"], "no"),
            ("there was one, on his ear", ["yes", "no", "not sure"], "yes"),
            ("a small one", ["yes", "no", "not sure"], "yes"),
        ])
    func singleQuestionOptions(answer: String, options: [String], option: String) {
        #expect(vocabulary.choose(answer, among: options) == option)
    }

    @Test("multi-word options are chosen by their own words")
    func multiWordOptions() {
        #expect(vocabulary.choose("health visitor", among: ["health visitor", "GP"]) == "health visitor")
        #expect(vocabulary.choose("gp here", among: ["health visitor", "GP"]) == "GP")
        #expect(vocabulary.choose("known and involved, he's at every visit", among: ["known and involved", "not known"]) == "known and involved")
    }

    /// The byte-level form for ASCII answers gives exactly what the Unicode form gives.
    @Test func asciiAnswersNormaliseAsTheUnicodeFormDoes() {
        var everyCharacter = ""
        for value in 0..<0x80 { everyCharacter.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        let answers = [
            everyCharacter, "", "   ", "  Yes, he IS!  ", "NOT sure...", "don't know", "a\tb\nc", "--- no ---",
            "6/52 + 2mo", "it's  ' '  quoted'", "x_y-z", "Dad (not known)",
        ]
        for answer in answers {
            #expect(AnswerVocabulary.normaliseASCII(answer) == AnswerVocabulary.normaliseUnicode(answer), "\(answer)")
        }
        #expect(AnswerVocabulary.normaliseASCII("née") == nil)
        #expect(AnswerVocabulary.normalise("N\u{00E9}E, d\u{2019}accord") == "n\u{00E9}e d'accord")
    }

    /// Random ASCII of every kind and length (the eight-at-a-time ASCII check and the folding
    /// table included), and a non-ASCII byte anywhere, against the Unicode form.
    @Test func randomASCIIAnswersNormaliseAsTheUnicodeFormDoes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            var answer = ""
            for _ in 0..<next(40) { answer.unicodeScalars.append(Unicode.Scalar(UInt8(next(0x80)))) }
            #expect(AnswerVocabulary.normaliseASCII(answer) == AnswerVocabulary.normaliseUnicode(answer), "\(answer.debugDescription)")
            var accented = answer
            accented.insert("\u{00E9}", at: accented.index(accented.startIndex, offsetBy: next(answer.count + 1)))
            #expect(AnswerVocabulary.normaliseASCII(accented) == nil)
        }
    }

    /// The byte-level first clause of an ASCII answer is the character-level one: "\r\n" is
    /// one character, not the mark "\n".
    @Test func asciiFirstClausesAreTheCharacterOnes() {
        let answers = [
            "", "no", "no, nothing", "yes.", "not sure - maybe", "a\nb", "a\r\nb, c", "\r\n", "\r\r\n,x", "x\r,y",
            "(aside) no", "yes!? no", "dad: not known", "one;two", "née, d'accord", "no \u{2014} none", "a\u{2013}b",
        ]
        for answer in answers {
            let characters = String(answer.prefix { !AnswerVocabulary.clauseMarks.contains($0) })
            #expect(AnswerVocabulary.firstClause(of: answer) == characters, "\(answer.debugDescription)")
        }
    }

    /// An ASCII answer's leading words are dropped byte by byte exactly as characters drop them.
    @Test func asciiWordsAreDroppedAsCharactersDropThem() {
        func characterWise(_ count: Int, _ answer: String) -> String {
            var rest = Substring(answer)
            for _ in 0..<count {
                rest = rest.drop { !$0.isLetter && !$0.isNumber }
                rest = rest.drop { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}" }
            }
            return String(rest.drop { !$0.isLetter && !$0.isNumber })
        }
        var answers = [
            "", "mum said", "Mum said, there was one yesterday", "i've been told yes", "  apparently...  no",
            "she says\r\nno", "dad's mate said: 2 bruises", "x\ry", "a_b c", "mum said \u{2019}yes\u{2019}", "n\u{E9}e said yes",
        ]
        var random = SeededRandom(seed: 11)
        let alphabet = Array("ab Z9',.-_\r\n\t!?".unicodeScalars)
        for _ in 0..<2_000 {
            var answer = ""
            for _ in 0..<Int(random.next() % 24) { answer.unicodeScalars.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
            answers.append(answer)
        }
        for answer in answers {
            for count in 0...4 {
                #expect(AnswerVocabulary.dropping(words: count, from: answer) == characterWise(count, answer), "\(answer.debugDescription) \(count)")
            }
        }
    }

    /// Options prepared at load choose exactly what unprepared ones choose.
    @Test func preparedOptionsChooseAsUnpreparedOnes() {
        let options = [["yes", "no", "not sure"], ["health visitor", "GP", "Midwife"], ["known and involved", "not known"],
            ["continue", "finish"], ["Not yet", "Yes"]]
        let prepared = vocabulary.preparing(options: options.flatMap { $0 })
        let answers = [
            "yes", "no", "gp", "GP here", "midwife, on a home visit", "health visitor", "not known to us at all, no",
            "known and involved", "continue", "finish", "not yet", "nope", "no idea", "", "Yes the GP", "8 weeks",
        ]
        for list in options {
            for answer in answers {
                #expect(prepared.choose(answer, among: list) == vocabulary.choose(answer, among: list), "\(answer) \(list)")
            }
        }
        #expect(prepared.choose("midwife, on a home visit", among: ["health visitor", "Midwife"]) == "Midwife")
    }
}

/// The index by first byte gives exactly the phrases that do not fail on their first byte, in
/// their order, so an option is chosen as if every phrase had been asked.
@Suite struct PhraseListTests {
    typealias Phrase = AnswerVocabulary.Phrase

    @Test func eachFirstByteGivesThePhrasesThatCanStartWithItInOrder() {
        let texts = ["yes", "no", "yeah", "été", "", "y", "nope", "not sure"]
        let list = AnswerVocabulary.PhraseList(texts.map { Phrase($0) })
        for byte in UInt8(0)..<128 {
            let expected = texts.indices.filter { texts[$0].utf8.first.map { $0 >= 0x80 || $0 == byte } ?? true }
            #expect(list.positions(startingWith: byte).map(Int.init) == expected, "byte \(byte)")
        }
        #expect(list.positions(startingWith: nil).map(Int.init) == Array(texts.indices))
        #expect(list.positions(startingWith: 0xC3).map(Int.init) == Array(texts.indices))
    }

    @Test func aShortListIsReadWhole() {
        let list = AnswerVocabulary.PhraseList(["yes", "no"].map { Phrase($0) })
        #expect(list.positions(startingWith: UInt8(ascii: "n")) == [0, 1])
    }
}
