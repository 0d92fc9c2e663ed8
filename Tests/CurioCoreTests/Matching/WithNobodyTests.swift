import Testing

@testable import CurioCore

/// "With nobody" said of the parent ("a care leaver with nobody", "she's a young mum with no one
/// around") is isolation; said of the baby in the passive ("the baby was left with nobody", "the
/// twins have been left with no one") it is a baby alone: danger and neglect, no isolation. A
/// mother's crying told with her temper ("crying a lot and snapping at everyone") is her mood to
/// ask about, not the baby's crying.
@Suite("With nobody")
struct WithNobodyTests {
    @Test(arguments: ["she's a care leaver with nobody", "a young mum with no one around"])
    func parentWithNobodyIsIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the baby was left with nobody", "the twins have been left with no one"])
    func babyLeftWithNobodyIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["mum has been crying a lot and snapping at her partner"])
    func mothersCryingIsHerMood(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == nil, "\(text)")
    }
}
