import Testing

@testable import CurioCore

/// An older child named as the subject ("her toddler cries a lot", "his older boy screams all
/// day"): that child's crying, not this baby's. The baby's own crying told after it, or before
/// it, is still found.
@Suite("An older child's crying")
struct AnOlderChildsCryingTests {
    @Test(arguments: ["her toddler screams a lot at bedtime", "their eldest cries all day at nursery"])
    func olderChildsCryingGivesNothing(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "her toddler is fine but the baby screams for hours and can't be settled",
        "he cries all day, her toddler is fine",
    ])
    func babysCryingStays(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .present, "\(text)")
    }
}
