import Testing

@testable import CurioCore

/// Classes found in the retired BT/BU/BV/BW probes for parental mental health, its treatment, isolation, naive
/// expectations and traumatic birth: how practitioners tell these as scenes, histories, plans and reports rather
/// than as labels. Each test names its class; look-alikes beside them keep or stay silent. Sentences written for the
/// classes (fixer ld).
@Suite("ld classes: mental health, untreated, isolation, naive expectations, traumatic birth")
struct ldClassesTests {
    /// Parent's self-harm or overdose told as a scene on her own body (C1): cuts up mum's forearms are a sign of her
    /// self-harm, not the baby's injury; all her tablets swallowed, as she reports it, is self-harm. A baby's own cut keeps
    /// the injury; an overdose with the baby in her sole care keeps the danger.
    @Test(arguments: [
        ("Mum's got new cuts along both wrists and says she did them after he went down", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
        ("Mum's got new cuts along both wrists and says she did them after he went down", RiskFactorID.otherInjury, nil),
        ("Dad has fresh slashes up his forearms from last night", RiskFactorID.mentalHealth, .possible),
        ("She rang to say she's taken all her antidepressants", RiskFactorID.mentalHealth, .present),
        ("She rang to say she's taken all her antidepressants", RiskFactorID.mentalHealthUntreated, nil),
        ("The baby has a fresh cut on his forearm that nobody can explain", RiskFactorID.otherInjury, .present),
        ("She's taken an overdose and she's on her own with the baby", RiskFactorID.immediateDanger, .present),
        ("Dad rang to say she's swallowed all her pills", RiskFactorID.immediateDanger, .possible),
        ("Her mum says she's taken all her tablets", RiskFactorID.familyConcern, .present),
        ("She says she's taken all her tablets as prescribed", RiskFactorID.mentalHealthUntreated, .absent),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func parentSelfHarmSceneIsHers(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Past self-harm told with "used to" (C2): present (past history counts); "used to cut hair" is a job.
    @Test(arguments: [
        ("He told me he used to cut when he was in the army, nothing for years", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Mum used to self-harm as a teenager", RiskFactorID.mentalHealth, .present),
        ("She used to cut hair before the baby came", RiskFactorID.mentalHealth, nil),
        ("History of overdoses, none in the last three years", RiskFactorID.mentalHealth, .present),
        ("Bulimia at college, she's fine now", RiskFactorID.mentalHealth, .present),
        ("No self-harm for years", RiskFactorID.mentalHealth, .absent),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func pastSelfHarmUsedToIsPresent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Distress told as symptoms (C3/C4): neither sleeping nor eating, afraid to be alone with the baby, sobbing night after
    /// night beside her denial, are a doubt about her mental health to ask about.
    @Test(arguments: [
        ("Mum says she hasn't eaten or slept properly since Sunday", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
        ("She admitted she's terrified of being left alone with the baby", RiskFactorID.mentalHealth, .possible),
        ("She says she's fine but her partner finds her weeping every evening", RiskFactorID.mentalHealth, .possible),
        ("He isn't sleeping or feeding well since the jabs", RiskFactorID.mentalHealth, nil),
        ("She's sleeping when the baby sleeps and eating well", RiskFactorID.mentalHealth, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func distressToldAsSymptomsIsPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Untreated told as help that never came (C5): a referral that never happened, a referral not gone to, help said not
    /// needed, nothing taken, a diagnosis not followed up, a referral she will not allow, discharged for not engaging.
    /// A referral for something else (housing) gives nothing.
    @Test(arguments: [
        ("Her OCD is bad and the HV referred her but she never went", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("The midwife was going to refer him but I don't think it was ever sent", RiskFactorID.mentalHealthUntreated, .present),
        ("Says she doesn't need any help, the depression is just how she is", RiskFactorID.mentalHealthUntreated, .present),
        ("His PTSD flares up and he isn't taking anything for it", RiskFactorID.mentalHealthUntreated, .present),
        ("Diagnosed with postnatal anxiety in March and never followed it up", RiskFactorID.mentalHealthUntreated, .present),
        ("She won't let me refer her to the perinatal team", RiskFactorID.mentalHealthUntreated, .present),
        ("The CMHT closed her case after she stopped turning up", RiskFactorID.mentalHealthUntreated, .present),
        ("She won't let us refer her to the housing team", RiskFactorID.mentalHealthUntreated, nil),
        ("She won't let us refer her to the housing team", RiskFactorID.mentalHealth, nil),
        ("Her weight is low and she's not on anything", RiskFactorID.mentalHealthUntreated, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func untreatedToldAsHelpNeverHad(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Treatment told another way (C6): a medicine kept or its dose changed while she waits for therapy, under the team for
    /// it, a course finished, is treated, absent; a repeat not collected is untreated.
    @Test(arguments: [
        ("She's been on the list for counselling since spring but the GP increased her fluoxetine", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.absent)),
        ("Waiting for talking therapy and the GP has her on mirtazapine", RiskFactorID.mentalHealthUntreated, .absent),
        ("She's taking sertraline while she's on the waiting list for CBT", RiskFactorID.mentalHealthUntreated, .absent),
        ("Bipolar, and she's under the team for it", RiskFactorID.mentalHealthUntreated, .absent),
        ("Signed off after twelve sessions of CBT for her panic attacks", RiskFactorID.mentalHealthUntreated, .absent),
        ("Her citalopram was last issued in May and hasn't been collected since", RiskFactorID.mentalHealthUntreated, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func treatmentToldAnotherWayIsAbsent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Isolation: support promised before and not given, the relied-on relative estranged, support moved away, lately
    /// arrived, or who is around not known (C7/C8). "Her mum said" here is no concern raised by the family.
    @Test(arguments: [
        ("Her sister says she'll help, but she said that with her first and never turned up", RiskFactorID.isolation, FindingStatus?.some(.present)),
        ("Her sister says she'll help, but she said that with her first and never turned up", RiskFactorID.familyConcern, nil),
        ("She's relying on her aunt, but they haven't spoken since Easter", RiskFactorID.isolation, nil),
        ("They haven't spoken in months", RiskFactorID.isolation, .present),
        ("Her parents have just emigrated to Canada", RiskFactorID.isolation, .present),
        ("Her best friend moved back to Ireland in the summer", RiskFactorID.isolation, .present),
        ("She's not long moved here from Cardiff", RiskFactorID.isolation, .present),
        ("I'm not sure who's around for her really", RiskFactorID.isolation, .possible),
        ("Her sister moved round the corner to be near her", RiskFactorID.isolation, .absent),
        ("His only relative is a cousin up in Aberdeen", RiskFactorID.isolation, .present),
        ("Mum's fallen out with her parents over the pregnancy", RiskFactorID.isolation, .present),
        ("Her mum lives in Poland", RiskFactorID.isolation, .present),
        ("As I said, her uncle lives in Spain", RiskFactorID.isolation, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func isolationPromisedSupportNotGiven(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Isolation absent: help told as a scene with how often it comes (C9), help lined up for the nights, meals brought.
    /// A gran's report beside her visits stays a family concern.
    @Test(arguments: [
        ("Her nan pops round every afternoon to take the baby out", RiskFactorID.isolation, FindingStatus?.some(.absent)),
        ("The in-laws visit them three times a week", RiskFactorID.isolation, .absent),
        ("Her cousin comes over to help most mornings", RiskFactorID.isolation, .absent),
        ("Friends bring meals round and do the shopping", RiskFactorID.isolation, .absent),
        ("They've got his parents lined up for the first fortnight of nights", RiskFactorID.isolation, .absent),
        ("Her mum is only five minutes away", RiskFactorID.isolation, .absent),
        ("Her aunt and uncle are in and out all the time", RiskFactorID.isolation, .absent),
        ("The neighbours have really rallied round", RiskFactorID.isolation, .absent),
        ("He has taken paternity for the first month", RiskFactorID.isolation, .absent),
        ("Her gran, who visits weekly, says the baby is losing weight", RiskFactorID.familyConcern, .present),
        ("She's been drinking most nights", RiskFactorID.isolation, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func isolationAbsentToldAsHelpWithItsFrequency(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Seen alone by the practitioner for a routine question, or a relative nearby who is not trusted with the baby (C10):
    /// no isolation; "supported accommodation" is housing, so living alone there stays isolation.
    @Test(arguments: [
        ("I saw her on her own and she said there's no domestic abuse", RiskFactorID.isolation, FindingStatus?.none),
        ("I saw her on her own and she said there's no domestic abuse", RiskFactorID.domesticAbuse, .absent),
        ("His uncle lives down the road but they won't let him look after the baby", RiskFactorID.isolation, nil),
        ("She lives alone in a supported flat", RiskFactorID.isolation, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func seenAloneIsNoIsolation(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Naive expectations told as the parent's belief or plan (C11): present; the speaker's doubt makes it possible; the baby
    /// said to be no trouble, as a fact of this baby, is no belief.
    @Test(arguments: [
        ("He reckons everything will just fall into place once the baby's here", RiskFactorID.naiveExpectations, FindingStatus?.some(.present)),
        ("She thinks it'll all be a breeze", RiskFactorID.naiveExpectations, .present),
        ("She believes the baby will sleep when she does", RiskFactorID.naiveExpectations, .present),
        ("He seemed to think it would all slot into place, but it might be nerves", RiskFactorID.naiveExpectations, .possible),
        ("It's the older one who's hard work, the baby is an angel", RiskFactorID.naiveExpectations, nil),
        ("She doesn't think it'll be easy", RiskFactorID.naiveExpectations, .absent),
        ("Dad lives with his gran, and says babies are simple, you only need to feed them", RiskFactorID.naiveExpectations, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func naiveBeliefOfTheParent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Realistic expectations told by the hard parts known (C12): absent.
    @Test(arguments: [
        ("They know there will be broken nights and rough weeks ahead", RiskFactorID.naiveExpectations, FindingStatus?.some(.absent)),
        ("She's grounded about it and has asked her mum for help", RiskFactorID.naiveExpectations, .absent),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func realisticExpectationsAreAbsent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A late preterm or earlier loss told with reassurance, resuscitation now (C13): no traumatic birth, never possible; a
    /// resuscitation at the birth stays traumatic.
    @Test(arguments: [
        ("Born at 36 weeks, all straightforward, home the same day", RiskFactorID.traumaticBirth, FindingStatus?.some(.absent)),
        ("Delivered at 35 weeks with no complications", RiskFactorID.traumaticBirth, .absent),
        ("Her first baby was stillborn; this time everything went smoothly", RiskFactorID.traumaticBirth, .absent),
        ("She was anxious about labour but in the end it went really well", RiskFactorID.traumaticBirth, .absent),
        ("He went blue at home and the paramedics say resus is ongoing", RiskFactorID.traumaticBirth, nil),
        ("He went blue at home and the paramedics say resus is ongoing", RiskFactorID.immediateDanger, .present),
        ("He needed resus at birth", RiskFactorID.traumaticBirth, .present),
        ("No complications during the delivery", RiskFactorID.traumaticBirth, .absent),
        ("Labour unremarkable", RiskFactorID.traumaticBirth, .absent),
        ("Her first was an emergency section; this time a VBAC", RiskFactorID.traumaticBirth, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func birthReassuredIsAbsent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The mother's own account of the birth as the worst of her life (C14): traumatic birth, present; beside a professional's
    /// "textbook" it is at least reported.
    @Test(arguments: [
        ("She describes the delivery as the most terrifying thing that ever happened to her", RiskFactorID.traumaticBirth, FindingStatus?.some(.present)),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func mothersAccountOfTheBirth(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
