import Testing

@testable import CurioCore

/// Classes from fixer nb's grid on substance misuse and naive expectations of parenthood:
/// paraphernalia seen, light drinking told by its measure, a baby wanted to be loved by or to keep
/// a partner, a routine expected within days, someone else's word that it is easy, and the nights
/// known to be coming. Look-alikes (the baby's jabs, a heavy measure, a relative's view) stay as
/// the labelling rules read them. Sentences written for the classes.
@Suite("nb classes: substance misuse and naive expectations told in everyday words")
struct nbClassesTests {
    /// Needles or syringes used and lying about, or burnt foil beside a lighter: drug use
    /// suspected, possible (the needles had read as nothing, the burnt foil as a burn on the baby).
    @Test(arguments: [
        "There were used needles on the bathroom windowsill.",
        "Burnt tinfoil and a lighter on the arm of the settee.",
    ])
    func paraphernaliaSeenIsPossibleMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// The baby's jabs ("her needles") stay silent.
    @Test func theBabysJabsStaySilent() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Baby had her needles at the surgery this morning.") == nil)
    }

    /// Light drinking told by its measure ("the odd glass of wine", "the occasional pint at the
    /// weekend"): no misuse, absent (it had read "drinks" as present, a negation error beside "no
    /// concerns"). A heavy measure after "the odd" stays present.
    @Test(arguments: [
        "Dad has the occasional pint at the weekend, no worries there.",
        "Mum drinks the odd glass of wine with dinner.",
    ])
    func lightDrinkingIsNoMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }

    @Test func aHeavyMeasureStaysPresent() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Dad drinks the odd bottle of vodka a night.") == .present)
    }

    /// A baby wanted so someone will love her, or to keep the partner from leaving, or a routine
    /// expected within days: naive expectations, present (the "'d" had made the first a
    /// hypothetical; the others had no cue).
    @Test(arguments: [
        "She wants the baby so she'll have someone who'll love her.",
        "He's hoping the baby will keep her from leaving him.",
        "Mum thinks the baby will stop him from cheating.",
        "She reckons she'll get him into a routine within a fortnight.",
    ])
    func naiveHopesArePresent(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }

    /// A friend's or relative's word to her that it is easy is their view, not the parent's:
    /// silent (it had read as possible).
    @Test func someoneElsesWordStaysSilent() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "Her cousin keeps telling her it's a breeze.") == nil)
    }

    /// The nights known to be coming: realistic, absent; denied, naive.
    @Test(arguments: [
        "He knows he'll be up through the night with feeds.",
        "They understand they'll be up every couple of hours.",
    ])
    func theNightsKnownAreRealistic(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .absent, "\(text)")
    }

    @Test func theNightsNotKnownAreNaive() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "Mum doesn't know she'll be up every night.") == .present)
    }
}
