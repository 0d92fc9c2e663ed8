import Testing

@testable import CurioCore

/// A fight between people outside the household ("a fight between the neighbours next door",
/// "a row between two lads in the street") is not domestic abuse between the baby's carers: it
/// was read as abuse, and a referral followed. A fight between the parents stays abuse.
@Suite("Fight between neighbours")
struct FightBetweenNeighboursTests {
    @Test(arguments: [
        "there was a fight between neighbours next door last year", "a row between two lads in the street",
        "police came to a fight between the neighbours",
    ])
    func isNoAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["a fight between mum and dad", "a fight between mum and her partner", "they fight a lot"])
    func parentsFightingStaysAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
}
