import Testing

@testable import CurioCore

/// Faltering growth told as a weight that has not moved, changed or gone up, that has stayed the
/// same since birth, as no weight put on, as under the 0.4th centile, or as lighter than the
/// birth weight: neglect present. "Weight hasn't moved" is the weight's, never the baby's
/// movement (no pre-mobility), and a weight that has not moved off its centile is growth kept.
@Suite("Weight that has not moved")
struct WeightThatHasNotMovedTests {
    @Test(arguments: [
        "Weight hasn't moved since birth, she's 8 weeks",
        "her weight has stayed the same since birth",
        "his weight hasn't changed in a month",
        "wt hasn't changed in 3 weeks",
        "He hasn't put on any weight since birth",
        "now under the 0.4th centile for weight",
        "weighed her at clinic and she's lighter than her birth weight",
        "she weighs less than she did at birth",
        "weight's flat since discharge",
    ])
    func isNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Weight hasn't moved since birth, she's 8 weeks",
        "weight hasn't moved in a month",
        "he hasn't moved from the 9th centile, gaining steadily",
    ])
    func noMobilityInTheWeight(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "she's 10 weeks and hasn't moved much at all, can't roll yet",
    ])
    func theBabysOwnMovementStays(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "he hasn't moved from the 9th centile, gaining steadily",
    ])
    func centileKeptIsNoNeglect(text: String) {
        // Steady gain along a centile is growth going well: no neglect, or neglect denied.
        let status = MatcherFixture.status(.neglect, in: text)
        #expect(status == nil || status == .absent, "\(text)")
    }
}
