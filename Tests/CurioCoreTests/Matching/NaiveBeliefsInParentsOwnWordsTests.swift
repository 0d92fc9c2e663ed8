import Testing

@testable import CurioCore

/// Naive ideas quoted in notes: babies crying only if something is wrong (after a word of belief or reason), the
/// baby fitting "round me", a promise of all the night care against night shifts (possible). A description of this
/// baby's crying, or a night-care plan that works, stays silent.
@Suite("Naive beliefs in the parent's own words")
struct NaiveBeliefsInParentsOwnWordsTests {
    @Test(arguments: [
        "Mum says she doesn't need classes as 'babies only cry if something is wrong'",
        "FOB reports newborns never cry unless something's wrong",
        "mum starting uni in September, says bb 'will just fit round me'",
        "says the twins will fit in around us, no problem",
    ])
    func isPresentNaiveExpectations0(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "dad says he'll do all the night feeds but works 12 hour night shifts",
        "Mum says she'll do all the nights herself while working full-time",
    ])
    func isPossibleNaiveExpectations1(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "baby only cries when he's hungry or wet, settles well",
        "the car seat will fit round the pram base",
        "FOB works night shifts, mum does the night feeds",
        "dad does all the nights at weekends as he works Monday to Friday days",
        "mum knows babies cry a lot and has a plan for the evenings",
        "the baby never cries unless something's wrong, so mum rang 111",
    ])
    func isNotFoundNaiveExpectations2(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.naiveExpectations, in: text)), "\(text)")
    }
}
