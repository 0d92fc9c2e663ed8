import Testing

@testable import CurioCore

/// A relative's word that a parent's habit is not there ("grandad told me dad doesn't drink") is a
/// reassurance, no family concern raised; a relative's worry stays one. A carer unable to stop the
/// crying ("mum couldn't stop him crying") is inconsolable crying, not a denial of it; a moment's
/// crying at the jabs is not.
@Suite("Relatives' reassurance and crying not stopped")
struct RelativesReassuranceAndCryingNotStoppedTests {
    @Test(arguments: ["her mum says there's no domestic violence", "grandad told me dad doesn't drink any more",
                      "nan said mum has never been depressed"])
    func reassuranceIsNoConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["nan says dad hits mum", "her sister says there's no food in the house"])
    func worryStaysAConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["mum couldn't stop her crying", "nobody can get him to stop screaming", "dad can't calm the crying",
                      "no one could stop him screaming"])
    func cryingNotStopped(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["couldn't stop him crying during his immunisations"])
    func jabsCryingStaysSilent(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == nil, "\(text)")
    }
}
