import Testing

@testable import CurioCore

/// A baby left alone with its day told first is neglect told ("on Monday she left him alone in
/// the house"), but with the carer still not back or not seen since ("yesterday she left her alone
/// in the flat and hasn't come back", "on Sunday he left the baby alone and no one has seen him
/// since") the baby may be alone still: danger now. The home smashed up now after a time told
/// first is danger too ("he was thrown out on Friday, now he's smashing the flat up").
@Suite("Left alone, the day told first, still not back")
struct LeftAloneTheDayToldFirstStillNotBackTests {
    @Test(arguments: [
        "yesterday she left her alone in the flat and hasn't come back",
        "on sunday he left the baby alone and no one has seen him since",
        "he was thrown out on friday, now he's smashing the flat up",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "on monday she left him alone in the house, it hasn't happened again",
    ])
    func toldAsOverIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
