import Testing

@testable import CurioCore

/// Advice to use easy-read material on a condition ("use easy-read leaflets if there are any
/// literacy problems") is no one's learning difficulty; easy-read letters sent to a parent are.
@Suite("Easy-read advice on a condition")
struct EasyReadAdviceOnAConditionTests {
    @Test(arguments: ["consider easy read information if either parent struggles", "offer easy-read letters where needed"])
    func adviceIsSilent(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["all her letters are sent in easy read"])
    func hersStays(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
    }
}
