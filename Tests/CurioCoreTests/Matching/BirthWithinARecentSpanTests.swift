import Testing

@testable import CurioCore

/// A birth told as within a recent span ("born in the last fortnight", "delivered within the
/// past week", "born in the last month") gives the baby an age (the span's middle): under 6
/// months either way, so a bruise told with it, before or after, reaches the bruising protocol
/// on that turn. A span with no birth is no age.
@Suite("Birth within a recent span")
struct BirthWithinARecentSpanTests {
    @Test(arguments: [
        ("he was born in the last fortnight", 1.0), ("she was born within the past week", 0.5),
        ("born within the last month", 2.0), ("baby born in the past fortnight, small bruise on cheek", 1.0),
    ])
    func givesAnAge(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    @Test(arguments: ["the meeting was in the last fortnight", "she has been low in the last week"])
    func aSpanWithNoBirthIsNoAge(text: String) {
        MatcherFixture.expectAge(text, is: nil)
    }
}
