import Testing

@testable import CurioCore

/// The ways a relative raises it beyond a call: a voicemail or message left, the messaging
/// apps' verbs, an anonymous referral made by a relative, a relative at the desk worried. A
/// routine message and a relative who came in with the baby stay silent.
@Suite("Relative's message, app or anonymous referral")
struct RelativesMessagesAndReferralsTests {
    @Test(arguments: [
        "MGM left a voicemail, very worried about the baby",
        "the babys aunt left a message on the duty line concerned about mum's drinking",
        "nan WhatsApped the health visitor worried about a mark on his leg",
        "her cousin inboxed me on facebook worried about the baby",
        "a family member has made an anonymous referral",
        "his uncle put in an anonymous report about the baby",
        "MGM came to the front desk asking to speak to someone about the baby, shes worried",
    ])
    func isFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "grandad texted to rearrange the visit",
        "nan came into clinic with mum and the baby",
    ])
    func routineStaysSilent(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
}
