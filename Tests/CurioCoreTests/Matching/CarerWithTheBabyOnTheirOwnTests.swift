import Testing

@testable import CurioCore

/// A carer with the baby on their own ("mum was off her head with the baby on her own at the
/// weekend", "she's with the baby on her own at home") is the carer alone, not the baby: no
/// danger from the words alone; a carer impaired now and alone with the baby is danger by the
/// inference, and a baby on its own is danger as before.
@Suite("A carer with the baby on their own")
struct CarerWithTheBabyOnTheirOwnTests {
    @Test(arguments: [
        "mum was off her head with the baby on her own at the weekend, her nan has them now",
        "she's with the baby on her own at home most days",
    ])
    func carerAloneThenIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "the baby is on his own in the flat",
        "mum is off her head with the baby on her own at home",
    ])
    func babyAloneOrCarerImpairedNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
