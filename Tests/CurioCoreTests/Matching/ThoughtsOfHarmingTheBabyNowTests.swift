import Testing

@testable import CurioCore

/// A carer's thoughts or urges now of harming the baby ("she has thoughts of harming the baby",
/// "keeps getting thoughts about dropping him") are her mental ill health and a possible danger
/// to assess now. Denied, the danger is absent; told as weeks past, no danger now.
@Suite("Thoughts of harming the baby now")
struct ThoughtsOfHarmingTheBabyNowTests {
    @Test(arguments: ["Mum says she has thoughts of harming the baby.", "She keeps getting thoughts about dropping him down the stairs."])
    func isPossibleDangerAndMentalHealth(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
    @Test func denied() {
        #expect(MatcherFixture.status(.immediateDanger, in: "She denies having thoughts of harming the baby.") == .absent)
    }
    @Test func pastIsNoDangerNow() {
        #expect(MatcherFixture.status(.immediateDanger, in: "She had thoughts of dropping him off the balcony weeks ago.") == nil)
    }
}
