import Testing

@testable import CurioCore

/// A time gone by told first does not make what is going on now a past ("police took him on
/// Sunday but he's back and booting the door in", "he's been using since Saturday and he's
/// minding the baby"): danger now. The door kicked in told with its day, and use told as long
/// ago, stay the abuse or the misuse without danger.
@Suite("Danger now told after a time gone by")
struct DangerNowAfterATimeGoneByTests {
    @Test(arguments: [
        "police took him on sunday but he's back and booting the door in",
        "he's been using since saturday and he's minding the baby",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "he kicked the door in on sunday, he's at his brother's now",
    ])
    func pastStaysNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "he's been using since saturday and he's minding the baby",
    ])
    func theUseIsTold(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }
}
