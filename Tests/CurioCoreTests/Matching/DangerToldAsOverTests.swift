import Testing

@testable import CurioCore

/// Violence or a threat told as earlier, with its end said straight after ("he was smashing the
/// place up earlier, I'm at my mum's now", "he was threatening to kill the baby earlier, police
/// have taken him"): the abuse, no danger now. Without the end, or with an end that is none
/// ("released and on his way back"), the danger stays.
@Suite("Danger told as over")
struct DangerToldAsOverTests {
    @Test(arguments: [
        "he was smashing the house up earlier, we're at my mum's now",
        "he was threatening to kill the baby earlier, police have taken him away",
    ])
    func isAbuseNotDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "he was smashing the house up earlier, we're at my mum's now",
        "he was threatening to kill the baby earlier, police have taken him away",
    ])
    func theAbuseIsTold(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "he was smashing the place up earlier",
        "he was threatening to kill the baby earlier, police took him but he's been released and is on his way back",
    ])
    func stillDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
