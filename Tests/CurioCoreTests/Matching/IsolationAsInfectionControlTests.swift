import Testing

@testable import CurioCore

/// Isolation for an infection (a side room, a ward cubicle, self-isolating with covid) is no want
/// of support; a mother kept isolated, or isolated on the estate, still is.
@Suite("Isolation as infection control")
struct IsolationAsInfectionControlTests {
    @Test(arguments: ["the newborn is being barrier nursed in a cubicle", "baby isolated in a side room on the children's ward", "they were self-isolating with covid last month"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["she is very isolated since moving to the area", "he keeps her isolated from her friends"])
    func isolationStays(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) != nil, "\(text)")
    }
}
