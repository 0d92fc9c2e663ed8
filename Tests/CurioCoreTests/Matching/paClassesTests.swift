import Testing

@testable import CurioCore

/// Classes from practitioners' case-note shorthand and callers' speech (grid pa, paraphrases of
/// the development set): a door kicked in with the particle first, a suicide threat joined to a
/// threat to the baby, a threat held over the mother's leaving, the baby's safety not established,
/// a relative heading a note with a dash, colic that settles after a semicolon, medication stopped
/// verb-first, help not sought, waiting for therapy, a CPP in the parent's childhood, parenting
/// expected easy, the father's place unclear or his details missing, support offered then
/// cancelled, smells of cannabis, monitoring plans, the mother's own bruise, self-harm shorthand,
/// and absent-status verdicts. Look-alikes keep what they were (the baby's own CPP, the baby's
/// cuts, a concrete bruise asked about, an emergency section with an uneventful recovery).
@Suite("pa classes: note shorthand and phone speech")
struct paClassesTests {
    @Test(arguments: [
        "Caller says her ex is trying to kick in the back door, she's upstairs with the baby.",
        "he's booting down the bedroom door and the twins are in there with her",
    ])
    func doorForcedParticleFirstIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Partner attempting to kick in the front door, mum and newborn inside.",
    ])
    func doorForcedParticleFirstIsAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Mum rang - dad threatening suicide and to kill the baby tonight.",
        "She is threatening to kill herself and the infant, alone at the flat.",
    ])
    func suicideAndThreatToTheBabyIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Mum rang - dad threatening suicide and to kill the baby tonight.",
    ])
    func suicideAndThreatToTheBabyIsMentalIllHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Call cut off, unable to confirm the baby's safety.",
        "Welfare of infant unknown, no answer at the door.",
    ])
    func safetyNotEstablishedIsPossibleDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "Dad making threats to hurt the baby should mum leave him.",
    ])
    func threatHeldOverLeavingIsAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "On visit infant not adequately fed, bottles made up hours ago.",
    ])
    func notAdequatelyFedIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Self-referral from dad, worried about the baby at mum's.",
    ])
    func referralFromFatherIsFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Maternal uncle - schizophrenia, sectioned twice.",
        "PGM - longstanding depression",
    ])
    func relativeHeadedByADashIsNotTheParent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Evening colic; settles within 20 mins on the breast.",
        "Colicky. Settles quickly with a cuddle.",
    ])
    func colicThenSettlingIsNoInconsolableCrying(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "Hx depression, self-discontinued sertraline at 12/40.",
        "Dad stopped taking his quetiapine in the summer.",
    ])
    func stoppedMedicineVerbFirstIsUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Panic attacks since her teens; never sought medical help.",
        "Low mood in pregnancy, did not seek professional support.",
    ])
    func helpNotSoughtIsUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Didn't seek help for the baby's rash until day 3.",
    ])
    func helpNotSoughtForOtherThingsIsNotUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "PND, awaiting CBT since January.",
    ])
    func waitingForTherapyIsUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Dad was on a CPP as a teenager.",
        "Mum subject to CPP in childhood (emotional abuse).",
    ])
    func cppInTheParentsChildhoodIsCareHistory(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Baby subject to CPP since birth, mum engaging.",
    ])
    func theBabysOwnCppIsNotCareHistory(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Dad anticipates fatherhood will be straightforward.",
        "Mum expects motherhood to be a breeze.",
        "Believes the baby will more or less raise itself.",
    ])
    func parentingExpectedEasyIsNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "She doesn't expect parenting to be easy.",
    ])
    func parentingNotExpectedEasyIsRealistic(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "Dad: unclear whether resident or just visiting.",
        "FOB details missing from all records.",
    ])
    func fathersPlaceUnclearIsUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Both parents: no drug use reported.",
    ])
    func bothParentsHeadingKeepsFatherKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "F present at NBV, held baby, asked about feeding.",
        "F on paternity leave for two weeks.",
    ])
    func fatherSeenInShorthandIsKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "Her sister offered to help after the birth, repeatedly cancelled.",
    ])
    func supportOfferedThenCancelledIsIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "M 22, lives on own in a first-floor flat.",
    ])
    func livesOnOwnIsIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Father, separated from mother, rang with concerns.",
    ])
    func separatedFromMotherIsNoIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "MGF drank heavily during mum's early childhood.",
    ])
    func grandparentsDrinkingInEarlyChildhoodIsAdverse(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Whiff of cannabis on the landing at the visit.",
        "The flat reeked of skunk.",
    ])
    func smellOfCannabisIsPossible(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "Plan: monitor for postnatal depression at the 6/52 check.",
    ])
    func monitoringPlanIsNoFinding(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Dad alluded to a rough upbringing.",
    ])
    func allusionIsAHedge(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "Aunt shared concerns re newborn with the school nurse.",
    ])
    func concernAboutANewbornIsNoMobility(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "What's the guidance on bruises in non-mobile babies?",
    ])
    func generalBruisingGuidanceIsNoBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Query re guidance: 3/12 with a bruise to the cheek, refer?",
    ])
    func aConcreteBruiseAskedAboutStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "Mum presented with facial bruising, said she fell.",
    ])
    func mothersPresentingBruiseIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Mum presented with facial bruising, said she fell.",
    ])
    func mothersPresentingBruiseIsPossibleAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "PMHx of DSH as a teen.",
        "Hx of SH, last episode 2022.",
    ])
    func selfHarmShorthandIsMentalIllHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Mum self-harming again, fresh cuts to her forearms.",
    ])
    func cutsAfterSelfHarmAreNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Baby has cuts to his arms, no explanation.",
    ])
    func theBabysCutsStay(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Planned LSCS, uneventful.",
        "Uncomplicated home birth.",
    ])
    func uneventfulSectionIsNoTraumaticBirth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "Emergency LSCS, uneventful recovery.",
    ])
    func emergencySectionStaysTraumatic(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Baby not at imminent risk tonight.",
    ])
    func imminentRiskDeniedIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "Nobody's got a clue where the baby's dad is.",
        "No one has any idea who the father is, mum won't say.",
    ])
    func nobodyWithAClueIsFatherUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "He keeps saying he'll batter the baby if she walks out.",
    ])
    func threatToTheBabyIfSheGoesIsAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "She said she'll bring the baby if she goes to her nan's.",
    ])
    func anIfThatIsNoThreatIsNothing(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Both of them had a rough time as kids.",
        "Dad went through a lot when he was little.",
    ])
    func aRoughTimeAsKidsIsAdverse(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Mum and dad are both drunk and the baby's asleep upstairs.",
        "They're both off their heads, the twins are in there.",
    ])
    func bothCarersOutOfItWithTheBabyThereIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "They were both drunk at the wedding last summer, baby was with nan.",
    ])
    func bothCarersDrunkInThePastIsNoDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Prem 31/40, SCBU for 2 weeks.",
    ])
    func prematureWithItsWeeksIsNoPregnancy(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Preterm delivery 33/40.",
    ])
    func prematureWithItsWeeksIsNoUnbornBaby(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "FOB: involved, attends clinic.",
    ])
    func fatherHeadingWithHisPartIsKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "There's no way he's drinking, he's on antibiotics.",
    ])
    func thereIsNoWayIsADenial(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "No way that was an accident, there's a bruise on his cheek.",
    ])
    func noWayThatWasAnAccidentKeepsTheBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Her pupils were pinned when I visited.",
        "I reckon mum could be using again.",
    ])
    func pinnedEyesAndMaybeUsingIsPossibleDrugUse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "She might be using formula top-ups at night.",
    ])
    func usingFormulaIsNoDrugUse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "She reckons she'll cope fine once the baby is here.",
    ])
    func theBabyHereAheadIsAPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Citalopram effective, mood much better.",
    ])
    func medicineWorkingIsTreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .absent, "\(text)")
    }
}
