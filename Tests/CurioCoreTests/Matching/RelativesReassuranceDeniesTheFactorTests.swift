import Testing

@testable import CurioCore

/// A relative's or the other parent's word that a parent factor is not there ("nan says mum's
/// not depressed, just tired", "according to his mum, dad has never been violent", "dad says mum
/// doesn't take drugs") denies the factor and raises no family concern. A worry told in the same
/// words ("nan says mum's not coping", "dad says mum doesn't feed him") stays a concern.
@Suite("Relative's reassurance denies the factor")
struct RelativesReassuranceDeniesTheFactorTests {
    @Test(arguments: ["nan says mum's not depressed, just tired", "according to her mum she's not depressed"])
    func mentalHealthAbsent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["according to his mum, dad has never been violent", "according to his nan he's never hit her"])
    func domesticAbuseAbsent(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .absent, "\(text)")
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["dad says mum doesn't take drugs and never has", "nan says dad's not drinking any more"])
    func substanceMisuseAbsent(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["nan says mum's not coping", "dad says mum doesn't feed him"])
    func aWorryStaysAConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
}
