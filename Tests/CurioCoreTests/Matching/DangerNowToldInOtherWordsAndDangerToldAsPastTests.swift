import Testing

@testable import CurioCore

/// Danger now told in a duty desk's everyday words: a carer impaired ("tonight she's hammered",
/// "been on the cans since lunchtime") with the baby in their hands ("he's kept the baby",
/// "trying to bath him", "he's had the baby all afternoon"); violence just done with the one
/// still there ("he's just thrown a mug at her"); shouting at the baby heard now; left alone since
/// a day gone by. Against it, danger told as past (a time gone by just after the leaving: neglect,
/// not danger now), questions of practice ("would you normally refer...", "do we call the police
/// if...") and figures of speech or another household's baby: no danger.
@Suite("Danger now in other words, danger told as past")
struct DangerNowToldInOtherWordsAndDangerToldAsPastTests {
    @Test(arguments: [
        "dad's off his face and he's kept the baby after throwing mum out",
        "mum's drunk now and trying to bath him",
        "he's had the baby all afternoon and he's been on the cans since lunchtime",
        "tonight she's hammered and she's the only one with the baby",
        "he's just thrown a mug at her and he's still there with the baby in his arms",
        "I can hear dad screaming at the baby to shut up",
        "he punched her on monday and he's doing it again now, the baby's in the room",
        "he's just come in off his face and grabbed the baby",
        "dad's kicking off and he's got the baby in the car",
        "she's alone with him right now and she's been on the gear since this morning",
        "would you believe it, she's turned up hammered and taken the baby",
        "cant speak hes in the kitchen hes got the baby and hes off his head",
        "no she's safe - wait, he's just come back and he's kicking off and the baby's down there with him",
    ])
    func isEmergency(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A baby alone now, its carer gone out on a day gone by told after it: danger still (the day
    /// gone by reaches only the few words just before it).
    @Test func aloneNowWithTheCarerGoneOutYesterdayIsDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby's on her own in the house, dad went out yesterday and hasn't come back") == .present)
    }

    /// Left alone since a day gone by is alone still: danger and neglect.
    @Test func leftAloneSinceADayGoneByIsDanger() {
        let text = "she's been left on her own in the flat since friday"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
        #expect(MatcherFixture.status(.neglect, in: text) == .present)
    }

    /// A baby left alone with a time gone by just after: neglect, no danger now.
    @Test(arguments: [
        "mum left the baby alone in the flat a couple of weeks ago, he's fine now",
        "the baby was left alone in the car at the weekend while dad went in the bookies",
    ])
    func leftAloneToldAsPastIsNeglectOnly(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Questions of practice, a joke, another household's baby, a habit: no danger, no bruise.
    @Test(arguments: [
        "would you normally refer a mark on a 3 month old?",
        "do we call the police if he comes back?",
        "is it a police matter if someone threatens a baby online?",
        "she joked she could throttle him when he wouldn't settle",
        "her friend's boyfriend threatened to kill their baby",
        "he's screaming at the baby every night",
        "would you see a threat from two years ago as a risk now?",
        "a couple of weeks back he left her in the car while he went in the bookies",
    ])
    func lookAlikesGiveNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }
}
