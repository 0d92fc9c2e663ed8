import Testing

@testable import CurioCore

/// A baby expected to fix the parents' relationship or to be no trouble is a naive expectation; the baby
/// told as no trouble now ("the baby is no trouble at night") is an account, not an expectation.
@Suite("A baby to mend the couple or to be no trouble")
struct BabyToMendTheRelationshipTests {
    @Test(arguments: [
        "Dad thinks the baby will make their relationship better.",
        "She thought a baby would fix things between them.",
        "She expected the baby to be no trouble.",
    ])
    func naive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "The baby is no trouble at night.",
        "She is a breeze to look after.",
    ])
    func babyToldEasyNowIsNoExpectation(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == nil, "\(text)")
    }
}
