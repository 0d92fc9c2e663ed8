import Testing

@testable import CurioCore

/// Danger and neglect told by a caller as a scene: the mother attacked just now, told in the
/// passive, with the baby there ("his partner's just been attacked, the baby's in the kitchen");
/// a baby shut in a car in the heat, with the windows up, or left there for hours; a sore from
/// never being changed. A journey in the car, an attack told long ago, and an animal's bedding
/// not changed stay as they were.
@Suite("Callers' scenes of danger and neglect")
struct CallersScenesOfDangerAndNeglectTests {
    @Test(arguments: ["his partner's just been attacked, the baby's in the kitchen", "she's been glassed and the little one is in the flat"])
    func anAttackNowWithTheBabyThereIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: ["he's been locked in the van for over an hour", "the toddler's been sat in the car with the windows shut"])
    func shutInACarIsDangerAndNeglect(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["her bum is red raw because she's hardly ever changed"])
    func aSoreFromNeverBeingChangedIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["the baby was in the car for hours driving up to Scotland", "she was battered by her ex years ago"])
    func noDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["the hamster's bedding hasn't been changed for a week"])
    func anAnimalsThingsAreNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
