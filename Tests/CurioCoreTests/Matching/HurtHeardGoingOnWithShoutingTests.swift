import Testing

@testable import CurioCore

/// A caller hearing or seeing the baby hurt as they speak, with the carer shouting at "her" (the
/// baby) in the same breath, is danger now as well as an injury: "shaking" reads like "shook",
/// so the perception verb tells the time. The act told as done stays an injury only.
@Suite("Hurt heard going on, with shouting")
struct HurtHeardGoingOnWithShoutingTests {
    @Test(arguments: [
        "I can hear him hitting the baby and yelling at her through the ceiling",
        "I can see dad shaking the baby and shouting at her in the garden",
        "we can hear her boyfriend shaking the baby and screaming at her next door",
    ])
    func isDangerAndInjury(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["he hit the baby and shouted at her, mum told me on Monday"])
    func doneIsAnInjuryOnly(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
}
