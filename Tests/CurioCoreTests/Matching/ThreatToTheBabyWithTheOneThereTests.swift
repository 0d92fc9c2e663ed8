import Testing

@testable import CurioCore

/// A threat to harm the baby, told now or before, reported or quoted ("he said he'd hurt her if
/// she didn't stop crying", "if she doesn't shut up he'll shut her up", "he threatened the baby
/// last month"), with the one who made it there with the baby now ("he's on his own with her
/// now", "he's got her now", "he's just turned up again"): danger now, 999 (the situation
/// now.threat_to_baby and the inference in recommendations.yaml). A threat with its maker gone,
/// or a question about threats, gives no 999.
@Suite("Threat to the baby with the one who made it there now")
struct ThreatToTheBabyWithTheOneThereTests {
    @Test(arguments: [
        "he keeps saying if she doesn't stop screaming he'll shut her up, and he's got her now",
        "dad threatened the baby on sunday and he's just turned up again",
        "she told me if the baby doesn't stop crying she'll smother him, and she's alone with him",
        "he's shouting that he'll throw the baby out the window and he's got her in his arms",
        "she's standing over the moses basket saying she'll smother him",
        "he told her 'if you don't shut that baby up I will' and he's got her now",
        "mum told me if he doesn't stop screaming she's going to shake him. she's on her own with him now",
    ])
    func isEmergency(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: [
        "a month ago he said he'd shut the baby up, he's in prison now and mum has the baby",
        "what would you do if a dad threatened the baby?",
        "he's never threatened the baby and he's at work",
        "he's got her now, he always says he'll throw her up in the air and she giggles",
    ])
    func threatWithNoOneThereIsNoEmergency(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A fit going on again now after one told with its time: danger now.
    @Test func aFitAgainNowIsDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "she had a fit last month and she's fitting again now") == .present)
    }
}
