import Testing

@testable import CurioCore

/// Classes a probe of whole consultations found in the dialogue: danger told inside the answer
/// to the role question after the job title is read like any other answer (the 999 step comes
/// next); a threat told as ended, to the danger question, gives the referral and no 999; "not on
/// the record/system" starting an answer to the father question of any length is "not known".
/// Sentences written for the classes.
@Suite("Danger in the role answer, an ended threat, the father off the record")
struct RoleAnswerDangerAndFatherOffRecordTests {
    @Test func dangerToldInTheRoleAnswer() throws {
        var (consultation, _) = try DialogueFixtures.consultation("consultation", after: ["no"])
        let reply = consultation.answer("midwife - I'm at her door and can hear him hitting her, the baby's screaming")
        let ids = reply.recommendations.map(\.id)
        #expect(ids.contains("emergency-services"), "\(ids)")
        #expect(ids.contains("refer-csc"), "\(ids)")
        #expect(reply.state == "call-999")
    }

    @Test func endedThreatToTheDangerQuestion() throws {
        let (_, reply) = try DialogueFixtures.consultation(
            "consultation", after: ["not right now - her ex threatened to kill them both at the weekend, he's been remanded"])
        let ids = reply.recommendations.map(\.id)
        #expect(ids.contains("refer-csc"), "\(ids)")
        #expect(!ids.contains("emergency-services"), "\(ids)")
    }

    @Test(arguments: ["not on the system as far as I'm aware", "not recorded anywhere, mum won't say", "not on our system"])
    func fatherOffTheRecordIsNotKnown(answer: String) throws {
        var (consultation, reply) = try DialogueFixtures.consultation("consultation", after: [
            "no", "HV", "routine visit", "10 weeks", "no", "no", "no", "no", "no", "no", "no", "normal",
            "well supported", "no", "no", "realistic",
        ])
        try #require(reply.state == "father", "the father question comes after the expectations (\(reply.state))")
        reply = consultation.answer(answer)
        #expect(reply.findings.first { $0.id == .fatherUnknown }?.status == .present, "\(answer)")
        #expect(reply.recommendations.contains { $0.id == "record-father" }, "\(answer)")
    }
}
