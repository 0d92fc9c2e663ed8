import Foundation
import Testing

@testable import CurioCore

/// Whose state it is (`Carers`, `facts.yaml`'s `carers`, `same_carer` in recommendations.yaml):
/// a carer unable to care and a carer in charge of the baby make danger only when they may be
/// one person. Only role words tell the carers apart ("mum is drunk" / "dad has the baby"); a
/// pronoun or nobody named leaves it open, so the combination can only err towards danger.
/// Sentences written for the class.
@Suite struct WhoseStateTests {
    let matcher = MatcherFixture.matcher

    func carers(_ id: RiskFactorID, in text: String) -> Carers? {
        matcher.match(text).situations.first { $0.id == id }?.carers
    }

    func isDanger(_ text: String) -> Bool {
        DialogueFixtures.knowledge.ask(text).advice.recommendations.contains { $0.id == "emergency-services" }
    }

    /// The situation's subject: its first word when that names a carer, a role word among its
    /// words, or the nearest carer word before it in the sentence; joined carers are both.
    @Test func theSubjectOfASituationIsItsCarer() {
        #expect(carers("now.carer_impaired", in: "mum is very drunk") == .mother)
        #expect(carers("now.sole_care", in: "dad has the baby") == .father)
        #expect(carers("now.sole_care", in: "the 6 week old is with dad tonight") == .father)
        #expect(carers("now.sole_care", in: "Dad is looking after the baby on his own") == .father)
        #expect(carers("now.sole_care", in: "her boyfriend is drunk and holding the baby") == .father)
        #expect(carers("now.carer_impaired", in: "the baby's father said mum is very drunk") == .mother)
        #expect(carers("now.carer_impaired", in: "mum and dad are both drunk") == [.mother, .father])
        // A pronoun or a word that names no side stops the search and leaves it open.
        #expect(carers("now.sole_care", in: "mum is drunk and he has the baby") == .either)
        #expect(carers("now.sole_care", in: "she is on her own with the baby") == .either)
        #expect(carers("now.carer_impaired", in: "her partner is very drunk") == .either)
        #expect(carers("now.sole_care", in: "No other adult present.") == .either)
        // The search stays in the sentence.
        #expect(carers("now.sole_care", in: "Dad is drunk. Holding the baby now.") == .either)
    }

    /// Two carers told apart by their roles: no danger from the pair, in one answer.
    @Test(arguments: [
        "Mum is very drunk but dad has the baby.",
        "Dad's drunk in the other room and mum is holding the baby.",
        "Mum is drunk; dad is looking after the baby tonight.",
        "Her boyfriend is off his face; mum is feeding the baby.",
        "Dad is looking after the 3 month old while mum is drunk in bed.",
    ])
    func carersToldApartMakeNoDanger(text: String) {
        #expect(!isDanger(text), "\(text)")
    }

    /// One carer, or carers not told apart: danger.
    @Test(arguments: [
        "Mum is very drunk. She is on her own with the baby.",
        "Mum and dad are both drunk, mum has the baby.",
        "Mum is drunk and her partner has the baby.",
        "Dad is drunk and kicking off, mum has gone out, he has the baby.",
        "Dad is high and he's looking after the 2 week old.",
        "Her boyfriend is very drunk and he is holding the baby.",
    ])
    func oneCarerOrNotToldApartIsDanger(text: String) {
        #expect(isDanger(text), "\(text)")
    }

    /// Carers other than the parents count (`about: case`), told apart from them: nan drunk
    /// with the baby is danger, nan drunk while mum has the baby is not; a friend's state is
    /// hers; what was true in the parent's childhood is no situation now.
    @Test func otherCarersAndChildhood() {
        #expect(carers("now.carer_impaired", in: "nan is very drunk") == .other)
        #expect(isDanger("The baby is with nan and nan is drunk right now."))
        #expect(isDanger("The babysitter is drunk and has the baby."))
        #expect(!isDanger("Nan is very drunk; mum has the baby."))
        #expect(!isDanger("Her friend is very drunk. Mum is on her own with the baby."))
        #expect(!isDanger("When mum was little her dad was always very drunk; dad has the baby today."))
        #expect(MatcherFixture.matcher.match("when she was a child her mum was very drunk").situations.isEmpty)
    }

    /// A carer left with the baby by another who has gone: the one left is the carer, named or
    /// a pronoun, not the subject of "left" found before it (who is the one who went).
    @Test func theOneLeftWithTheBabyIsTheCarer() {
        #expect(carers("now.sole_care", in: "dad has walked out and left her with the baby") == .either)
        #expect(carers("now.sole_care", in: "mum has gone out and left dad holding the baby") == .father)
        #expect(carers("now.sole_care", in: "dad's stormed off leaving mum alone with the kids") == .mother)
        #expect(carers("now.sole_care", in: "she left him looking after the twins") == .either)
        // Told of the baby, the carer is still the one after "with".
        #expect(carers("now.sole_care", in: "mum left the baby with dad tonight") != .mother)
    }

