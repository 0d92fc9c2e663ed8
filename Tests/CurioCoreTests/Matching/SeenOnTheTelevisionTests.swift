import Testing

@testable import CurioCore

/// What was shown on the television or the news ("on the telly there was a baby with a bruise
/// on his face", "on the news last night a baby was left alone in a car"): not this baby, no
/// finding; so is a programme watched ("we watched a programme about a baby with a broken arm").
/// The television as a thing in the room ("on the tv stand") tells nothing; an injury on "its"
/// ear is an animal's.
@Suite("Seen on the television")
struct SeenOnTheTelevisionTests {
    @Test(arguments: ["on the telly there was a baby with a bruise on his face", "I saw the show where the baby had a bruise on his arm"])
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

    @Test(arguments: ["We watched a programme about a baby with a broken arm", "the cat's got a bite on its ear"])
    func anInjuryShownOrAnAnimalsIsNone(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
}
