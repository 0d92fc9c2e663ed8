import Testing

@testable import CurioCore

/// Held by the throat or spat at, told as done with its time gone by ("he had her by the throat
/// last night", "held her up by the neck two years ago", "he spat in her face at the weekend"): the
/// abuse told, whenever it was, though no danger now.
@Suite("Abuse held by the throat told as done")
struct AbuseHeldByTheThroatToldAsDoneTests {
    @Test(arguments: [
        "he had her by the throat last night",
        "two years ago he held mum by the throat against the door",
        "he spat in her face at the weekend",
    ])
    func isAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "he had her by the throat last night",
    ])
    func noDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
