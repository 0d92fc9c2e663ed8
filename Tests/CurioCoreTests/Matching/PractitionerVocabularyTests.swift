import Testing

@testable import CurioCore

/// Classes of the practitioner's vocabulary that the matcher missed or misread (probes U and V):
/// drink and drug slang ("bladdered", "on the lash", "ket", "county lines", pills taken to get
/// high); mental ill health left untreated in plain words ("never spoken to anyone about it",
/// "referred but never went", "isn't under anyone", "yet to be seen"); a pregnancy in everyday
/// words or named as what the call is about; a hard birth, a learning difficulty, the father known
/// or unknown in the practitioner's own words (and the father question's own words); crying
/// described, not named; a family concern told by a call ("on the phone saying", "has rung");
/// isolation, naive expectations, threats and a parent's care history told plainly. And the
/// look-alikes of each: the slang's other senses, an offer of help, a partner away with family
/// moved in, appointments she cancels, walks tried to soothe the baby, the baby's own syndrome.
/// Sentences written for the classes, not taken from the probes.
@Suite("Practitioner vocabulary: slang, treatment, pregnancy, birth, father, crying, family")
struct PractitionerVocabularyTests {
    /// British drink and drug slang said of a parent, as a state or a habit, and street drug names.
    @Test(arguments: [
        "Her boyfriend gets absolutely legless most weekends.",
        "Mum was bladdered at the christening.",
        "Dad's been out on the lash every night this week.",
        "The boyfriend goes on benders when he gets paid.",
        "Partner sniffs ket at weekends.",
        "He's involved in county lines, running for a gang.",
        "Dad is hammered.",
    ])
    func drinkAndDrugSlangIsSubstanceMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// The slang words in their other senses, and a relative's drinking: nothing.
    @Test(arguments: [
        "She's pissed off with the health visitor.",
        "Dad spent the morning steaming bottles and mashing veg.",
        "Dad hammered a shelf up in the nursery.",
        "Her brother is always on the lash.",
    ])
    func slangInItsOtherSensesIsNoDrink(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }

