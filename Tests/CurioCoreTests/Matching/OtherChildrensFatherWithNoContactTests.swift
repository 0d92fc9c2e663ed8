import Testing

@testable import CurioCore

/// The father of the older children with no contact ("mum's ex, the older child's dad, has no
/// contact") says nothing of this baby's father: it was read as the baby's father unknown, a
/// negation error beside "the baby's dad lives with them". The baby's own father with no contact
/// stays unknown.
@Suite("Other children's father with no contact")
struct OtherChildrensFatherWithNoContactTests {
    @Test(arguments: ["Mum's ex, the older child's dad, has no contact; the baby's dad lives with them and does the nursery run.", "the older two's dad has no contact, baby's dad is Sam and he's around every day"])
    func babysFatherStaysKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["her eldest's father has no involvement", "the other children's dad has no contact", "older kids' dad has no contact with them"])
    func otherFatherGivesNothing(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["dad has no contact", "baby's dad has no contact"])
    func babysFatherWithNoContactStays(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
}
