import Testing

@testable import CurioCore

/// A baby being had, said now ("she's having a baby in the summer", "they're having twins"),
/// or the mother "halfway through the pregnancy", is a pregnancy: missed, the pre-birth advice
/// never came. A class or group for babies being gone to ("she's having a baby massage class")
/// is no pregnancy.
@Suite("Baby being had")
struct BabyBeingHadTests {
    @Test(arguments: [
        "she's having a baby in the summer", "they're having twins", "she is having a baby",
        "she's about halfway through the pregnancy",
    ])
    func isUnborn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["she's having a baby massage class", "she's having a baby group at hers", "she's having a hard time with the baby"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
}
