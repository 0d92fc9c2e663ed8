import Testing

@testable import CurioCore

/// A relative who only tells a fact (the help she gives, the baby she minds, the baby's
/// progress, the birth, a parent's happy childhood, a visit rearranged) raises no concern: the
/// broad report cue "{relative} ...5 {report}" read every such sentence as a family concern,
/// which brings a `high` recommendation. A worry told in the same words stays a concern.
@Suite("Relative telling a fact with no worry in it")
struct RelativeTellingAFactTests {
    @Test(arguments: [
        "grandma told me she pops round every day",
        "his nan says she lives next door and helps loads",
        "the aunt mentioned she is having the baby this weekend",
        "grandad said she has him every Saturday",
        "nan says the baby is feeding well and gaining",
        "grandad said he's sleeping through now",
        "MGM says the baby has started smiling.",
        "nan says the baby was born at home",
        "MGM phoned to rearrange the appointment",
        "her aunty texted to cancel tomorrows visit",
    ])
    func noConcernRaised(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "his nan said he had a lovely upbringing",
        "PGM told us dad had a good childhood",
    ])
    func happyChildhoodIsNoAdversityAndNoConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "nan says he's not feeding",
        "grandma says the baby is left in the cot all day",
        "nan said mum had a horrible childhood",
        "grandad texted, worried about the baby",
    ])
    func aWorryStillRaised(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["her ex texted that he's coming round to finish them off"])
    func aThreatTextedKeepsItsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
