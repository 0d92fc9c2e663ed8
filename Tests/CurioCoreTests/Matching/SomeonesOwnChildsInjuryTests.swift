import Testing

@testable import CurioCore

/// The "own" child of the neighbour, friend or relative who is speaking ("my neighbour told me
/// her own baby had a bruise from the cot bars", "her friend says his own son had a broken arm
/// at that age") is that person's child, not this baby. Without that person named just before
/// it, "her own baby" is this baby ("mum works at a nursery. her own baby has a bruise").
@Suite("Someone's own child's injury")
struct SomeonesOwnChildsInjuryTests {
    @Test(arguments: ["my neighbour told me her own baby had a bruise from the cot bars last year"])
    func othersBruiseIsSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["her friend says his own son had a broken arm at that age"])
    func othersInjuryIsSilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["mum works at a nursery. her own baby has a bruise on his ear", "nan saw bruises, her own baby never had any"])
    func thisBabysBruiseStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) != nil, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) != .absent, "\(text)")
    }
}
