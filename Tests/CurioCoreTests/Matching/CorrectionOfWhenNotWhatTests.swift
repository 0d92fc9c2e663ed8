import Testing

@testable import CurioCore

/// A correction of when, not of what ("it wasn't last night he hit her, it was last month"; "it
/// wasn't yesterday she was drinking, it was at the weekend"): the time is denied and the event
/// told, so the abuse or the drinking is present. A denial of the event itself ("he didn't hit
/// her last night, they just argued") still denies it.
@Suite("Correction of when, not what")
struct CorrectionOfWhenNotWhatTests {
    @Test(arguments: [
        "she rang back to correct herself: it wasn't last night he hit her, it was last month",
        "it wasn't yesterday he pushed her, it was last week",
        "sorry, it wasn't this morning he punched her, it was on Saturday",
        "it wasn't today he hit her, it was a fortnight ago",
    ])
    func abuseIsTold(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test func drinkingIsTold() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "it wasn't last night she was drinking, it was at the weekend") == .present)
    }

    @Test func denialOfTheEventStays() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "he didn't hit her last night, they just argued") == .absent)
    }
}
