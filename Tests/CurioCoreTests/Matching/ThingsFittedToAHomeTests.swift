import Testing

@testable import CurioCore

/// "Fitted" said of things put in a home (a sanctuary scheme, an alarm, locks) is no baby
/// fitting; a baby fitting, said of the baby, stays immediate danger.
@Suite("Things fitted to a home")
struct ThingsFittedToAHomeTests {
    @Test(arguments: [
        "sanctuary scheme fitted at the property last month",
        "the new smoke alarm was fitted yesterday",
        "extra locks were installed by the council",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["the baby was fitting on the floor", "mum says he's fitting, his arms are jerking"])
    func aBabyFittingIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