    /// The slang state denied is absent; pills taken to get high are a drug, not a medicine for the
    /// mood.
    @Test func slangDeniedAndPillsAsADrug() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Mum isn't pissed, she's exhausted.") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Mum was off her face on pills at the party.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum was off her face on pills at the party.") == nil)
    }

    /// No treatment said in plain words: never any help for it, never spoken to anyone about it,
    /// referred but never there, under nobody, still waiting to be seen, no current input. The
    /// condition is hers too.
    @Test func untreatedMentalIllHealthInPlainWords() {
        #expect(
            MatcherFixture.status(.mentalHealthUntreated, in: "He's had OCD since school and has never had any help with it.") == .present)
        #expect(
            MatcherFixture.status(.mentalHealthUntreated, in: "Mum hasn't received any support for her postnatal depression.") == .present)
        #expect(
            MatcherFixture.status(.mentalHealth, in: "Mum hasn't received any support for her postnatal depression.") == .present)
        #expect(
            MatcherFixture.status(.mentalHealthUntreated, in: "He's never spoken to anyone about his PTSD.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "He's never spoken to anyone about his PTSD.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Mum was referred but didn't turn up.") == .present)
        #expect(
            MatcherFixture.status(.mentalHealthUntreated, in: "Her anxiety is really bad and she isn't under anyone.") == .present)
        #expect(
            MatcherFixture.status(.mentalHealthUntreated, in: "She was referred to talking therapies in March and is yet to be seen.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "OCD since her teens, no current input.") == .present)
        #expect(
            MatcherFixture.status(.mentalHealthUntreated, in: "Not sure whether her anxiety was ever properly treated.") == .possible)
        #expect(
            MatcherFixture.status(.mentalHealth, in: "Not sure whether her anxiety was ever properly treated.") == .present)
    }

    /// Someone seen about it, no support needed, a history denied with no medicine ever taken, the
    /// baby under nobody, a phone not answered: no untreated illness.
    @Test func treatedOrNoIllnessIsNoUntreatedIllness() {
        #expect(
            MatcherFixture.status(.mentalHealthUntreated, in: "She has spoken to someone about her low mood and is on sertraline.") == .absent)
        #expect(
            MatcherFixture.status(.mentalHealth, in: "She has spoken to someone about her low mood and is on sertraline.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Anxiety, no support needed.") == nil)
        #expect(
            MatcherFixture.status(.mentalHealth, in: "No mental health history, never been on antidepressants.") == .absent)
        #expect(
            MatcherFixture.status(.mentalHealthUntreated, in: "No mental health history, never been on antidepressants.") == nil)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "The baby isn't under anyone for his eczema.") == nil)
        #expect(
            MatcherFixture.status(.mentalHealthUntreated, in: "She would not under any circumstances leave him.") == nil)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She isn't picking up the phone.") == nil)
    }

    /// A pregnancy in everyday words or named as what the call is about; its signs, a test pending
    /// or a maybe are possible.
    @Test func aPregnancyInEverydayWords() {
        #expect(MatcherFixture.status(.unborn, in: "She's up the duff with her third.") == .present)
        #expect(MatcherFixture.status(.unborn, in: "She's got a bun in the oven.") == .present)
        #expect(MatcherFixture.status(.unborn, in: "I'm phoning about the pregnancy, mum is 17.") == .present)
        #expect(MatcherFixture.status(.unborn, in: "Her period is late and she feels sick.") == .possible)
        #expect(MatcherFixture.status(.unborn, in: "hCG awaited.") == .possible)
        #expect(MatcherFixture.status(.unborn, in: "She could be expecting again.") == .possible)
    }

    /// Early pregnancy as a time gone by, a relative's pregnancy, "knocked her over": no pregnancy.
    @Test func pregnancyLookAlikes() {
        #expect(MatcherFixture.status(.unborn, in: "She drank heavily in early pregnancy, the baby is 6 weeks now.") == nil)
        #expect(MatcherFixture.status(.unborn, in: "Her sister is up the duff.") == nil)
        #expect(MatcherFixture.status(.unborn, in: "He knocked her over.") == nil)
    }

    /// A birth called rough or brutal, a baby born on the floor or in transit, a retained placenta.
    @Test(arguments: [
        "The labour was really rough.",
        "Mum describes the delivery as brutal.",
        "The baby was born on the bathroom floor.",
        "Retained placenta, she was transfused.",
    ])
    func aHardBirthInPlainWords(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }

    /// The mother arriving by ambulance: no traumatic birth. A hard birth denied is no traumatic
    /// birth either, said so (absent).
    @Test(arguments: [
        "The mother arrived in the ambulance.",
        "Birth wasn't hard, quick and easy.",
    ])
    func birthLookAlikes(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.traumaticBirth, in: text)), "\(text)")
    }

    /// A cross for a signature, a parent's Down's syndrome, supported living; the baby's syndrome
    /// and a care leaver's housing are not hers.
    @Test func learningDifficultyByItsSigns() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "He signed the consent form with a cross.") == .present)
        #expect(MatcherFixture.status(.learningDifficulty, in: "Dad has Down's syndrome.") == .present)
        #expect(MatcherFixture.status(.learningDifficulty, in: "She lives in supported living.") == .present)
        #expect(MatcherFixture.status(.learningDifficulty, in: "Their baby has Down's syndrome.") == nil)
        #expect(
            MatcherFixture.status(.learningDifficulty, in: "She lives in supported accommodation since leaving care.") == nil)
    }

    /// "I should mention ..." tells news; "you should say if ..." is advice.
    @Test func theSpeakerFlaggingNewsIsNoHypothetical() {
        #expect(MatcherFixture.status(.mentalHealth, in: "I should mention she had PND with her first.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "You should say if she ever gets low.") == nil)
    }

    /// The father known said of him as "he": known, living with them, seeing the baby, met, on the
    /// system, in prison.
    @Test(arguments: [
        "He's known, he works nights.",
        "He lives with them.",
        "He sees the baby every weekend.",
        "I've met him twice.",
        "He's named on our system.",
        "He's in prison.",
    ])
    func theFatherKnownInThePractitionersWords(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    /// The father not met, his details not known, his part unclear; his details perhaps somewhere
    /// is possible; a baby named is no record.
    @Test func theFatherUnknownInThePractitionersWords() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "We've never met him.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Father details: not known.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Not sure how involved he is.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad's details may be on the birth notes.") == .possible)
        #expect(MatcherFixture.status(.fatherUnknown, in: "He's named Jack after his grandad.") == nil)
    }

    /// Crying described: never stopping, stopping only in the car, screaming the rest of the time,
    /// everything tried, whole afternoons; more than usual is possible.
    @Test func cryingDescribedNotNamed() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Mum says he just never stops.") == .present)
        #expect(
            MatcherFixture.status(.inconsolableCrying, in: "She only stops screaming when she's in the car.") == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "He screams the rest of the time.") == .present)
        #expect(
            MatcherFixture.status(.inconsolableCrying, in: "Dad's tried everything, feeds, the car, white noise.") == .present)
        #expect(
            MatcherFixture.status(.inconsolableCrying, in: "She screams from lunchtime until bedtime and nothing touches it.") == .present)
        #expect(
            MatcherFixture.status(.inconsolableCrying, in: "He's been crying a bit more than usual since the jabs.") == .possible)
    }

    /// Grizzly but settled by a feed is no crying; never stopping feeding or smiling, everything
    /// tried for a bottle, say nothing of it.
    @Test func cryingLookAlikes() {
        #expect(
            MatcherFixture.status(.inconsolableCrying, in: "She's grizzly in the afternoons but settles with a feed.") == .absent)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "She never stops feeding.") == nil)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "The baby never stops smiling.") == nil)
        #expect(
            MatcherFixture.status(.inconsolableCrying, in: "Dad's tried everything to get her to take the bottle.") == nil)
    }

    /// Walks in a list of what was tried to soothe are the parent's; the baby walking is still
    /// mobile.
    @Test func walksToSootheAreNoMobility() {
        #expect(MatcherFixture.status(.preMobile, in: "Dad's tried everything, feeds, walks, the car.") == nil)
        #expect(MatcherFixture.status(.preMobile, in: "He's walking, cruising and into everything.") == .absent)
    }

    /// A relative on the phone saying it, a relative who has rung about it, the baby's dad ringing;
    /// a referrer perhaps a relative is possible.
    @Test func familyConcernSaidByCallingOrPhoning() {
        #expect(
            MatcherFixture.status(.familyConcern, in: "Nan's on the phone saying the baby hasn't been fed today.") == .present)
        #expect(
            MatcherFixture.status(.familyConcern, in: "The baby's aunt - mum's sister - has rung twice about the bruises.") == .present)
        #expect(
            MatcherFixture.status(.familyConcern, in: "The baby's dad rang me, he's worried about mum's drinking.") == .present)
        #expect(
            MatcherFixture.status(.familyConcern, in: "Not sure who made the referral, might have been an aunt.") == .possible)
    }

    /// An offer of help, the father on the phone making a threat, a routine call: no concern
    /// raised.
    @Test func familyLookAlikes() {
        #expect(MatcherFixture.status(.familyConcern, in: "Her mum says she'll help out with nights.") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "Nan has offered to babysit on Fridays.") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "Dad on the phone now threatening to smother the baby.") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "Dad rang me just to rearrange the visit.") == .absent)
    }

    /// A partner away with family moved in is support; appointments she cancels are no support
    /// letting her down; no local family, support not known.
    @Test func isolationAndItsLookAlikes() {
        #expect(
            MatcherFixture.status(.isolation, in: "Dad's offshore for three weeks but her sister is staying with her.") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "Dad's away with work, nobody else around.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Mum keeps cancelling the health visitor.") == nil)
        #expect(MatcherFixture.status(.isolation, in: "Her mum keeps cancelling on her.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Moved here from Glasgow, no local family.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Not sure what support she has at home.") == .possible)
    }

    /// "Something stupid" done to the baby is a threat to the baby, no illness of the carer; said
    /// of themselves it is both.
    @Test func somethingStupidToTheBabyIsAThreatToTheBaby() {
        #expect(
            MatcherFixture.status(.immediateDanger, in: "He keeps saying he'll do something stupid to the baby.") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "He keeps saying he'll do something stupid to the baby.") == nil)
        #expect(
            MatcherFixture.status(.mentalHealth, in: "She says she's going to do something stupid, baby in the cot next to her.") == .present)
    }

    /// Everything to come right once the baby arrives, babies crying only for a reason, the work
    /// not grasped; a report of this baby's crying and an experienced mother are not.
    @Test func naiveExpectationsInTheParentsWords() {
        #expect(
            MatcherFixture.status(.naiveExpectations, in: "She reckons once the baby comes her boyfriend will settle down.") == .present)
        #expect(
            MatcherFixture.status(.naiveExpectations, in: "Dad believes newborns only cry when something's wrong.") == .present)
        #expect(
            MatcherFixture.status(.naiveExpectations, in: "She doesn't understand how demanding a newborn will be.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Mum knows how hard a newborn is, this is her third.") == nil)
        #expect(MatcherFixture.status(.naiveExpectations, in: "The baby only cries when he's hungry.") == nil)
    }

    /// A threat to kill another and then oneself is mental ill health as well as danger; a threat
    /// if she calls the police is abuse.
    @Test func threatsToKillOneselfAndCallingThePolice() {
        #expect(MatcherFixture.status(.mentalHealth, in: "He says he'll kill her and then himself.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "He says he'll kill her and then himself.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "She says she'll top herself.") == .present)
        #expect(
            MatcherFixture.status(.domesticAbuse, in: "He's threatened to take the kids if she calls the police.") == .present)
    }

    /// Care from an age in years makes what follows her childhood, not the baby's injury; care in
    /// doubt is possible.
    @Test func careFromAnAgeIsTheParentsChildhood() {
        #expect(
            MatcherFixture.status(.adverseChildhood, in: "Accommodated from age 6 after her stepdad broke her arm.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "Accommodated from age 6 after her stepdad broke her arm.") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Unclear whether mum was ever in care.") == .possible)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Not sure if she was looked at by the GP.") == nil)
    }

    /// The advice follows: untreated illness told plainly, a pregnancy named as the call's subject,
    /// a relative's call, crying described, a threat to the baby.
    @Test(arguments: [
        ("Mum has had anxiety for years and has never seen anyone about it, baby is 5 weeks", "untreated-mental-health"),
        ("She was referred but never went, her depression is getting worse, baby 7 weeks", "untreated-mental-health"),
        ("I'm ringing about the pregnancy, mum is a care leaver", "pre-birth-protocol"),
        ("The baby's aunt is on the phone saying mum hasn't fed him today, he's 3 months", "family-concerns-equal-weight"),
        ("6 week old, mum says he never stops, she's tried everything", "icon-crying-support"),
        ("Dad keeps saying he'll do something stupid to the baby", "emergency-services"),
    ])
    func theAdviceFollowsTheWords(text: String, recommendation: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains(recommendation), "\(text)")
    }

    /// An offer of help and crying settled by a feed give no advice about them.
    @Test(arguments: [
        ("Her mum says she'll help with the nights, baby is 6 weeks", "family-concerns-equal-weight"),
        ("8 week old, grizzly in the evenings but settles with a feed", "icon-crying-support"),
    ])
    func lookAlikesGiveNoAdvice(text: String, recommendation: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains(recommendation), "\(text)")
    }

    /// At the father question, the practitioner's own words for a known, involved father choose
    /// that answer ("known, he's in prison", "involved"); what follows still counts ("known, but
    /// we've never met him" is unknown).
    @Test func theFatherQuestionInThePractitionersWords() throws {
        let opening = [
            "no", "HV", "baby is 8 weeks, routine visit", "no", "no", "no",
            "no", "no", "no", "no", "straightforward", "good support", "no", "no", "realistic",
        ]
        func father(after answer: String) throws -> FindingStatus? {
            try DialogueFixtures.status(of: .fatherUnknown, in: "consultation", after: opening, asked: "father", answer: answer)
        }
        for answer in ["known, he's in prison", "yes, he's involved, lives with them", "involved"] {
            #expect(try father(after: answer) == .absent, "\(answer)")
        }
        #expect(try father(after: "known, but we've never met him") == .present)
    }
}
