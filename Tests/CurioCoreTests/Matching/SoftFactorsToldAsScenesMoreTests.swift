import Testing

@testable import CurioCore

/// More soft factors told as scenes: put to sleep for the section (traumatic birth); friends
/// no longer seen (isolation) and friends close by (not isolated); a baby "being naughty" and
/// cuddling believed to stop a baby learning to settle (naive). A baby's later operation, and
/// advice that a held baby still learns to settle, are none.
@Suite("Soft factors told as scenes, more")
struct SoftFactorsToldAsScenesMoreTests {
    @Test(arguments: ["she had to be put to sleep for the caesarean", "raced into theatre and the baby was out in minutes"])
    func isTraumaticBirth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["he was rushed to theatre for his hernia"])
    func aLaterOperationIsNoBirth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["she isn't allowed to see her friends any more", "mum has stopped seeing her mates since he moved in"])
    func isIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she has a good group of mum friends nearby"])
    func friendsCloseByAreNoIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["he reckons she's being naughty when she won't settle", "mum says if you hold her all the time she won't learn to self settle"])
    func isNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["I explained that if she holds him he will still learn to settle"])
    func adviceStaysSilent(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == nil, "\(text)")
    }
}
