import Testing

@testable import CurioCore

/// The mother's crying told in a run of her own states ("she's so low, she's crying all day",
/// "feels hopeless, crying all the time"): her mental ill health, not the baby's inconsolable
/// crying. The baby's crying told beside her state ("she's not coping, he's crying all the
/// time") stays the baby's.
@Suite("Mother's crying in a run of her states")
struct MothersCryingInARunOfHerStatesTests {
    @Test(arguments: ["mum is so low, she's crying all day", "feels hopeless, crying all the time"])
    func isMothersIllHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["she's not coping, he's crying all the time", "mum is exhausted and the baby is crying all day"])
    func babysCryingStays(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .present, "\(text)")
    }
}
