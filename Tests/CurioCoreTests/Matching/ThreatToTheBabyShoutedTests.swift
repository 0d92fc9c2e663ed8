import Testing

@testable import CurioCore

/// A threat to the baby heard as it is shouted: the baby called "it" ("there's a man shouting
/// he'll kill it"), the shout's place or listener before "that" ("shouting over the telly that
/// he'll kill the baby"), and the threat made if the crying does not stop. Danger now, 999;
/// heard by a neighbour or a passer-by it is second-hand, a possible danger. Only shouted,
/// screamed or threatened: "he said he'd kill it" may be a spider or a wasp, and stays silent.
@Suite("A threat to the baby, shouted")
struct ThreatToTheBabyShoutedTests {
    @Test(arguments: [
        "I can hear him through the wall, he's yelling he's going to strangle it",
        "the man upstairs threatened he'd murder it",
        "she keeps screaming she'll smother it if it doesn't stop crying",
        "he's bellowing down the stairs that he'll throw the baby",
        "she's screaming down the phone that she's going to hurt him",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: ["a passer-by heard a woman shouting she would kill it", "neighbour says he keeps shouting he'll batter it"])
    func heardByANeighbourIsPossible(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["he said he'd kill it, the spider was huge", "the wasp was in the kitchen and he said he'd kill it"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
