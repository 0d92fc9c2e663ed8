import Testing

@testable import CurioCore

/// A relative sure of a harm or shocked at what she saw, the separated parent ringing a service
/// to allege, and a relative told of in a "who" clause before the call: the family raising a
/// concern. What she is sure of or saw keeps its own reading (an injury, neglect). Her
/// confidence in the parents, her surprise at how well they do, and the ex's call to the mother
/// herself raise none.
@Suite("Relative convinced, shocked or alleging")
struct RelativeConvincedShockedOrAllegingTests {
    @Test(arguments: [
        "grandad is adamant mum leaves him alone at night",
        "her aunt is convinced the boyfriend is rough with him",
        "PGM popped round and was appalled by the state of the kitchen",
        "her ex-partner rang the police saying she's drunk with the baby",
        "a relative who didnt want to be named rang the MASH",
        "his aunt who lives in Leeds phoned duty",
    ])
    func isFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["nan is convinced the baby is being hurt"])
    func theHarmKeepsItsOwnReading(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) != nil, "\(text)")
    }
    @Test(arguments: [
        "nan is convinced she'll be a brilliant mum",
        "grandad insists he is fine",
        "her sister was shocked at how well mum is doing",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["her ex rang her saying he'll kill her"])
    func exThreateningMumIsNoFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
