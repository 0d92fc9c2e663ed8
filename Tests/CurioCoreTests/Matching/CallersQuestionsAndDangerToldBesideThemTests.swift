import Testing

@testable import CurioCore

/// A caller's questions of practice or of what may happen ("would a small bruise on the arm of
/// a 3 month old need a referral?", "should I ring 999 if he turns up?") give no finding; a
/// question that carries what is happening now ("should I call an ambulance, she's not
/// breathing", "do I ring the police - he's drunk and he's got the baby", "should I ring 999?
/// he's got the baby...") keeps its danger, whatever the "should" before it.
@Suite("Callers' questions, and danger told beside them")
struct CallersQuestionsAndDangerToldBesideThemTests {
    @Test(arguments: [
        "would a small bruise on the arm of a 3 month old need a referral?",
        "does a mark on a baby's cheek always mean a referral?",
        "should I ring 999 if he turns up at the house?",
        "do we call the police if dad comes round again?",
        "supposing the baby's left on her own all night, what then?",
        "hypothetically, if dad turned up drunk, would that be a 999 call?",
        "my colleague had a case where the baby was left alone for a day",
    ])
    func questionsGiveNoFinding(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "should I call an ambulance, she's not breathing",
        "do I ring the police - he's drunk and he's got the baby",
        "should I ring 999? he's got the baby and says he'll throw her out the window",
        "is it 999? dad's just hit the baby and he's still here",
        "what should I do, he's on his own with her and he's off his head",
        "can you help, she's been on the vodka all day and she's got the baby on her own",
        "I suppose he's drunk and he's got the baby",
    ])
    func aQuestionCarryingDangerNowIsEmergency(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }
}
