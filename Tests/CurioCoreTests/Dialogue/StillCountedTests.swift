@testable import CurioCore
import Testing

/// A later "no" never withdraws a finding (`CasePicture`: the stronger word stands), so an
/// answer that denies what an earlier one said is told what is still counted, and how to undo
/// the earlier answer: otherwise the advice would stand on a finding the practitioner had just
/// been acknowledged as denying, unexplained. And within one answer, a yes taken back at once
/// is the no that corrects it.
@Suite("What a later denial leaves counted")
struct StillCountedTests {
    static func consultation(after answers: [String]) throws -> Consultation {
        try DialogueFixtures.consultation("consultation", after: answers).0
    }

    @Test func aDenialOfAnEarlierFindingSaysItStillCounts() throws {
        var consultation = try Self.consultation(after: ["no", "health visitor", "there is a bruise on his cheek and he is 8 weeks old"])
        let reply = consultation.answer("sorry, it's not a bruise at all")
        #expect(reply.say.contains("Still counted from an earlier answer: bruising or a mark (turn 3)."), "\(reply.say)")
        #expect(reply.say.contains("`back`"))
        // The advice is unchanged: the protocol still stands on the earlier answer.
        #expect(reply.recommendations.contains { $0.id == "bruising-protocol" })
    }

    @Test func aDenialOfWhatWasNeverSaidSaysNothingMore() throws {
        var consultation = try Self.consultation(after: ["no", "health visitor", "mum is very low and isolated, baby is 8 weeks"])
        let reply = consultation.answer("no bruises or marks at all")
        #expect(!reply.say.contains("Still counted"), "\(reply.say)")
    }

    /// The same answer repeating a finding, or a doubt about it, is no denial.
    @Test func aRepeatOrADoubtIsNoDenial() throws {
        var consultation = try Self.consultation(after: ["no", "health visitor", "there is a bruise on his cheek and he is 8 weeks old"])
        #expect(!consultation.answer("the bruise is on his left cheek").say.contains("Still counted"))
        #expect(!consultation.answer("it might have been a bruise, hard to say").say.contains("Still counted"))
    }

    /// A birth told after the pregnancy replaces it (`later_absent_stands`): nothing is kept,
    /// so nothing is said to be.
    @Test func aBirthAfterThePregnancyIsNotKept() throws {
        var consultation = try Self.consultation(after: ["no", "health visitor", "mum is 36 weeks pregnant and very low"])
        let reply = consultation.answer("she delivered on Monday")
        #expect(!reply.say.contains("Still counted"), "\(reply.say)")
    }

    /// A yes to the danger question taken back in the same breath is a no, but danger told after
    /// it is still heard (the matcher reads the whole answer).
    @Test func aYesTakenBackIsNoButDangerToldStillCounts() throws {
        var takenBack = try DialogueFixtures.consultation("consultation", after: []).consultation
        let safe = takenBack.answer("yes, oh no sorry, I misread the question, she's safe at her gran's")
        #expect(!safe.recommendations.contains { $0.id == "emergency-services" }, "\(safe.recommendations.map(\.id))")
        var stillDanger = try DialogueFixtures.consultation("consultation", after: []).consultation
        let danger = stillDanger.answer("yes no sorry, I mean yes, he's hitting her and the baby is in the room")
        #expect(danger.recommendations.contains { $0.id == "emergency-services" }, "\(danger.recommendations.map(\.id))")
    }
}
