import Testing

@testable import CurioCore

/// The baby said to be unmarked ("the baby herself is unmarked") is no bruise: absent. A bruise
/// told beside it stays present.
@Suite("Baby unmarked")
struct BabyUnmarkedTests {
    @Test func isAbsent() {
        #expect(MatcherFixture.status(.bruising, in: "His sister came home with a bruised knee; the baby herself is unmarked.") == .absent)
    }
    @Test(arguments: ["the baby is unmarked apart from a bruise on his ear", "he's otherwise unmarked, bruise on left cheek"])
    func aBruiseBesideItStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}
