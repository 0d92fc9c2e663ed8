import CurioCore
import Testing

@Suite("Scope ends at contrast and clause boundaries")
struct ScopeTests {
    @Test func contrastEndsNegation() {
        #expect(MatcherFixture.status(.bruising, in: "No bruises on his legs, however there is a blue mark on his back.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "Nothing on the skeletal survey apart from a healing fracture.") == .present)
    }

    @Test func negationRunsThroughAList() {
        let result = MatcherFixture.matcher.match("No bruising, swelling or burns seen.")
        #expect(result.status(of: .bruising) == .absent)
        #expect(result.status(of: .otherInjury) == .absent)
    }

    @Test func newClauseEndsNegation() {
        let result = MatcherFixture.matcher.match("No drugs in the home, and mum is very low.")
        #expect(result.status(of: .substanceMisuse) == .absent)
        #expect(result.status(of: .mentalHealth) == .present)
    }

    @Test func sentenceEndsNegation() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "No concerns at school. He punched her last week.") == .present)
    }

    @Test func severalFindingsEachOnce() {
        let result = MatcherFixture.matcher.match("Bruise on her cheek and another bruise on her arm, mum has PND.")
        #expect(result.findings.filter { $0.id == .bruising }.count == 1)
        #expect(result.status(of: .mentalHealth) == .present)
    }
}
