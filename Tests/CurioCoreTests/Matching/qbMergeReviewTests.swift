import Testing

@testable import CurioCore

/// Sentences the merge of pb's and pc's rule classes (merge35) lost, mended by the merge reviewer qb: an urgent
/// finding taken by a new ignore or advice trigger, or a false one given by a new cue to a look-alike. Each test names
/// the class; the finding kept or the look-alike silenced beside it. Sentences written for the review.
@Suite("qb merge review: pb and pc classes kept from their look-alikes")
struct qbMergeReviewTests {
    /// A carer drunk or high in charge of the baby told from a time gone by and still so now (pc class 5 had made all
    /// of it "told as over"): "since last night" or "... and still drunk now" is danger now; the same told as over,
    /// with nothing now, stays substance misuse only.
    @Test(arguments: [
        ("Dad has been drunk minding the baby since last night", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("She was stoned looking after the baby yesterday and she's still stoned with him", RiskFactorID.immediateDanger, .present),
        ("He was wasted minding her on Friday and is still drinking now", RiskFactorID.immediateDanger, .present),
        ("He was wasted minding her on Friday and is still drinking now", RiskFactorID.substanceMisuse, .present),
        ("Mum was drunk looking after the baby last night, she's sober today", RiskFactorID.immediateDanger, nil),
        ("Mum was drunk looking after the baby last night, she's sober today", RiskFactorID.substanceMisuse, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func impairedCareStillGoingOn(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A young child "in charge of" a pet or a chore, and another family's child at a hazard (pc classes 2 and 6 read
    /// both as the baby in danger): no danger, no neglect. A young child in charge of the baby, or this family's
    /// toddler alone at the hazard, keeps both.
    @Test(arguments: [
        ("The 9 year old who's in charge of walking the dog", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("Her 7 year old is in charge of the hamster", RiskFactorID.neglect, nil),
        ("The boy across the road was on the roof by himself", RiskFactorID.immediateDanger, nil),
        ("The girl downstairs is in the pond on her own", RiskFactorID.neglect, nil),
        ("The 8 year old is in charge of the baby tonight", RiskFactorID.immediateDanger, .present),
        ("The toddler is out on the balcony on his own", RiskFactorID.immediateDanger, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func anotherChildOrAChoreIsNoDanger(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A grown-up's own injury (pc classes 4 and 13, pb's haematoma on the head): the mother showing her broken
    /// wrist, her haematoma on her head, her burn with her explanation, are no injury to the baby; the baby's injury
    /// told in the same shapes keeps it.
    @Test(arguments: [
        ("She showed us her arm - fractured when he pushed her over", RiskFactorID.otherInjury, FindingStatus?.none),
        ("She showed us her arm - fractured when he pushed her over", RiskFactorID.domesticAbuse, .present),
        ("Mother has a large haematoma on her head after he hit her", RiskFactorID.otherInjury, nil),
        ("Dad has a burn on his hand, he said off the oven door", RiskFactorID.otherInjury, nil),
        ("Burn on his hand, dad said off the oven door", RiskFactorID.otherInjury, .present),
        ("His wrist - fractured, nobody can explain it", RiskFactorID.otherInjury, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aGrownUpsOwnInjury(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A blue colour round the lips told with when it comes (pc class 12 read it as a possible bruise): circulation,
    /// no mark; a colour on the skin elsewhere stays a possible bruise.
    @Test(arguments: [
        ("Some purple around his mouth while he cries", RiskFactorID.bruising, FindingStatus?.none),
        ("A bit of purple on his thigh, nobody knows where from", RiskFactorID.bruising, .possible),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func blueRoundTheLipsIsNoBruise(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// pb's advice "talked/went through" and its hedge "I believe" kept from what is told: the parent going through
    /// a hard time, an event talked through, her own low mood, are told; "I believe mum" is trust, so her denial stays
    /// a denial; "the risks of shaking a baby" stays advice for every factor.
    @Test(arguments: [
        ("Mum is going through a rough patch, he slapped her on Sunday", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("Went through last night's row with dad, he admits he hit her", RiskFactorID.domesticAbuse, .present),
        ("We went through her anxiety, she stopped taking her sertraline last month", RiskFactorID.mentalHealthUntreated, .present),
        ("I believe her when she says there are no marks on him", RiskFactorID.bruising, .absent),
        ("Talked the parents through the risks of shaking a baby", RiskFactorID.otherInjury, nil),
        ("Talked through PND symptoms with both parents", RiskFactorID.mentalHealth, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func toldNotAdvice(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A child's reading or functioning age, or a baby's developmental or corrected age in weeks (pb's mental or
    /// reading age): the child's, no parent's learning need.
    @Test(arguments: [
        ("The 8 year old functions at the level of a 5 year old", RiskFactorID.learningDifficulty, FindingStatus?.none),
        ("Dad has a reading age of 7", RiskFactorID.learningDifficulty, .present),
        ("Born at 31 weeks, her corrected age is around 6 weeks", RiskFactorID.learningDifficulty, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aChildsReadingAge(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A mother caring for the baby on her own "without any help" (pb's birth with no midwife): her care, no birth
    /// before arrival; the birth with no midwife stays traumatic.
    @Test(arguments: [
        ("She had the baby by herself without any help all week", RiskFactorID.traumaticBirth, FindingStatus?.none),
        ("She had him at home by herself, no midwife there", RiskFactorID.traumaticBirth, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func careWithoutHelpIsNoBirth(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Fits told with a sign in a carer's words (pc class 1's "fits with what mum said" is the explanation matching):
    /// "fits with what dad described as stiffening" is a seizure, danger now; the explanation matching stays silent.
    @Test(arguments: [
        ("Fits with what nan described as twitching, she's floppy now", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("The mark fits with what dad described, a bump on the cot", RiskFactorID.immediateDanger, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func fitsWithASignNamed(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The baby found alone at a hazard after advice on its risks ("explained the risks of ..." is the hypothetical
    /// "risk of" again, qb): the finding told after a dash is neglect; the advice alone, and a pet found so, stay
    /// silent.
    @Test(arguments: [
        ("Went over the risks of leaving her in the bath - she was discovered on her own in the bath yesterday", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Explained the risks of leaving her alone in the bath", RiskFactorID.neglect, nil),
        ("The cat was found alone on the balcony", RiskFactorID.neglect, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func foundAloneAtAHazard(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
