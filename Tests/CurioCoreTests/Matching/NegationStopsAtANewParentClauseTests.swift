import Testing

@testable import CurioCore

/// A denial does not go on past "and" into a new clause with a parent named as its subject and
/// a verb of its own ("the baby isn't born yet and mum was in care as a child", "dad isn't violent
/// and mum has a learning disability"): the second clause was read as denied too, a negation
/// error that hid a pre-birth trigger. A list of cues with no new subject ("no bruises and
/// marks") is still one denial.
@Suite("Negation stops at a new parent clause")
struct NegationStopsAtANewParentClauseTests {
    @Test func inCareAfterADenial() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "the baby isn't born yet and mum was in care herself as a child") == .present)
        #expect(MatcherFixture.status(.unborn, in: "the baby isn't born yet and mum was in care herself as a child") == .present)
    }

    @Test func learningDifficultyAfterADenial() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "dad isn't violent and mum has a learning disability") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "dad isn't violent and mum has a learning disability") != .present)
    }

    @Test func aListIsStillOneDenial() {
        #expect(MatcherFixture.status(.bruising, in: "no bruises and marks") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "no drugs and dad has never hit her") == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "no drugs and dad has never hit her") == .absent)
    }
}
