import Testing

@testable import CurioCore

/// A parent's denial, then after a comma a relative telling otherwise ("mum says no marks, nan
/// says there's a bruise on his thigh"): a new voice, not another item of the list the parent
/// denied. The relative raising it is a family concern (present, not absent), and what the
/// relative tells stays second-hand (possible). A parent's own denial that nobody contradicts
/// stays absent.
@Suite("Another voice after a denial")
struct AnotherVoiceAfterADenialTests {
    @Test(arguments: [
        "mum says there are no bruises, his nan says she saw one on his leg",
        "dad said no marks at all, her aunt says there's a bruise under her chin",
        "mum denies any marks; her mum says there's a bruise on his arm",
        "according to mum no bruising, according to her sister there's a bruise on her back",
    ])
    func relativeRaisesItAndTheBruiseIsPossible(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["she told me no injuries, his grandad reckons there's a burn on his hand"])
    func relativesInjuryIsPossible(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["mum says there are no bruises, dad says there's one on his leg"])
    func otherParentsAccountIsPresent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["mum says no marks and nan agrees there's nothing"])
    func agreedDenialStaysAbsent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["she's drinking again, according to her sister"])
    func sourceAfterTheFactStaysSecondHand(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }
}
