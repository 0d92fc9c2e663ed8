import Testing

@testable import CurioCore

/// A relative told of first, then her worry said with a pronoun after "but", "and" or a comma
/// ("aunty helps out but she's worried about how mum is with the baby"): the relative's worry,
/// raised. Her worry about her own health, said the same way, is none.
@Suite("Relative's worry told after a clause about her")
struct RelativesWorryAfterAClauseTests {
    @Test(arguments: [
        "aunty says she helps out but shes worried about how mum is with the baby",
        "nan has the baby on tuesdays and she is concerned he comes back hungry",
        "grandad lives round the corner, he's worried about the baby",
        "mums sister has the baby on fridays, shes concerned baby is always hungry",
    ])
    func isFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "her sister lives nearby, she's worried about her own health",
        "grandad lives with them and he is worried about his own job",
        "nan pops in most days, she is worried about her own hip",
    ])
    func ownWorriesStaySilent(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
}
