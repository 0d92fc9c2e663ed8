import Testing

@testable import CurioCore

/// Classes a probe of whole consultations found (probe BH), told in the answer to one question:
/// domestic abuse told by what the partner is doing, answered to the danger question, refers on
/// that turn with the 999 call; a danger told as over after a "No" gives no 999 and the dialogue
/// goes on; an older brother's injury told at the other-injury question gives no bruising
/// protocol; "didn't sit right with me" as the concern leaves the mobility question of a
/// 10-month-old to be asked; a father told as "he" at the father question is known (no
/// record-father); a father never mentioned, told at the support question, is unknown on that
/// turn. Sentences written for the classes.
@Suite("Partner violence, danger over and fathers across answers")
struct PartnerViolenceDangerOverAndFathersAcrossAnswersTests {
    static let toSupport = [
        "no", "HV", "routine visit, mum is tired", "6 weeks", "no", "no", "no", "no", "no", "no", "no", "straightforward",
    ]
    static let toFather = toSupport + ["good support", "no", "no", "realistic"]

    @Test func partnerViolenceToTheDangerQuestionRefersOnTheTurn() throws {
        let (_, reply) = try DialogueFixtures.consultation(
            "duty-triage",
            after: ["yes - she's phoned from the bathroom, her partner is trashing the place and the 3-month-old is in the lounge with him"])
        let ids = reply.recommendations.map(\.id)
        #expect(ids.contains("emergency-services"), "\(ids)")
        #expect(ids.contains("refer-csc"), "\(ids)")
        #expect(reply.findings.first { $0.id == .domesticAbuse }?.status == .present)
    }

    @Test(arguments: [
        ("consultation", "No - a couple of weeks ago she went blue and stopped breathing for a few seconds, it was reflux and she's fine now", "role"),
        ("duty-triage", "No - she was in danger last night when her ex turned up, but he's been remanded and she's safe at her nan's now", "age"),
    ])
    func dangerToldAsOverGivesNoNineNineNine(dialogue: String, answer: String, next: String) throws {
        let (_, reply) = try DialogueFixtures.consultation(dialogue, after: [answer])
        let ids = reply.recommendations.map(\.id)
        #expect(!ids.contains("emergency-services"), "\(ids)")
        #expect(reply.state == next, "\(reply.state)")
    }

    /// A baby left alone on a day gone by: the referral for neglect, no 999.
    @Test func aPastLeftAloneRefersWithoutNineNineNine() throws {
        let (_, reply) = try DialogueFixtures.consultation(
            "duty-triage", after: ["not now - on Sunday mum left the twins on their own in the house for an hour"])
        let ids = reply.recommendations.map(\.id)
        #expect(ids.contains("refer-csc"), "\(ids)")
        #expect(!ids.contains("emergency-services"), "\(ids)")
    }

    @Test func anOlderBrothersInjuryIsNoBruisingProtocol() throws {
        var (consultation, reply) = try DialogueFixtures.consultation("duty-triage", after: ["no", "6 weeks", "no"])
        try #require(reply.state == "other-injury", "\(reply.state)")
        reply = consultation.answer("It's her brother, who's 7 - he came home from school with a black eye and a split lip.")
        let ids = reply.recommendations.map(\.id)
        #expect(!ids.contains("bruising-protocol"), "\(ids)")
        #expect(!ids.contains("refer-csc"), "\(ids)")
    }

    @Test func anIdiomOfSittingLeavesTheMobilityQuestion() throws {
        let (_, reply) = try DialogueFixtures.consultation(
            "consultation", after: ["no", "health visitor", "something about the visit didn't sit right with me", "10 months"])
        #expect(reply.state == "mobility", "\(reply.state)")
    }

    @Test func theFatherToldAsHeIsKnown() throws {
        var (consultation, reply) = try DialogueFixtures.consultation("consultation", after: Self.toFather)
        try #require(reply.state == "father", "\(reply.state)")
        reply = consultation.answer("he's the baby's dad and does most of the night feeds")
        #expect(reply.findings.first { $0.id == .fatherUnknown }?.status == .absent)
        #expect(!reply.recommendations.map(\.id).contains("record-father"))
    }

    @Test func aFatherNeverMentionedAtTheSupportQuestionIsUnknownOnTheTurn() throws {
        var (consultation, reply) = try DialogueFixtures.consultation("consultation", after: Self.toSupport)
        try #require(reply.state == "support", "\(reply.state)")
        reply = consultation.answer("good support from her mum; dad has never been mentioned by mum and isn't on our system")
        #expect(reply.findings.first { $0.id == .fatherUnknown }?.status == .present)
        #expect(reply.recommendations.map(\.id).contains("record-father"))
    }
}
