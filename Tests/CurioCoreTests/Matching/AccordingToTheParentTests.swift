import Testing

@testable import CurioCore

/// "According to mum" (or dad, the parents) is the parent's own account, present as "mum says"
/// is, not a second-hand report; "according to" a relative or a neighbour stays second-hand.
@Suite("According to the parent")
struct AccordingToTheParentTests {
    @Test(arguments: [
        "according to mum, dad's not involved and she doesn't know where he is",
        "according to the mother she has no idea who the father is",
    ])
    func fatherUnknownIsPresent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["according to dad there's a bruise on her arm from the cot"])
    func parentsAccountOfABruiseIsPresent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["according to her nan there's a bruise on her arm", "according to the neighbour he has a bruise on his face"])
    func othersAccountStaysPossible(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
}
