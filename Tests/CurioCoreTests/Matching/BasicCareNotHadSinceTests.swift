import Testing

@testable import CurioCore

/// A baby without a nappy change, a wash or a feed since a time ("he hasn't had a nappy change
/// since last night", "not had a clean nappy all day"): basic needs unmet, neglect.
@Suite("Basic care not had since a time")
struct BasicCareNotHadSinceTests {
    @Test(arguments: [
        "he hasn't had a nappy change since last night",
        "she's not had a clean nappy all day",
    ])
    func isNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
}
