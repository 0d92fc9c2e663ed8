import Testing

@testable import CurioCore

/// A separated father or an ex who rang or came in, the worry told next as his ("dad's separated
/// from mum and rang us, he's worried her new fella is rough with the baby"): the family raising
/// a concern. A worry about his own plans is none.
@Suite("The other parent rang with a worry")
struct OtherParentRangWithAWorryTests {
    @Test(arguments: [
        "Dad lives apart from mum and rang us, he's worried her new partner is rough with the baby",
        "Her ex rang in, he's concerned the baby is left alone a lot",
        "the baby's father phoned the HV and is worried about mum",
    ])
    func isFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "dad rang, he's worried he'll be late for the appointment",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
}
