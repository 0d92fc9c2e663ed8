import CurioCore
import Testing

@Suite("Hedging")
struct HedgeTests {
    @Test(arguments: [
        ("Query bruise on the left shin.", RiskFactorID.bruising),
        ("?NAI, mum's account keeps changing.", .otherInjury),
        ("Dad might be using again, I'm not certain.", .substanceMisuse),
        ("Possibly some postnatal depression.", .mentalHealth),
        ("I wonder whether she has a learning disability.", .learningDifficulty),
        ("It could be a burn.", .otherInjury),
        // "could not" before "exclude" doubts; it denies only what was looked for and not found.
        ("We could not exclude a fracture of the left femur.", .otherInjury),
        ("The x-ray could not rule out a rib fracture.", .otherInjury),
    ])
    func hedgedCueIsPossible(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .possible)
    }

    @Test func secondHandReportIsPossible() {
        let result = MatcherFixture.matcher.match("The neighbour says the baby is left alone for hours.")
        #expect(result.status(of: .neglect) == .possible)
        let aunt = MatcherFixture.matcher.match("Her aunt rang us and said she saw a bruise on his face.")
        #expect(aunt.status(of: .bruising) == .possible)
        #expect(aunt.status(of: .familyConcern) == .present)
    }

    @Test func parentsOwnAccountIsNotSecondHand() {
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum told me she has had depression since she was fifteen.") == .present)
    }

    /// A "?" written onto a word queries that word only: the burns are seen, the cause is the question.
    @Test func aQueryMarkOnAWordHedgesOnlyThatWord() {
        #expect(MatcherFixture.status(.otherInjury, in: "Two round burns on the sole of his foot ?cigarette") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "Swollen wrist ?#") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Bruise on his cheek ?") == .possible)  // a free-standing mark reaches back
    }

    /// Doubt with its "if" is a hedge, not a hypothetical; doubt is not denial.
    @Test(arguments: [
        "hard to say if it's a bruise",
        "difficult to know whether it is a bruise",
        "can't be sure whether it is a bruise",
        "it's unlikely to be a bruise",
        "I doubt it's a bruise",
    ])
    func doubtIsAHedge(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    /// Emphasis is neither denial nor doubt: "not only", "not just", "no doubt".
    @Test func emphasisIsNotNegationOrDoubt() {
        #expect(MatcherFixture.status(.mentalHealth, in: "not only is mum low, she has also stopped eating") == .present)
        #expect(MatcherFixture.status(.bruising, in: "it's not just a bruise, there's swelling too") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "I have no doubt she is depressed") == .present)
        #expect(MatcherFixture.status(.bruising, in: "it's not a bruise") == .absent)
    }

    /// A doubt said after the finding: "DA alleged", "fracture not confirmed".
    @Test(arguments: [
        ("drug use alleged by a neighbour", RiskFactorID.substanceMisuse),
        ("rib fracture not yet confirmed", .otherInjury),
        ("faint bruising, queried", .bruising),
    ])
    func doubtSaidAfterTheFinding(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .possible, "\(text)")
    }

    @Test func couldNotFindDenies() {
        #expect(MatcherFixture.status(.bruising, in: "I could not find any bruise on his back") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "could not see a bruise, only dry skin") == .absent)
    }

    /// "It would appear that ..." is a professional's doubt, not the conditional "would" (a
    /// hypothetical, which had dropped a baby left with a child of 12 altogether).
    @Test func itWouldAppearIsADoubtNotAHypothetical() {
        #expect(MatcherFixture.status(.neglect, in: "It would appear the baby has been left with a 10 year old most evenings") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "it would seem there is a small bruise on his ear") == .possible)
    }
}
