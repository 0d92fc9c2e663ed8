import Testing

@testable import CurioCore

/// A woman hit and then said to have black eyes ("he's battering her, she's had two black eyes
/// this month") is domestic abuse, no baby's bruise; told as going on now it is danger as well,
/// as the violence alone is. A black eye said of the baby stays the baby's bruise.
@Suite("Battered woman's black eyes")
struct BatteredWomansBlackEyesTests {
    @Test func goingOnNow() {
        let text = "He's battering her, she's had two black eyes this month."
        #expect(MatcherFixture.status(.bruising, in: text) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
    }
    @Test func toldAsPast() {
        let text = "He hit her last week, she had a black eye."
        #expect(MatcherFixture.status(.bruising, in: text) == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil)
    }
    @Test func theBabysBlackEyeStays() {
        #expect(MatcherFixture.status(.bruising, in: "He hit her last week, the baby had a black eye.") == .present)
    }
}
