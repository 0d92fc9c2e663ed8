import Testing

@testable import CurioCore

/// Bare weeks of a pregnancy said of "she" with what no baby does ("she's 29 weeks and drinking",
/// "she's 31 wks and using cannabis daily", "she's 26 weeks and still smoking", "she's 33 weeks and
/// scared of the birth"): "she" is the mother, so a pregnancy (and her drinking or drugs are
/// substance misuse). A baby of those weeks drinking her bottles is a feed, no pregnancy.
@Suite("Gestation weeks of she with what no baby does")
struct GestationWeeksOfSheWithWhatNoBabyDoesTests {
    @Test(arguments: [
        "she's 29 weeks and drinking",
        "she's 31 wks and using cannabis daily",
        "she's 26 weeks and still smoking",
        "she's 33 weeks and scared of the birth",
        "she's 30 weeks and drinking a bottle of wine a day",
    ])
    func isAPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she's 29 weeks and drinking", "she's 31 wks and using cannabis daily"])
    func keepsTheSubstanceMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "she's 28 weeks and drinking her bottles fine",
        "she's 28 weeks and drinking well from the bottle",
    ])
    func aFeedIsNoPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
}
