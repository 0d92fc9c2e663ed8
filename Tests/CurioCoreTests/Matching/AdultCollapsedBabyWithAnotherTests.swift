import Testing

@testable import CurioCore

/// An adult's collapse with the baby said fine and with another adult, in more words ("it's
/// grandad who collapsed, the baby's absolutely fine and with dad"): nobody out of it has the
/// baby, no danger. The baby alone with the one who collapsed, or said fine with no one else,
/// stays danger.
@Suite("Adult collapsed, baby with another")
struct AdultCollapsedBabyWithAnotherTests {
    @Test(arguments: [
        "it's nan who collapsed, the baby is completely fine and with mum",
        "grandad passed out at the table, the baby's perfectly safe and with her dad",
    ])
    func noDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["mum has collapsed, the baby is fine and with her", "dad collapsed, the baby is fine"])
    func stillDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
