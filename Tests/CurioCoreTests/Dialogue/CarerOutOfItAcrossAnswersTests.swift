import Testing

@testable import CurioCore

/// A class a probe of whole consultations found (probe BL, BLC011): a carer out of it now, told
/// by a sign of it ("keeps nodding off" after a drug named before it), with the baby in that
/// carer's sole care, gives the 999 call on the turn its facts are complete: in the one answer
/// to the danger question, or over two answers in a consultation. Feeds made wrongly, told as
/// the concern, refer on that turn with no 999. Sentences written for the class.
@Suite("A carer out of it across answers")
struct CarerOutOfItAcrossAnswersTests {
    @Test func aCarerNoddingOffAloneWithTheBabyInOneAnswer() throws {
        let (_, reply) = try DialogueFixtures.consultation(
            "duty-triage", after: ["Yes - dad's been smoking spice and keeps nodding off, and he's got the 5 week old on his own"])
        let ids = reply.recommendations.map(\.id)
        #expect(ids.contains("emergency-services"), "\(ids)")
        #expect(ids.contains("refer-csc"), "\(ids)")
    }

    @Test func aCarerNoddingOffThenAloneWithTheBabyOverTwoAnswers() throws {
        var (consultation, reply) = try DialogueFixtures.consultation(
            "consultation", after: ["No", "Duty social worker", "Dad's been using heroin and keeps nodding off."])
        var ids = reply.recommendations.map(\.id)
        #expect(!ids.contains("emergency-services"), "\(ids)")
        #expect(ids.contains("refer-csc"), "\(ids)")
        try #require(reply.state == "age", "\(reply.state)")
        reply = consultation.answer("He has the 6 week old by himself tonight.")
        ids = reply.recommendations.map(\.id)
        #expect(ids.contains("emergency-services"), "\(ids)")
    }

    @Test func feedsMadeWronglyReferWithoutNineNineNine() throws {
        let (_, reply) = try DialogueFixtures.consultation(
            "consultation", after: ["No", "Health visitor", "Mum has been making the formula up with extra water so the tin lasts longer."])
        let ids = reply.recommendations.map(\.id)
        #expect(ids.contains("refer-csc"), "\(ids)")
        #expect(!ids.contains("emergency-services"), "\(ids)")
    }
}
