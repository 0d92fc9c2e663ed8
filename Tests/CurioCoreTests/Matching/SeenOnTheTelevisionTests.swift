import Testing

@testable import CurioCore

/// What was shown on the television or the news ("on the telly there was a baby with a bruise
/// on his face", "on the news last night a baby was left alone in a car"): not this baby, no
/// finding. The television as a thing in the room ("on the tv stand") tells nothing.
@Suite("Seen on the television")
struct SeenOnTheTelevisionTests {
    @Test(arguments: ["on the telly there was a baby with a bruise on his face"])
    func aBruiseShownIsNone(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["on the news last night a baby was left alone in a car"])
    func aBabyLeftShownIsNone(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["the baby was on the tv stand when she fell and has a bruise on her head"])
    func theTelevisionInTheRoomTellsNothing(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}
