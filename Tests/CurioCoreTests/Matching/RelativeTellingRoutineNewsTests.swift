import Testing

@testable import CurioCore

/// A relative telling routine news raises no family concern: the baby's good feeding or
/// sleeping ("according to nan he's a really good feeder"), routine care ("grandad told me she
/// had her 12 week jabs"), a parent's job or home ("his aunt said mum's gone back to work"), a
/// worry only of a cold or teething, or a denial shared with the parents ("mum, dad and nan all
/// say there's been no falls"). A relative's worry of a bruise, or the father's name told (whose
/// words stay father.unknown's), keeps its reading.
@Suite("Relative telling routine news")
struct RelativeTellingRoutineNewsTests {
    @Test(arguments: [
        "according to her nan she's a brilliant sleeper",
        "grandad told me she had her 12 week jabs yesterday",
        "his aunt said mum's gone back to work three days a week",
        "grandma is worried he's teething",
        "mum, dad and nan all say there's been no falls",
    ])
    func noConcernRaised(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["grandma's worried the baby's got a bruise on his cheek"])
    func aWorryOfABruiseIsRaised(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["nan told me the baby's dad is called Jay and he's 22"])
    func fathersNameStillKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }
}
