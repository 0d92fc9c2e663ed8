import Foundation
import Testing

@testable import CurioCore

/// A baby's age told early in a consultation is not replaced by an age of a year or more heard
/// later, outside the age question, in an answer that does not say it corrects one: such an age
/// is most likely another child's ("he is 3 years old", said of a sibling), and replacing the
/// baby's 12 days with it made a pre-mobile baby mobile, so a bruise told next had no bruising
/// protocol. An answer that says it corrects ("sorry, he is actually 3") still replaces it, and
/// so does any later age under a year.
@Suite("A baby's age kept against an older child's")
struct BabysAgeKeptTests {
    /// The consultation at its bruise question, the baby's age told as 12 days in the concern.
    /// (The mobility question, asked for some ages, is answered "no".)
    private func atTheBruiseQuestion() throws -> (consultation: Consultation, reply: Reply) {
        var (consultation, reply) = try DialogueFixtures.consultation(
            "consultation", after: ["no", "health visitor", "the baby is 12 days old, mum is struggling"])
        if reply.state == "mobility" { reply = consultation.answer("no") }
        try #require(reply.state == "bruising")
        return (consultation, reply)
    }

    private func age(_ reply: Reply) -> Double? { reply.facts[FactName.childAgeWeeks]?.number }

    @Test func anOlderAgeToldLaterKeepsTheBabysAgeAndSaysSo() throws {
        var (consultation, reply) = try atTheBruiseQuestion()
        let told = try #require(age(reply))
        #expect(told < 2)
        reply = consultation.answer("no")
        reply = consultation.answer("he is 3 years old")
        #expect(age(reply) == told)
        #expect(reply.say.contains("the baby's age stays"), "\(reply.say)")
        // The bruise still follows the protocol for a pre-mobile baby.
        var bruised = try atTheBruiseQuestion()
        _ = bruised.consultation.answer("he is 3 years old")
        reply = bruised.consultation.answer("there is a small bruise on his cheek")
        #expect(reply.recommendations.map(\.id).contains("bruising-protocol"), "\(reply.recommendations.map(\.id))")
    }

    @Test(
        "an answer that says it corrects replaces the baby's age",
        arguments: ["sorry, he is actually 3 years old", "correction: he is 14 months", "he is 14 months not 14 days"])
    func aCorrectionReplacesIt(answer: String) throws {
        var (consultation, _) = try atTheBruiseQuestion()
        let reply = consultation.answer(answer)
        #expect((age(reply) ?? 0) >= 52, "\(answer): \(String(describing: age(reply)))")
        #expect(!reply.say.contains("the baby's age stays"))
    }

    @Test func aLaterAgeUnderAYearStillReplacesIt() throws {
        var (consultation, _) = try atTheBruiseQuestion()
        let reply = consultation.answer("she is 8 months old")
        #expect(age(reply).map { $0 > 30 && $0 < 40 } == true, "\(String(describing: age(reply)))")
    }

    /// An older age under a year said as a noun naming a child ("her 9 month old is walking")
    /// keeps the baby's younger age too: in a family of several children it is most likely
    /// another child's, and its months (and its walking) made the baby too old and mobile for
    /// the bruising protocol. A younger one named so still replaces it, as any younger age does.
    @Test func anOlderChildNamedByItsAgeKeepsTheBabysAge() throws {
        var (consultation, reply) = try atTheBruiseQuestion()
        let told = try #require(age(reply))
        reply = consultation.answer("her 9 month old is walking everywhere now")
        #expect(age(reply) == told)
        #expect(reply.say.contains("the baby's age stays"), "\(reply.say)")
        reply = consultation.answer("there is a small bruise on his cheek")
        #expect(reply.recommendations.map(\.id).contains("bruising-protocol"), "\(reply.recommendations.map(\.id))")
    }

    @Test func aYoungerChildNamedByItsAgeReplacesIt() throws {
        var (consultation, _) = try DialogueFixtures.consultation(
            "consultation", after: ["no", "health visitor", "the baby is 20 weeks old, mum is struggling"])
        let reply = consultation.answer("the 6 week old is the one I am ringing about")
        #expect(age(reply) == 6, "\(String(describing: age(reply)))")
    }

    /// A younger age said as a point in the past ("since he was 6 weeks", "at 6 weeks"), told
    /// after the baby's age, is when something began, not the age now: the baby's 10 months
    /// stay, and a bruise told next gets no bruising protocol for a pre-mobile baby. Read as
    /// the age now, it made the 10-month-old a baby of weeks.
    @Test(arguments: ["she's been really low since he was 6 weeks", "at 6 weeks he had a chest infection", "he was 6 weeks when dad left"])
    func aYoungerAgeSaidAsAPastPointKeepsTheBabysAge(answer: String) throws {
        var (consultation, reply) = try DialogueFixtures.consultation(
            "consultation", after: ["no", "health visitor", "the baby is 10 months old, mum is struggling"])
        let told = try #require(age(reply))
        #expect(told > 40)
        reply = consultation.answer(answer)
        #expect(age(reply) == told, "\(answer): \(String(describing: age(reply)))")
        #expect(!reply.recommendations.map(\.id).contains("bruising-protocol"))
        // Told as the age now, a younger age still replaces it.
        reply = consultation.answer("sorry, he's actually 6 weeks old")
        #expect(age(reply) == 6, "\(String(describing: age(reply)))")
    }

    /// The marker the consultation reads: set only when the age read was said as a past point,
    /// kept in a turn's record, and written only when set.
    @Test func theAgeSaysWhenItIsAPastPoint() throws {
        let heard = MatcherFixture.matcher.match("she's been low since he was 6 weeks")
        #expect(heard.ageIsAPastPoint)
        #expect(!MatcherFixture.matcher.match("he is 6 weeks old").ageIsAPastPoint)
        #expect(!MatcherFixture.matcher.match("first seen at 10 days, he's now six weeks").ageIsAPastPoint)
        let data = try JSONEncoder().encode(heard)
        #expect(try JSONDecoder().decode(MatchResult.self, from: data) == heard)
        let plain = String(decoding: try JSONEncoder().encode(MatcherFixture.matcher.match("he is 6 weeks old")), as: UTF8.self)
        #expect(!plain.contains("ageIsAPastPoint"))
    }

    /// With no baby's age told before, an older child's age is the age (the question answered).
    @Test func anOlderAgeWithNoneBeforeIsTheAge() throws {
        var (consultation, reply) = try DialogueFixtures.consultation("consultation", after: ["no", "health visitor", "worried about a toddler"])
        try #require(reply.state == "age")
        reply = consultation.answer("2 years")
        #expect(age(reply).map { $0 > 104 && $0 < 105 } == true, "\(String(describing: age(reply)))")
    }

    @Test(
        "the words that say an answer corrects",
        arguments: [
            ("sorry, she's 14 months", true), ("actually he is 2", true), ("14 months not weeks", true),
            ("scratch that, he's 2", true), ("he is 3 years old", false), ("her brother is 2", false),
            ("the nottingham clinic", false),
        ])
    func correctionWords(answer: String, corrects: Bool) {
        #expect(DialogueFixtures.knowledge.answers.corrects(answer) == corrects, "\(answer)")
    }
}
