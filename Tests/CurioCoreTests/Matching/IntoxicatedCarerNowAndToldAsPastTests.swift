import Testing

@testable import CurioCore

/// A carer intoxicated with the baby told as past, with the baby with another carer now ("last
/// night she was drunk in charge of the baby, nan's got him today"): substance misuse, no danger
/// now. Told as now in other words ("out of it on the sofa with the baby next to her", "smoked
/// loads of weed and he's asleep with the baby on his chest", "pissed and won't let mum take
/// the baby off him"): danger now. A leaving in the bath with its day first is neglect.
@Suite("Intoxicated carer now, and told as past")
struct IntoxicatedCarerNowAndToldAsPastTests {
    @Test(arguments: [
        "on saturday he was wasted in charge of the baby, his nan's got her today",
        "the other day the baby was left on his own in the bath, he's fine",
    ])
    func toldAsPastIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Smashed while in charge of the baby, told as done: substance misuse (not a breakage).
    @Test func smashedWhileInChargeIsSubstanceMisuse() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "mum was hammered while she was looking after him at new year") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "the window was smashed while he had the baby in the car") == nil)
    }

    @Test(arguments: [
        "dad's out of it on the settee with the baby next to him",
        "she's had a bottle of wine and she's asleep with the baby in the bed",
        "he's steaming and won't let her take the baby off him",
        "she's wasted and she's feeding him on her own",
        "he's swaying about and nearly dropped the baby twice",
        "he refuses to put her down and he's raging at mum",
        "mum's just downed half a bottle of gin and she's putting him to bed",
        "she's hiding in the bathroom and he's in the kitchen with the baby going mental",
        "he's chucking things around and the baby's in his cot in the same room",
    ])
    func toldAsNowIsEmergency(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }
}
