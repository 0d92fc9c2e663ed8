import Testing

@testable import CurioCore

/// Fighting said to be going on now with the other words for now ("they're fighting at the
/// moment", "as we speak") or two words of a row together said now ("screaming and fighting
/// right now") is violence going on (`now.violence`): with the baby there, told in the same
/// answer or another, danger now. "Now and then" or "now and again" is how often, not now.
@Suite("Fighting going on now")
struct FightingGoingOnNowTests {
    static func violence(_ text: String) -> FindingStatus? {
        MatcherFixture.matcher.match(text).situations.first { $0.id == "now.violence" }?.status
    }

    @Test(arguments: [
        "they're screaming and fighting at the moment", "they are fighting at the moment",
        "mum and dad are shouting and fighting right now", "they're fighting as we speak",
    ])
    func isViolenceNow(text: String) {
        #expect(Self.violence(text) == .present, "\(text)")
    }

    @Test(arguments: [
        "they're screaming and fighting at the moment and the baby is in the room",
        "they are fighting as we speak, the baby is in the same room",
    ])
    func withTheBabyThereIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "they shout and fight now and then", "they are fighting now and again",
        "they were shouting and fighting now and then, the baby is in the room",
    ])
    func howOftenIsNotNow(text: String) {
        #expect(Self.violence(text) == nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
