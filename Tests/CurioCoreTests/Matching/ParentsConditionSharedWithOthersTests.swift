import Testing

@testable import CurioCore

/// A relative's condition shared by the parent ("nan has anxiety, mum does too", "her brother drinks
/// and so does dad") is the parent's. A partner's parent, a mate, a stepchild and a grandparent's own
/// childhood ("her bf's mum is bipolar", "mums best mate is on methadone", "his stepson has
/// depression", "mum's mum was abused as a child") are other people's. "Her mum" of a baby girl is
/// the mother, and a mate minding the baby is a carer: those stay.
@Suite("A parent's condition and other people's")
struct ParentsConditionSharedWithOthersTests {
    @Test(arguments: [
        ("nan has anxiety, mum does too", RiskFactorID.mentalHealth),
        ("his cousin self harms and dad does too", RiskFactorID.mentalHealth),
        ("her brother drinks and so does dad", RiskFactorID.substanceMisuse),
        ("grandad drinks, so does dad", RiskFactorID.substanceMisuse),
        ("her sister has learning difficulties and so does mum", RiskFactorID.learningDifficulty),
    ])
    func sharedByTheParentIsTheParents(text: String, factor: RiskFactorID) {
        #expect(MatcherFixture.status(factor, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        ("her bf's mum is bipolar", RiskFactorID.mentalHealth),
        ("mums best mate is on methadone", RiskFactorID.substanceMisuse),
        ("his stepson has depression", RiskFactorID.mentalHealth),
        ("her 14 year old stepdaughter self harms", RiskFactorID.mentalHealth),
        ("mum's mum was abused as a child", RiskFactorID.adverseChildhood),
        ("mums mum grew up in care", RiskFactorID.childhoodInCare),
    ])
    func anotherPersonsStaysSilent(text: String, factor: RiskFactorID) {
        #expect(MatcherFixture.status(factor, in: text) == nil, "\(text)")
    }

    @Test func theParentsOwnStay() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "her mum was in care herself") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "her best mate says mum is drinking again") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "She's dropped the baby off with her mate, who is off her face.") == .present)
    }
}
