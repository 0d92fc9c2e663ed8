import Testing

@testable import CurioCore

/// Classes from the s18 probe M: a doubt said with "if" ("dunno if", "idk if") is a hedge of
/// what follows it, not a hypothetical that drops the rest of the sentence; a CP or CIN plan
/// "for neglect" or "for DV" is the case's plan (neglect, domestic abuse), not the advice's "plan
/// for" nor the parent's own childhood unless said of her; "NFA'd", "OD'd" and "I should have
/// said" are no conditional. Danger now told as a plan, a drug or minutes ago: an overdose
/// threatened or a drug just taken by the carer with the baby, a fire with the baby out of reach
/// or in its own room, a row still going on. The baby's parents named by kinship to the baby
/// ("her dad ... her mum", "his dad ... his mum"). Harms missing from the lexicon: a torn
/// frenulum, the baby shut away for hours, soaked clothes at every visit, no GP and no
/// immunisations at all, mould in the steriliser, sex forced on her, a row the neighbours hear.
/// And the look-alikes both ways. Sentences written for the classes.
@Suite("Doubt, plans, danger now and missing harms")
struct DoubtPlansDangerNowAndMissingHarmsTests {
    /// A doubt with "if" does not drop the danger told after it.
    @Test(arguments: [
        "dunno if mum's ok, he's punching her and the baby's in the room",
        "I didn't know if she was safe, her boyfriend is threatening to stab the baby",
        "idk if it matters but he's hitting her right now and the twins are there",
        "not too sure if she's coping, dad is strangling her and she's holding the baby",
    ])
    func aDoubtWithIfKeepsTheDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The doubt still hedges what it is said of; a real "if" is still a hypothetical.
    @Test func theDoubtHedgesWhatItIsSaidOf() {
        #expect(MatcherFixture.status(.bruising, in: "I don't know if the bruise is new") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "if he hits her again she'll call the police") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "she'd call us if she felt low") == nil)
    }

    /// A plan for neglect or DV is the case's: neglect or domestic abuse, and what follows it is
    /// read; "NFA'd" and "OD'd" are no "would".
    @Test func aPlanForNeglectIsTheCasesPlan() {
        let summary = "CIN plan for neglect since March, the flat is filthy"
        #expect(MatcherFixture.status(.neglect, in: summary) == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: summary) == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: summary) == nil)
        #expect(MatcherFixture.status(.neglect, in: "the baby is on a CP plan under neglect, missed imms x2") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "CP plan for DV, dad still visiting") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "police NFA'd the DV incident at the weekend") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "OD'd on Saturday, back home now") == .present)
    }

    /// The parent's own plan as a child stays her childhood; a sibling's plan is no finding.
    @Test func theParentsOrASiblingsPlanIsNotTheBabys() {
        let own = "mum herself was on a CP plan for neglect when she was small"
        #expect(MatcherFixture.status(.adverseChildhood, in: own) == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: own) == .present)
        #expect(MatcherFixture.status(.neglect, in: own) == nil)
        #expect(MatcherFixture.status(.neglect, in: "the 3 year old has a CIN plan for neglect") == nil)
    }

    /// A carer threatening an overdose, or high on a drug just taken, with the baby: danger now.
    @Test(arguments: [
        "she says she's going to swallow every pill in the house tonight and she's home alone with the baby",
        "mum's threatening to overdose and has the baby with her",
        "she's had spice, she's by herself with the baby",
        "no, sorry, I should have said at the start: he's on his own with the baby and he's taken ketamine",
    ])
    func anOverdoseThreatOrADrugJustTakenWithTheBabyIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// An overdose threatened is her mental ill health, not her treatment; her tablets taken as a
    /// dose, or a drug habit told with its time, are no danger now.
    @Test func anOverdoseThreatIsNoTreatment() {
        let threat = "she's going to take all her tablets tonight"
        #expect(MatcherFixture.status(.mentalHealth, in: threat) == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: threat) == nil)
        for text in ["she's going to take her tablets tonight, she's on her own with the baby",
                     "he's used cocaine since he was 16, he's alone with the baby today",
                     // A drug taken once, told with the recovery after it, is history.
                     "dad smoked cannabis, he's been clean for 2 years and has the baby today",
                     "mum took heroin, she's been on methadone since 2019; she's on her own with the baby"] {
            #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
    }

    /// On one's own with the baby now says who has the baby, not isolation; as a way of life it is.
    @Test func onHisOwnWithTheBabyNowIsNoIsolation() {
        #expect(MatcherFixture.status(.isolation, in: "dad is there on his own with her right now") == nil)
        #expect(MatcherFixture.status(.isolation, in: "mum is on her own with the twins most days") == .present)
    }

    /// A fire with the baby out of reach or in its room, and a row still going on with the baby
    /// there: danger now.
    @Test(arguments: [
        "the kitchen is on fire and we can't get to the baby",
        "there's smoke pouring from the baby's bedroom",
        "the baby's trapped upstairs and the house is full of smoke",
        "he's still screaming at her and the baby is in the lounge",
        "I can still hear them yelling, the baby's in the flat",
        "they're still shouting and the baby is asleep upstairs",
    ])
    func aFireOrARowNowWithTheBabyIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A fire long over, a dispute that goes on, a row as a habit: no danger now.
    @Test(arguments: [
        "there was a fire in the baby's room in 2022, they've redecorated",
        "they're still arguing about contact, the baby is with mum",
        "he's always shouting at her, baby is 5 weeks",
    ])
    func aFireOverOrARowAsAHabitIsNoDangerNow(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The baby's parents named by kinship to the baby are the parents.
    @Test(arguments: [
        "my grandson is 8 weeks, his dad punched his mum last night",
        "her dad is controlling towards her mum, the baby is 9 weeks",
        "her mum says her dad slapped her at the weekend",
    ])
    func theBabysParentsByKinshipAreTheParents(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// "Her dad ... her mum" in the mother's own childhood stays her childhood.
    @Test(arguments: [
        "her dad used to hit her mum when she was a child",
        "she grew up watching her dad beat her mum",
    ])
    func theMothersOwnParentsAreHerChildhood(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    /// Harms the lexicon now knows, and their look-alikes.
    @Test func missingHarms() {
        #expect(MatcherFixture.status(.otherInjury, in: "the frenulum was torn and bleeding, he is 10 weeks") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "her upper lip frenulum is torn") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "his frenulum was snipped for tongue tie") == nil)
        for text in ["she was in the same wet sleepsuit at both visits", "his nappy was sodden and hanging off him",
                     "he's never been registered with a GP", "she hasn't had any jabs and is 5 months",
                     "the steriliser is covered in mould", "bottles with sour milk left on the side",
                     "she shuts him in his room all day so she can get some sleep"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["he hasn't had his 8 week jabs yet, appointment booked", "he brought up curdled milk after his feed",
                     "she puts him in his cot and he sleeps for hours"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.domesticAbuse, in: "he makes her have sex when she doesn't want to") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "she disclosed that her partner raped her") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "the neighbours hear them shouting at each other most nights") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "the neighbours hear the baby crying at night") == nil)
    }
}
