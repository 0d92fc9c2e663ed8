import Testing

@testable import CurioCore

/// Classes a probe of critical factors found in danger now and in parent factors read where
/// there were none. Missed: danger told as a situation with no danger word the lexicon knew (a
/// threat to kill in slang, on a condition whose "isn't" was read as a denial; the abuser at the
/// refuge, the door or on his way; the carer arrested or taken to hospital and nobody with the
/// baby; the baby named by a notes' age, "the 6/52 baby"); a danger after "safe for now, but";
/// a carer's suicidal threat or talk read as danger only or as nothing. Invented: domestic abuse
/// where "her" is the baby girl, untreated mental ill health from the baby's medicine, an
/// unknown father from no contact imposed by bail or a safety plan, isolation from "on her own
/// back". Sentences written for the classes.
@Suite("Danger as situations, suicidal talk, parent factors invented")
struct DangerAsSituationsSuicidalTalkAndInventedParentFactorsTests {
    /// A threat to kill said in slang, on a condition or not ("finish her off", "won't see the
    /// morning", "put the baby in the ground"); a feed finished, a visit tomorrow or a worry about a
    /// parent's drinking is none.
    @Test(arguments: [
        ("he's threatened to finish the baby off", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("her ex texted that he's coming round to finish them off", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("if she doesn't come back he's going to finish the kid off", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("unless she lets him in he says he'll finish the pair of them off", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("dad said he'd do away with the kid if she leaves him", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("he texted 'she won't see the morning'", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("he told mum the baby won't live to see Christmas", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("he screamed that the kid will be dead by the morning", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("he said he'd put the baby in the ground", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        // A veiled threat, possible (review 22's convention), which still gives the 999 advice.
        ("he said he'll shut her up for good", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("if the baby isn't returned by six he says he will stab her", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("I'll finish her off with a bottle and then put her down", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("dad finishes him off on the other side", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("she won't see the baby till the morning", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("he'll be dead by Christmas the way he drinks", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("the HV won't see her until tomorrow", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("we need to finish off the assessment by tomorrow", RiskFactorID.immediateDanger, FindingStatus?.none),
    ])
    func aThreatToKillInSlang(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The abuser at the refuge, the door or the ward, in breach, or on his way with the mother in
    /// fear: a possible danger now; the refuge told as found long ago, a contact visit or an errand is
    /// none.
    @Test(arguments: [
        ("the perpetrator is outside the refuge", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("he's found out which refuge she's in", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("her ex turned up at the refuge asking for her", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("the abusive ex has turned up at the hospital and is asking which ward she's on", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("he has broken his bail and is outside her flat", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("he's on his way over and she's terrified", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("mum is petrified, her ex is coming round", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("no one knows where the baby is", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("potential danger to the baby tonight", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("she is at the refuge with the baby", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("her ex found out where the refuge was last year and she was moved", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("her ex found out where the refuge was last year and she was moved", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("he doesn't know where the refuge is", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("dad is at the door to collect the baby for contact", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("her ex is coming round later to drop off the car seat", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("dad is coming round to see the baby and mum is scared of the dogs", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("nobody knows who the baby's father is", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("there is no danger to the baby", RiskFactorID.immediateDanger, FindingStatus?.some(.absent)),
    ])
    func theAbuserAtTheRefugeTheDoorOrOnHisWay(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The carer arrested or taken to hospital and nobody left with the baby: danger now; help lacking,
    /// the baby with family, or a stay to come is none. A baby named by a notes' age ("the 6wk baby",
    /// "the 10/7 baby") is the baby.
    @Test(arguments: [
        ("mum has been arrested and there's nobody to look after the baby", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("mum's been taken to A&E by ambulance and nobody is minding the twins", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("both parents are in custody and no one has the baby", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("dad's in the cells and the baby has no one", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("there's nobody to look after the baby now mum's been arrested", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("mum went to hospital for her scan and there's no one to help her with the baby", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("mum was arrested last night; the baby is with her nan", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("she goes into hospital next week and there's nobody to have the baby", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("dad is shaking the 6wk baby right now", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("nobody is looking after the 10/7 baby", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("the 3/52 baby is in the car on her own", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("her 3/12 check was normal", RiskFactorID.immediateDanger, FindingStatus?.none),
    ])
    func theCarerTakenAwayAndNobodyWithTheBaby(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Safe for now, but the abuser still threatening, released or coming: a possible danger; safety
    /// said bare or with nothing of him after is kept.
    @Test(arguments: [
        ("the baby is safe at the moment but her ex is still texting threats", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("baby safe for the moment, but he's still sending threats", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("they're safe for now but he's been released this morning", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("her ex is texting that he's coming over to sort the baby out", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("the baby is safe but mum is worried about money", RiskFactorID.immediateDanger, FindingStatus?.some(.absent)),
        ("baby safe for now, mum's gone to her sister's", RiskFactorID.immediateDanger, FindingStatus?.some(.absent)),
        ("baby safe for now but the HV is coming tomorrow", RiskFactorID.immediateDanger, FindingStatus?.some(.absent)),
        ("I'm going round to sort the baby out, back in 10", RiskFactorID.immediateDanger, FindingStatus?.none),
    ])
    func safeForNowButTheThreatGoesOn(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A carer's suicidal threat, talk, plan or attempt is parental mental ill health, and no domestic
    /// abuse; a warning, a threat to throw the baby, a drive screamed at her or a talk about risks is
    /// none.
    @Test(arguments: [
        ("she threatened to kill herself last night", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("dad threatened to end his life at the weekend", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("he is on the roof threatening to jump", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("she tried to hang herself in 2019", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("mum keeps talking about walking into the sea", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("she's talking about stepping in front of a train", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("he has talked about taking an overdose", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("she has urges to hurt herself", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("he's been talking about jumping off the multi-storey", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("he's going to kill himself", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("she has never threatened to kill herself", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
        ("she'll hurt herself lifting that pram", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("he threatened to throw the baby off the bridge", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("dad's outside in the van screaming that he'll drive into the river with her", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("we talked about the risk of overdose with methadone in the house", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("she threatened to kill herself last night", RiskFactorID.domesticAbuse, FindingStatus?.none),
    ])
    func suicidalTalkIsMentalIllHealth(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// "Her" said with the care given her is the baby (an injury, not abuse of the mother); the baby's
    /// medicine not collected is no parent's untreated ill health; no contact imposed by bail or a
    /// safety plan is no unknown father; "on her own bottom" or "two feet" is no isolation.
    @Test(arguments: [
        ("he's rough with her when he's winding her", RiskFactorID.otherInjury, FindingStatus?.some(.possible)),
        ("he's rough with her when he's winding her", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("mum is heavy-handed with her when she dresses her", RiskFactorID.otherInjury, FindingStatus?.some(.possible)),
        ("he slaps her when he changes her", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("he slaps her when he changes her", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("he hits her when she won't settle", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("he hits her when she won't settle", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("she is smacking the baby and shouting at her", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("she is smacking the baby and shouting at her", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("he got rough with her when she was feeding her", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("he hit her while she was feeding the baby", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("he hits her when she won't give him money", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("the eczema cream the GP prescribed was never collected", RiskFactorID.mentalHealthUntreated, FindingStatus?.none),
        ("the eczema cream the GP prescribed was never collected", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("the medicine for the baby's reflux hasn't been given", RiskFactorID.mentalHealthUntreated, FindingStatus?.none),
        // A prescription left uncollected is medication stopped: untreated (the eval rules' "stopped medication").
        ("her sertraline hasn't been collected", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("the medication for her depression hasn't been collected", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.possible)),
        ("dad has no contact under his bail conditions", RiskFactorID.fatherUnknown, FindingStatus?.none),
        ("safety plan in place and dad has no contact", RiskFactorID.fatherUnknown, FindingStatus?.none),
        ("her dad has no contact at all", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        ("she fell down the step and landed on her own bottom", RiskFactorID.isolation, FindingStatus?.none),
        ("she has always stood on her own two feet", RiskFactorID.isolation, FindingStatus?.none),
        ("she lives on her own back in Leeds now", RiskFactorID.isolation, FindingStatus?.some(.present)),
        ("she's been on her own since he left", RiskFactorID.isolation, FindingStatus?.some(.present)),
    ])
    func herIsTheBabyTheBabysMedicineBarredFatherAndOwnBack(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A threat to kill in slang, the carer taken away, the abuser coming: 999; a feed or the
    /// refuge told as where she lives is none.
    @Test func emergencyOrNot() {
        #expect(DialogueFixtures.recommendationIDs("if she won't bring the baby back he says he'll finish her off").contains("emergency-services"))
        #expect(DialogueFixtures.recommendationIDs("mum has been arrested and there's nobody to look after the 5 week old").contains("emergency-services"))
        #expect(DialogueFixtures.recommendationIDs("the baby is safe for now but he's on his way back").contains("emergency-services"))
        #expect(DialogueFixtures.recommendationIDs("her violent ex is on his way round to the flat now").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("I'll finish him off with a bottle and put him down").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("she is at the refuge with the baby and settled").contains("emergency-services"))
    }
}
