import Testing

@testable import CurioCore

/// Classes a probe (BL) found missed, critical first: a carer out of it now while the baby is in
/// their charge (nodding off after a drug named before it, not roused, not come round after a
/// fit or a faint; a recovery denied, "hasn't come round", read as the recovery told, "came
/// round"); danger now doubted by the practitioner ("not sure if there's any risk right now");
/// neglect told indirectly (a carer who never came back for the baby or did not collect it, a
/// carer out a lot with the baby left or crying for hours); feeds made wrongly (formula made up
/// with extra water or short scoops to make it last, cow's milk for a young baby); drink or drugs
/// on one occasion said of a carer ("was high when I visited", "had a bottle of wine"). Look-alikes
/// both ways: an adult's fit with the baby in another adult's hands, a fit of temper not come round
/// from, nodding off worn out, equipment doubted as safe, a baby's event not come back for, milk
/// right for the age, highs that are no drug. Sentences written for the classes.
@Suite("Carer out of it, hedged danger, indirect neglect, feeds, one-off use")
struct CarerOutOfItHedgedDangerIndirectNeglectFeedsAndOneOffUseTests {
    /// A fit, a floppy spell, with the recovery denied: danger now.
    @Test(arguments: [
        "she had a fit at teatime and still hasn't come round",
        "he went floppy in the bath and isn't back to normal",
    ])
    func aRecoveryDeniedIsStillDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// Not come round to an idea, a fit of temper, an adult's fit or faint with the baby in another
    /// adult's hands, a habit of sleep: no danger.
    @Test(arguments: [
        "the baby still hasn't come round to the idea of a dummy",
        "dad had a fit when he saw the bill and hasn't come round to it yet",
        "mum's had a seizure in the supermarket, dad has got the twins",
        "nan passed out at the party, the baby was with mum",
        "grandad won't wake up early enough to do the school run",
    ])
    func lookAlikesOfACarerOutOfItAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A carer out of it now (nodding off after a drug, not roused, not come round) with the baby
    /// in their charge: 999.
    @Test(arguments: [
        "dad's been on the heroin tonight and keeps nodding off, he's got the 4 week old by himself",
        "I couldn't rouse mum, the baby was lying on the sofa next to her",
        "mum's nodding off mid-sentence and she's on her own with the twins",
        "the 10 week old is on dad's lap and he's gouching out",
        "nan fainted and hasn't come round, she was minding the baby on her own",
        "she had a fit at teatime and still hasn't come round",
    ])
    func aCarerOutOfItWithTheBabyCallsNineNineNine(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Nodding off with another carer there, worn out, or the baby itself at the breast; an adult's
    /// fit with the baby elsewhere; no risk now said: no 999.
    @Test(arguments: [
        "mum nodded off on the sofa while her partner fed the baby",
        "mum keeps nodding off, she's worn out from the night feeds, dad is home",
        "she keeps nodding off at the breast, mum says she's a sleepy feeder",
        "mum's had a seizure in the supermarket, dad has got the twins",
        "no risk to the baby tonight, she's at her nan's",
    ])
    func noCarerOutOfItWithTheBabyGivesNoNineNineNine(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A risk or danger now, doubted: possible; denied with its time, or told low: absent.
    @Test func dangerNowDoubtedOrDenied() {
        for text in ["not sure if there's any danger tonight, the boyfriend is back",
            "I honestly can't say whether there's a risk to him right now",
            "I've no way of knowing if the twins are safe at the moment"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        }
        for text in ["no risk to the baby tonight, she's at her nan's",
            "he's not in any danger at the moment, dad has left",
            "the risk right now feels low, the police have removed him"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .absent, "\(text)")
        }
        let doubted = "unsure whether there's any risk to the baby right now, nobody is answering the door"
        #expect(DialogueFixtures.recommendationIDs(doubted).contains("emergency-services"))
    }

    /// Equipment, medicine or another risk doubted: no danger.
    @Test(arguments: [
        "not sure if the second-hand car seat is safe",
        "she asked if it's safe to take ibuprofen while breastfeeding",
        "not sure if there's any risk of the tenancy ending",
    ])
    func otherDoubtsAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A carer who never came back for the baby or did not collect it, or out a lot with the baby
    /// left: neglect; told by a neighbour, possible.
    @Test func neglectToldIndirectly() {
        for text in ["mum didn't come back for the twins after dropping them at her friend's on Friday",
            "nobody turned up to collect the 9 month old from creche",
            "she goes out every weekend and the baby is left alone in the flat"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        let told = "a neighbour says mum's out all the time and the baby is left crying for hours"
        #expect(MatcherFixture.status(.neglect, in: told) == .possible)
        let never = "mum didn't come back for the twins after dropping them at her friend's on Friday"
        #expect(DialogueFixtures.recommendationIDs(never).contains("refer-csc"))
    }

    /// The baby's event or a carer's own things not come back for, the baby left with family, a
    /// reply never sent: no neglect.
    @Test(arguments: [
        "dad didn't come back for the baby's naming ceremony",
        "mum hasn't come back for her coat yet",
        "mum's out a lot with work so the baby is left with her grandparents",
        "she never came back to me about the parenting course",
    ])
    func lookAlikesOfABabyNotComeBackForAreNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// Formula made up with extra water or short scoops, feeds too weak, cow's milk for a baby under
    /// six months: neglect.
    @Test(arguments: [
        "she's mixing the formula with extra water to make it go further",
        "only using half scoops in each bottle because money's tight",
        "feeds made up too weak because she can't afford the formula",
        "she's been giving him whole milk since he was 5 weeks old",
        "4 months old and on cow's milk from a bottle",
    ])
    func feedsMadeWronglyAreNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Feeds made as advised, cow's milk at the right age, feeds spaced on advice: no neglect.
    @Test(arguments: [
        "she makes the bottles up with cooled boiled water and the right scoops",
        "he's 14 months and has cow's milk on his cereal",
        "she's trying to stretch his feeds to every four hours as the HV suggested",
    ])
    func feedsMadeRightAreNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// Drink or drugs on one occasion said of a carer: substance misuse; the amount denied, absent.
    @Test func drinkOrDrugsOnOneOccasion() {
        for text in ["dad seemed high at the home visit on Tuesday",
            "mum admitted she'd downed a bottle of vodka the night before contact",
            "he showed up stoned to the core group",
            "she was a bit tipsy when I called round"] {
            #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.substanceMisuse, in: "she says she hasn't had a bottle of wine since the baby was born") == .absent)
        #expect(DialogueFixtures.recommendationIDs("dad seemed high at the home visit on Tuesday").contains("refer-csc"))
    }

    /// Highs that are no drug, soft drinks, cow's milk drunk: no substance misuse.
    @Test(arguments: [
        "her sugar levels were high at the visit",
        "dad was high up a ladder when I arrived",
        "he was high on adrenaline after the birth",
        "she'd had a couple of cans of red bull before her shift",
        "the 13 month old is drinking cow's milk now",
    ])
    func lookAlikesOfDrinkOrDrugsAreNoMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
}
