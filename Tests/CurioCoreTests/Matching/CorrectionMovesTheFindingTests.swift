import Testing

@testable import CurioCore

/// A correction said straight after a finding that moves it to another person ("she's got bad
/// depression - sorry, not her, her mum"; "a fractured wrist - sorry, I mean mum has"; "the
/// bruise I mentioned - that's on her cousin, not on our baby") or to another kind of injury ("a
/// bruise on his hand - sorry, no, not a bruise, it's a burn"): the parent's factor is someone
/// else's, the baby's injury is denied, and what it is corrected to is read. A correction that
/// keeps it with the parent or the baby ("sorry, I mean dad drinks", "sorry, not her face, her
/// neck"), or a "sorry" that corrects nothing, leaves the finding as it was.
@Suite("Correction moves the finding")
struct CorrectionMovesTheFindingTests {
    @Test(arguments: [
        "she's bipolar - sorry, not her, her sister",
        "he drinks heavily, sorry, I mean her brother does",
        "she's on antidepressants - sorry, I mean her mum is",
        "she had a learning disability statement - sorry, not her, her cousin",
        "he uses cannabis - no wait, that's his brother",
        "she's got anxiety - oh sorry, that's her sister",
        "mum's a heroin user - no sorry, I mean her brother",
        "she has PND, sorry, no, not her, her friend",
        "she's been self-harming - sorry, not mum, her sister",
    ])
    func parentFactorIsSomeoneElses(text: String) {
        for id in [RiskFactorID.mentalHealth, .mentalHealthUntreated, .substanceMisuse, .learningDifficulty] {
            #expect(MatcherFixture.status(id, in: text) == nil, "\(text)")
        }
    }

    @Test(arguments: [
        "a burn on her arm - sorry, not her, her sister",
        "a cut on his lip, sorry, I mean his brother has",
        "a broken arm - sorry, I mean dad has, he fell off his bike",
        "the burn on his arm - sorry, it's on his brother",
    ])
    func otherInjuryIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) != .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) != .possible, "\(text)")
    }

    @Test(arguments: [
        "a big bruise on her leg - oops, not her, the toddler",
        "the bruise I told you about - that's on her cousin, not on the baby",
        "that mark on her cheek - sorry, not her, her sister",
        "a mark on his arm - sorry, no, not a mark, it's a bite",
    ])
    func bruiseIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) != .present, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) != .possible, "\(text)")
    }

    @Test(arguments: [
        "a mark on his arm - sorry, no, not a mark, it's a bite",
        "a bruise on his foot - sorry, not a bruise, it's a scald, dad says off the kettle",
    ])
    func injuryCorrectedToIsRead(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "she's got depression - sorry, I mean postnatal depression",
        "he drinks - sorry, not him, mum does",
        "she drinks - sorry, I mean dad drinks",
    ])
    func parentFactorStays(text: String) {
        let found = [RiskFactorID.mentalHealth, .substanceMisuse].map { MatcherFixture.status($0, in: text) }
        #expect(found.contains(.present), "\(text)")
    }

    @Test(arguments: [
        "bruise on his cheek - sorry, I mean the baby has it, not his brother",
        "a bruise on her arm - sorry, I should have said that first",
        "she's got a bruise on her face - sorry, not her face, her neck",
        "there's a bruise on his back - sorry to go on, mum says it's from the car seat",
        "the bruise on his leg - that's on the baby, not his brother",
    ])
    func babysBruiseStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}
