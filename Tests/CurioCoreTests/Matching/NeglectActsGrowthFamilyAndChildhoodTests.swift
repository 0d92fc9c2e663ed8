import Testing

@testable import CurioCore

/// Classes from the fifth probe (F) and the consultation probe (E): neglect told as plain acts
/// with no neglect word (a baby left in a car or with a young child, a nappy never changed in
/// any spelling, a carer asleep through the feeds), faltering growth told as centiles or as a
/// professional's worry; a relative who rings in is a family concern, one who rings to say all is
/// well is not; mental ill health and its want of treatment told without the illness named, and
/// a relative's own illness kept apart; the parent's own childhood (care and its cause, hunger,
/// homelessness as a teenager) told without the usual words and never read as the baby's neglect
/// now, an older child's plan no care history; and isolation kept from unrelated "support" and
/// "left". Sentences written for the classes and checked against the lexicon.
@Suite("Neglect acts, growth, family callers and the parent's childhood")
struct NeglectActsGrowthFamilyAndChildhoodTests {
    @Test(arguments: [
        "the twins were left with a 10-year-old cousin all evening",
        "she leaves the newborn with her 11-year-old daughter when she goes out",
        "his 9-year-old sister is minding the baby most nights",
        "the little one had been left in a car outside the supermarket",
        "the nappy ain't been changed since this morning",
        "dad never changes her nappy",
        "mum keeps sleeping through his night feeds",
        "she slept through the baby's screaming again",
        "weight now 2nd centile, down from 75th",
        "he was on the 91st centile at birth and is now on the 9th",
        "she isn't getting enough formula",
        "his brother has to change the baby because mum is always drunk",
        "she has lost 14% of her birth weight",
    ])
    func neglectToldAsPlainActsOrFigures(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "the health visitor is worried about her weight gain",
        "the paediatrician is concerned about his growth",
        "I wonder whether he's getting enough milk",
        "mum was too exhausted to feed her",
    ])
    func aWorryAboutGrowthOrCareIsPossibleNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "he is sleeping through his night feeds now",
        "mum is worried about her weight gain",
        "the HV isn't worried about his weight",
        "from the 25th to the 3rd of next month",
        "he was on the 2nd centile at birth and is now on the 25th",
        "the midwife is concerned about her weight",
        "his nappy was changed before the visit",
        // A few days old, some weight lost is usual: "%" is read as "percent".
        "day 5, weight loss 7%",
    ])
    func neglectLookAlikes(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "I'm the baby's grandma, he's had a cut lip twice this month",
        "I'm his aunt and she's drinking again",
        "the baby's grandad is worried sick",
        "Referral made by: maternal grandmother.",
        "the caller, her uncle, says there's no food in the flat",
        "it was the baby's father who rang in",
        "dad told us mum keeps leaving the baby alone",
    ])
    func aRelativeCallingInIsAFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "the referrer might have been the baby's aunt",
    ])
    func aCallerPerhapsARelativeIsPossible(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "her aunt rang to say she has no concerns at all",
    ])
    func aRelativeCallingToSayAllIsWellIsAbsent(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "the nan thinks dad is a wonderful father",
        "dad says mum is doing fine",
        "Safety plan: baby with her aunt, suspected perpetrator in custody.",
        "the 3 yr old brother, also seen, was happy",
    ])
    func aRelativeNamedWithNoConcernIsNone(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "mum has started cutting herself again",
        "she has been cutting herself at night",
        "she keeps talking about the devil",
        "mum believes the baby is evil",
        "dad says he's seeing things that aren't there",
    ])
    func mentalIllHealthWithoutItsName(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "she cut herself on a broken bottle",
    ])
    func anAccidentalCutIsNoSelfHarm(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "mum hasn't showered in weeks",
    ])
    func aCarerNotWashedForWeeksIsPossible(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "she stopped taking her meds in the spring",
        "anxiety, discharged by the perinatal team following non-attendance",
        "mum declined the PNMH referral",
    ])
    func untreatedInOtherWords(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "nan has anxiety and won't go to her GP",
    ])
    func aRelativesUntreatedIllnessIsNotTheParents(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "she was placed in foster care aged 9 because of abuse",
        "dad was on a child protection plan himself for neglect",
        "he remembers going to school without breakfast",
        "she was sofa surfing at 15",
    ])
    func theParentsChildhoodWithoutTheUsualWords(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "things weren't easy for him growing up",
    ])
    func aHintedChildhoodIsPossible(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "she was looked after by the local authority from age 4 following abuse",
        "dad left care at 18",
    ])
    func careHistoryInOtherWords(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "there is a child protection plan for the older children",
        "the 3 year old at home has a CIN plan for neglect",
    ])
    func anOlderChildsPlanIsNoCareHistory(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "no local friends and her partner works away",
        "he doesn't let her visit her family",
        "no help at all since her mum moved away",
    ])
    func isolationInOtherWords(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "he is 7 months and can only sit with support",
        "she would not support a prosecution",
        "suspect had made off before police arrival",
        "the family moved here ten years ago",
        "her brother has just moved nearby",
    ])
    func isolationLookAlikes(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "she has a lovely group of mum friends",
    ])
    func friendsAroundAreNoIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }

    /// The parent's own plan for neglect, or an older child's, is no neglect of this baby now.
    @Test(arguments: [
        "she was on a CP plan herself at 8 for neglect",
        "the 3 year old at home has a CIN plan for neglect",
    ])
    func anotherChildhoodsNeglectIsNotThisBabys(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test func selfHarmInPregnancyGivesThePreBirthProtocol() {
        let text = "mum has started cutting herself again and she's 20 weeks pregnant"
        #expect(DialogueFixtures.knowledge.ask(text).advice.recommendations.map(\.id).contains("pre-birth-protocol"))
    }
}
