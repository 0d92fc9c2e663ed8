import Testing

@testable import CurioCore

/// One limb called floppy ("his leg is just floppy and he cries when I touch it") is a limb
/// injury, not the baby collapsing: another injury, no 999. The baby floppy all over stays
/// danger. A threat shouted at an animal ("he's screaming at the cat that he'll kill it")
/// threatens no baby.
@Suite("One limb floppy, and threats at animals")
struct OneLimbFloppyAndThreatsAtAnimalsTests {
    @Test(arguments: ["his leg is just floppy and he cries when I touch it"])
    func aFloppyLimbIsAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["his arms and legs are all floppy"])
    func theBabyFloppyIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["he's screaming at the cat that he'll kill it"])
    func aThreatAtAnAnimalStaysSilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
