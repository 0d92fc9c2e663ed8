import Testing

@testable import CurioCore

/// The baby said dirty with how often after the verb ("the baby is always dirty", "the baby is
/// often grubby when I visit") is neglect, as "the baby is dirty" is: it was missed, and the
/// referral with it. Said never so, it gives nothing.
@Suite("Baby often dirty")
struct BabyOftenDirtyTests {
    @Test(arguments: ["the baby is always dirty", "the baby is always dirty and smells", "the baby is often grubby when I visit"])
    func isNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["the baby is never dirty"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) != .present, "\(text)")
    }
}
