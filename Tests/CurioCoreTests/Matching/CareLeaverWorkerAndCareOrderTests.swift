import Testing

@testable import CurioCore

/// A leaving-care PA or worker, or a care order told of the parent, is care history; a care
/// order on the baby now is not.
@Suite("A leaving-care worker and the parent's care order")
struct CareLeaverWorkerAndCareOrderTests {
    @Test(arguments: [
        "Father has a leaving care PA.",
        "Her leaving care worker is supporting her.",
        "She was under a care order till 16.",
    ])
    func careHistory(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "The baby is under an interim care order.",
    ])
    func babysCareOrderGivesNothing(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
    }
}
