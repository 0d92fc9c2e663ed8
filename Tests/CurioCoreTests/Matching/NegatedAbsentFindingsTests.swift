import Testing

@testable import CurioCore

/// A finding said through a negation ("not in contact with her family", "isn't able to read", "the
/// baby has never been weighed") is the concern itself, not its denial; and a baby's missing care
/// said with "hasn't seen a GP" is the baby's, never the parent's untreated illness.
@Suite("Negated-absent findings")
struct NegatedAbsentFindingsTests {
    @Test(arguments: ["she is not in contact with her family", "he isn't in touch with any of his relatives"])
    func isolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["mum isn't able to read the letters we send", "dad is not able to write"])
    func learningDifficulty(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["used needles were found under the sofa", "syringes left on the kitchen side"])
    func needlesFound(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the baby has never been weighed", "he hasn't had any of his jabs",
                      "baby isn't registered and hasn't seen a doctor"])
    func neglectFound(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) != nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) != .absent, "\(text)")
    }
    @Test(arguments: ["baby isn't registered and hasn't seen a doctor"])
    func babysCareIsNoParentsTreatment(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["mum is low, baby weighed today, she hasn't seen a GP about it"])
    func mothersTreatmentStays(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["mum has never been weighed at the gym"])
    func mothersWeightIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
