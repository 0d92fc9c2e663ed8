import Testing

@testable import CurioCore

/// The baby found or seen lying in a place not moving ("found her lying in the cot not moving",
/// "I can see the baby through the window lying on the floor not moving"): danger, not the baby's
/// mobility. "Lying on her back not moving much" is still mobility.
@Suite("Baby lying still in a place")
struct BabyLyingStillInAPlaceTests {
    @Test(arguments: [
        "found her lying in the cot not moving",
        "the baby is lying on the floor not moving",
        "I can see him lying on the rug and he's not moving",
        "No answer at the door, and I can see the baby through the window lying on the floor not moving",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "found her lying in the cot not moving",
        "No answer at the door, and I can see the baby through the window lying on the floor not moving",
    ])
    func noMobility(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "she is lying on her back not moving much, 8 months old",
    ])
    func mobilityStays(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }
}
