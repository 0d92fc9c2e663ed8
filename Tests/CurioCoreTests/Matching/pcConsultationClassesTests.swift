import Testing

@testable import CurioCore

/// Classes found by the pc grid (the vignette cases told as whole consultations, facts in any
/// order): words that brought 999 too early or never, each with look-alikes that must stay as
/// they were. Sentences written for the classes.
@Suite("pc consultation classes")
struct PcConsultationClassesTests {
    /// Class 1: "fits with" what an injury is measured against (the child's development, what a
    /// parent said, the story) is the explanation fitting, no seizure. A fit with its sign stays.
    @Test(arguments: [
        "bruise on her knee from crawling into the table, it fits with her development",
        "the mark fits with what dad described",
        "that fits his age and the story",
    ])
    func explanationFitsIsNoSeizure(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test func aFitWithItsSignStaysDanger() {
        let text = "he fits with his eyes rolling back"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// Class 2: a small child named by age or as a boy or girl, alone in a dangerous place told
    /// with words between ("on a second floor balcony by himself", "out on the balcony"): danger
    /// now and neglect. A grown-up in the bath on her own is nothing.
    @Test(arguments: [
        "there's a three year old on a second floor balcony by himself",
        "the toddler is out on the balcony on her own",
        "a little boy in the bath on his own, mum's downstairs",
    ])
    func childAloneInADescribedHazardPlaceIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test func aGrownUpInTheBathAloneIsNothing() {
        #expect(MatcherFixture.status(.immediateDanger, in: "mum is in the bath on her own") == nil)
    }

    /// Class 3: a threat to kill mum being made now, with the baby there, is danger now (the
    /// violence situation, in one sentence or two answers). Told as long past, it is domestic
    /// abuse only.
    @Test func aThreatToKillMumNowWithTheBabyThereIsDanger() {
        let now = "he's threatening to kill mum and the baby's in the lounge"
        #expect(MatcherFixture.status(.immediateDanger, in: now) == .present, "\(now)")
        let past = "dad threatened to kill mum two years ago, the baby is with them now"
        #expect(MatcherFixture.status(.immediateDanger, in: past) == nil, "\(past)")
        #expect(MatcherFixture.status(.domesticAbuse, in: past) == .present, "\(past)")
    }

    /// Class 4: an injury told with the parent's explanation and a heat source after it ("mum
    /// says from the radiator") is the baby's injury, not a grown-up's own burn. A burn said to
    /// be dad's, the baby unhurt, stays his.
    @Test(arguments: [
        "blister on her palm, dad says from the kettle",
        "burn to his arm - mum said off the iron",
    ])
    func injuryWithTheParentsExplanationIsTheBabys(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test func aGrownUpsOwnBurnStaysHis() {
        let text = "the burn is dad's, from the oven; the baby has nothing"
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// Class 5: a carer drunk or high in charge of the baby told as over ("last night", "last
    /// weekend"): substance misuse, no danger now.
    @Test(arguments: [
        "mum was drunk looking after the baby on her own last night",
        "last weekend dad was stoned minding the kids",
    ])
    func drunkInChargeToldAsOverIsNoDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// Class 6: a young child babysitting or in charge now, the baby not named ("the 7 year old
    /// is babysitting tonight", "it's the 8 year old who's babysitting"): danger now and
    /// neglect. Told as over, or a 17 year old, nothing.
    @Test(arguments: [
        "the 7 year old is babysitting tonight",
        "her 10 yo is in charge while mum's at work",
        "it's the 8 year old who's babysitting",
    ])
    func youngChildBabysittingNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "her 12 year old was babysitting last week",
        "the 17 year old is babysitting tonight",
    ])
    func pastOrOlderBabysitterIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Class 7: a grown-up shaken by an event ("shaken by the crying", "by the news") is upset,
    /// no injury; the baby shaken by a person stays an injury.
    @Test(arguments: [
        "mum says she was shaken by the crying",
        "dad was shaken by the news",
    ])
    func shakenByAnEventIsNoInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test func theBabyShakenByAPersonStaysAnInjury() {
        let text = "the baby was shaken by her father"
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Class 8: a carer drunk or high and "looking after the baby right now" is danger now (the
    /// time in two words no longer hides the care); another carer minding the baby is none.
    @Test func drunkAndLookingAfterTheBabyRightNowIsDanger() {
        let text = "dad is drunk looking after the baby right now"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        let other = "mum's drunk, dad is looking after the baby right now"
        #expect(MatcherFixture.status(.immediateDanger, in: other) == nil, "\(other)")
    }

    /// Class 12: a colour told as a thing on the skin ("a bit of blue on his foot", "some purple
    /// behind her ear"): a possible mark, enough for the bruising protocol. Red is not.
    @Test(arguments: [
        "a bit of blue on his foot",
        "some purple behind her ear",
    ])
    func colourOnTheSkinIsAPossibleMark(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    @Test func aBitOfRedIsNoMark() {
        #expect(MatcherFixture.status(.bruising, in: "a bit of red on her cheek") == nil)
    }

    /// Class 13: the baby's body part first, the break after a mark ("his arm, x-ray says
    /// broken", "left femur - fractured"): a fracture. A grown-up's arm, or the break denied,
    /// is none.
    @Test(arguments: [
        "his arm, x-ray says broken",
        "left femur - fractured",
    ])
    func partThenBreakIsAFracture(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test func aGrownUpsBreakOrADenialIsNone() {
        #expect(MatcherFixture.status(.otherInjury, in: "dad's arm, broken at work") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "his arm, not broken") == .absent)
    }
}
