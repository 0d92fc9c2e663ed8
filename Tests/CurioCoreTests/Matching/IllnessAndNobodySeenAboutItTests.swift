import Testing

@testable import CurioCore

/// A named mental illness and the parent refusing to see or speak to anyone about it
/// ("hearing voices and refuses to see anyone") is untreated ill health (untreated-mental-health),
/// as "refuses help" is. Refusing to see someone without an illness named, or agreeing to see
/// someone, stays silent.
@Suite("Illness and nobody seen about it")
struct IllnessAndNobodySeenAboutItTests {
    @Test(arguments: [
        "She has been very paranoid and refuses to see anybody.",
        "Dad has bad anxiety and won't talk to anyone about it.",
        "Mum self-harms and refuses to speak to someone.",
        "Mum has PND and refuses to see a doctor.",
    ])
    func isUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Mum refuses to see anyone from the family.",
        "She has anxiety and is seeing someone weekly.",
        "Mum was depressed but agreed to see someone.",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }
}
