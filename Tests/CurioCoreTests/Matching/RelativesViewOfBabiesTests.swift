import Testing

@testable import CurioCore

/// A relative's general view of babies ("his mum thinks newborns need a strict routine", "her
/// nan says babies should be left to cry") is advice or a belief, no concern raised about this
/// baby. A relative's report about this baby stays a family concern. A parent's belief that a
/// baby should know "who's boss" is naive even with its "should".
@Suite("Relative's view of babies")
struct RelativesViewOfBabiesTests {
    @Test(arguments: ["his mum thinks newborns need a strict routine", "her nan says babies should be left to cry"])
    func isNoFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["her mum says the baby is left crying for hours"])
    func aReportStaysAConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["mum says the baby needs to learn who's boss"])
    func whosBossIsNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }
}
