import CurioCore
import Testing

@Suite("Typos, case, spelling variants")
struct TypoTests {
    @Test(arguments: [
        ("small bruse on his arm", RiskFactorID.bruising),
        ("history of depresssion", .mentalHealth),
        ("mum is scizophrenic", .mentalHealth),
        ("BRUISING TO THE CHEEK", .bruising),
        ("mom smokes marijuana daily", .substanceMisuse),
        ("postpartum hemorrhage after the delivery", .traumaticBirth),
        ("baby left in a soiled diaper all day", .neglect),
    ])
    func variantMatches(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text)?.isPositive == true)
    }

    @Test func shortWordsAreNotCorrected() {
        // "dad" must not become "da" (domestic abuse), nor "lad" "ld".
        let result = MatcherFixture.matcher.match("The lad and his dad came to clinic.")
        #expect(result.status(of: .domesticAbuse) == nil)
        #expect(result.status(of: .learningDifficulty) == nil)
    }

    @Test func realWordsAreNotCorrected() {
        #expect(MatcherFixture.status(.otherInjury, in: "The scales were broken so no weight today.") == nil)
    }
}
