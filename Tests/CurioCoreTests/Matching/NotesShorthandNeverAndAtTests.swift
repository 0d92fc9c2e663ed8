import Testing

@testable import CurioCore

/// Notes' shorthand: "nvr" is "never" ("v low in preg, nvr saw GP re it": untreated, not the
/// treatment "saw GP" alone), and "@" is "at" ("EMCS @ 34/40": a gestation at the birth, the
/// baby born, not a pregnancy now).
@Suite("Notes shorthand: never and at")
struct NotesShorthandNeverAndAtTests {
    @Test(arguments: ["anxious all thru, nvr saw GP about it"])
    func nvrIsNever(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["EMCS @ 33/40, baby on NNU"])
    func atIsAtTheBirth(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) != .present, "\(text)")
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }
}
