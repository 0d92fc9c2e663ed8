import Testing

@testable import CurioCore

/// "She was groomed at 14" is her adverse childhood; "dad's mum made the referral" is a family
/// concern; "carrying her third child" is a pregnancy; needing everything explained simply is a
/// possible learning need.
@Suite("Grooming in the parent's youth, a referral by a parent's relative, a pregnancy carried")
struct GroomingReferralsThroughAParentAndCarryingTests {
    @Test(arguments: [
        "She was groomed at 14.",
        "She is a survivor of CSE.",
    ])
    func groomed(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Dad's mum made the referral.",
        "Mum's sister made the call.",
    ])
    func referral(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "She's carrying her third child.",
    ])
    func carrying(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "She needs everything explained very simply.",
    ])
    func explainedSimply(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .possible, "\(text)")
    }
}
