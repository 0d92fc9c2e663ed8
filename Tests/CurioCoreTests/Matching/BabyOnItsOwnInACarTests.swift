import Testing

@testable import CurioCore

/// A baby on its own in a car ("2 month old on her own in a locked car in this heat"): danger and
/// neglect; "on her own" is the baby's, no parent's isolation.
@Suite("Baby on its own in a car")
struct BabyOnItsOwnInACarTests {
    @Test(arguments: [
        "3 month old on her own in a locked car in the heat",
        "the baby's on his own in the car",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "3 month old on her own in a locked car in the heat",
        "4 month old on his own in a parked car outside the shop",
    ])
    func noIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
}
