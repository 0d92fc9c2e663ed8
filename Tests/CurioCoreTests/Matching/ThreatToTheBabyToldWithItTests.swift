import Testing

@testable import CurioCore

/// A threat to kill or hurt the baby is often told with "it" once the baby has been named
/// ("a baby screaming upstairs and a man yelling he'll kill it"), or on an "if" of the baby's
/// crying, reported ("she told me if the baby cries again she'll throttle it"): danger, whoever
/// hears it (a neighbour's report is possible, never nothing). An "it" that is no baby (a wasp,
/// a machine) stays silent.
@Suite("A threat to the baby told with it")
struct ThreatToTheBabyToldWithItTests {
    @Test(arguments: [
        "Neighbour says there's a baby crying upstairs and a man shouting he'll kill it",
        "the baby won't stop and her partner keeps saying he's going to drown it",
        "the newborn was screaming and he said he'd smother it",
        "dad has the baby and says he's going to hurt it",
        "the little one wouldn't settle and he said he was going to smother it",
        "She told me if the baby cries again tonight she'll throttle it",
        "a man shouting he's going to throw it out the window, baby screaming",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) != nil, "\(text)")
    }
    @Test(arguments: [
        "there's a wasp by the baby's cot and dad's gone to kill it",
        "She said the washing machine is so loud she'll smash it, baby is fine",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
