import Testing

@testable import CurioCore

/// "Grandad can't read or write" is the grandfather's, not a parental learning difficulty (the words
/// "read"/"write" made a report trigger that took the relative from the experiencer); the parent's
/// own stays.
@Suite("A relative who cannot read or write")
struct RelativeWhoCannotReadTests {
    @Test(arguments: [
        "Grandad can't read or write.",
        "Her sister cannot write.",
    ])
    func relatives(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Mum can't read or write.",
        "She can't read or write, her sister helps.",
    ])
    func parents(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
    }
}
