import Testing

@testable import CurioCore

/// In a run-on account, a belief told after "and" ("...and babies only cry if something's wrong")
/// is a naive expectation; a man living in the home that services have "nothing on" is a father
/// or male carer unknown.
@Suite("Naive belief and unknown man in a run-on")
struct NaiveBeliefAndUnknownManInARunOnTests {
    @Test func naiveBelief() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "She's read loads online and babies only cry if something's wrong.") == .present)
    }
    @Test(arguments: ["Mum's new boyfriend is staying there and we've got nothing on him.", "New partner living there, no info on him."])
    func unknownMan(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
}
