import Testing

@testable import CurioCore

/// Violence told as going on since last night, this morning or since he got home ("since last night
/// he's been kicking off", "he's been smashing things since this morning"), with the baby there,
/// is violence now and immediate danger; a threat to come for the baby is one to take it. A
/// habit told since last year is no violence now.
@Suite("Violence going on since a time just gone by")
struct ViolenceGoingOnSinceTests {
    @Test(arguments: [
        "since this morning he's been kicking off and the baby is in her arms",
        "he's been smashing things since he got home and the baby's in the room",
        "her ex is at the window screaming that he's coming back for the baby",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "he's been kicking off since last year about money",
    ])
    func aHabitToldIsNoViolenceNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
