import Testing

@testable import CurioCore

/// "FNK", a father never found out, and his whereabouts or paternity unknown in the past are
/// father.unknown; with a "may" before "unknown" it is possible.
@Suite("The father not known, in notes and in the past")
struct FatherNotKnownInNotesTests {
    @Test(arguments: [
        "FNK.",
        "We never found out who dad was.",
        "Paternity was unknown at birth.",
        "His whereabouts remain unknown.",
    ])
    func fatherUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Dad's whereabouts may be unknown.",
    ])
    func fatherMaybeUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .possible, "\(text)")
    }
}
