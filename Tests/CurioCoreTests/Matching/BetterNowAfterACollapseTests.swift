import Testing

@testable import CurioCore

/// A collapse told with the baby "better now" and nobody having seen him ("the baby went blue
/// and floppy, he's better now") is still danger: minutes after a collapse, "better" is the
/// carer's word, not a clinician's. gf's reading of an emergency as over by "better now" took
/// it; "better" now ends an emergency only after the baby was seen ("seen at A&E, and is better
/// now"), while "fine now", "recovered" and a cause found ("found to be reflux") end it as before.
@Suite("Better now after a collapse")
struct BetterNowAfterACollapseTests {
    @Test(arguments: ["the baby went blue and floppy, he's better now", "he stopped breathing, he's much better now"])
    func betterNowIsStillDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: [
        "floppy with a temperature on Monday, seen at A&E, and is better now",
        "went blue once at 2 days old, found to be reflux, no further episodes", "she went blue but she's fine now",
    ])
    func seenOrFineIsOver(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