    /// With the one left drunk or high, that is danger; with the one who went drunk, it is not.
    @Test(arguments: [
        ("Dad's walked out and left her with the baby. She's very drunk.", true),
        ("she's left him with the baby and he's off his face", true),
        ("Dad is drunk, mum has gone out and left him holding the baby", true),
        ("Mum's very drunk. Dad left her with the baby.", true),
        ("Dad is smashed. He has left mum with the baby.", false),
        ("dad's been drinking but he has left mum with the baby", false),
    ])
    func leftWithTheBabyWhileImpaired(text: String, danger: Bool) {
        #expect(isDanger(text) == danger, "\(text)")
    }

    /// Across answers the picture gathers every carer a situation was told of: a second carer
    /// drunk later makes the one with the baby count.
    @Test func theCasePictureGathersCarersAcrossTurns() {
        var picture = CasePicture()
        picture.merge(MatchResult(situations: [Finding(id: "now.carer_impaired", status: .present, evidence: "mum is drunk", carers: .mother)]), turn: 1)
        picture.merge(MatchResult(situations: [Finding(id: "now.sole_care", status: .present, evidence: "dad has the baby", carers: .father)]), turn: 2)
        #expect(!picture.mayBeOneCarer("now.carer_impaired", "now.sole_care"))
        // Said again of the other carer, only possibly: the carers gather, the status stays.
        let changed = picture.merge(MatchResult(situations: [Finding(id: "now.carer_impaired", status: .possible, evidence: "dad may be drunk", carers: .father)]), turn: 3)
        #expect(changed)
        #expect(picture.situations["now.carer_impaired"]?.status == .present)
        #expect(picture.situations["now.carer_impaired"]?.carers == [.mother, .father])
        #expect(picture.mayBeOneCarer("now.carer_impaired", "now.sole_care"))
    }

    /// A denial adds no carer ("dad is not drunk"); a situation with no carer worked out (an old
    /// record) is anyone's.
    @Test func aDenialAddsNoCarerAndUnknownIsAnyone() {
        var picture = CasePicture()
        picture.merge(MatchResult(situations: [Finding(id: "now.carer_impaired", status: .present, evidence: "mum is drunk", carers: .mother)]), turn: 1)
        picture.merge(MatchResult(situations: [Finding(id: "now.carer_impaired", status: .absent, evidence: "dad is not drunk", carers: .father)]), turn: 2)
        #expect(picture.situations["now.carer_impaired"]?.carers == .mother)
        picture.merge(MatchResult(situations: [Finding(id: "now.sole_care", status: .present, evidence: "alone with him")]), turn: 3)
        #expect(picture.mayBeOneCarer("now.carer_impaired", "now.sole_care"))
    }

    /// In a consultation, in either order: mum drunk and dad with the baby is no 999; the
    /// same carer is, on the turn the second fact is told.
    @Test func toldInTwoAnswersInEitherOrder() throws {
        func danger(after answers: [String]) throws -> [Bool] {
            var consultation = try DialogueFixtures.consultation("consultation")
            _ = consultation.answer("no")
            return answers.map { answer in consultation.answer(answer).recommendations.contains { $0.id == "emergency-services" } }
        }
        for answers in [["mum is very drunk", "dad has the baby"], ["dad has the baby", "mum is very drunk"]] {
            #expect(try danger(after: answers) == [false, false], "\(answers)")
        }
        for answers in [["mum is very drunk", "she has the baby on her own"], ["she has the baby on her own", "mum is very drunk"]] {
            #expect(try danger(after: answers) == [false, true], "\(answers)")
        }
    }

    @Test func carersAreWrittenByName() throws {
        let finding = Finding(id: "now.sole_care", status: .present, evidence: "dad has the baby", carers: .father)
        let json = String(decoding: try JSONEncoder().encode(finding), as: UTF8.self)
        #expect(json.contains(#""carers":["father"]"#))
        #expect(try JSONDecoder().decode(Finding.self, from: Data(json.utf8)) == finding)
        let unknown = Data(#"{"id": "now.sole_care", "status": "present", "evidence": "x", "carers": ["uncle"]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Finding.self, from: unknown) }
        // A finding (not a situation) is written as before.
        let plain = String(decoding: try JSONEncoder().encode(Finding(id: .substanceMisuse, status: .present, evidence: "drunk")), as: UTF8.self)
        #expect(!plain.contains("carers"))
    }
}
