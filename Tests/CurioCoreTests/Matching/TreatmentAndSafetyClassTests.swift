import CurioCore
import Testing

/// Rule classes about treatment of a parent's mental ill health and the baby's safety now,
/// found by probing with health-visiting and duty-desk notes. Cases are written for the class.
@Suite struct TreatmentAndSafetyClassTests {
    /// Safety now: a veiled threat of suicide, a fear for the baby's safety tonight, the baby
    /// named by its age when left, and a plain "no safety concerns".
    @Test(arguments: [
        ("dad texted that he is about to do something stupid", FindingStatus?.some(.possible)),
        ("really frightened for the baby's safety right now", FindingStatus?.some(.possible)),
        ("she leaves the 10 week old home alone", FindingStatus?.some(.present)),
        ("left the 2mo in the bath while she got a towel", FindingStatus?.some(.present)),
        ("no immediate safety concerns identified", FindingStatus?.some(.absent)),
        // A fit now, however said ("fits right", of clothes, is a look-alike it must beat).
        ("he is fitting right now", FindingStatus?.some(.present)),
        ("still fitting after five minutes", FindingStatus?.some(.present)),
        ("went stiff and jerking", FindingStatus?.some(.present)),
        ("the babygrow fits right", FindingStatus?.none),
        // The baby named by its age, or a carer gone out leaving the baby.
        ("nobody is looking after the 5 week old", FindingStatus?.some(.present)),
        ("her 4 month old is choking", FindingStatus?.some(.present)),
        ("she's gone out and left the twins on their own", FindingStatus?.some(.present)),
        ("had a fit with his arms jerking", FindingStatus?.some(.present)),
        ("fitting with a high temperature", FindingStatus?.some(.present)),
        ("she won't fit in with their plans", FindingStatus?.none),
        ("no safeguarding concerns at the visit", FindingStatus?.none),
        // Violence heard now with the baby there (possible: the same 999 advice); heard last week is not.
        ("I can hear the baby screaming and someone smashing things", FindingStatus?.some(.possible)),
        ("she says she can hear fighting upstairs and the twins crying", FindingStatus?.some(.possible)),
        ("heard shouting next door last week", FindingStatus?.none),
        // A carer about to snap with a crying baby (possible: ask and act); not a shelf.
        ("the baby has screamed since 5 and dad says he is about to snap", FindingStatus?.some(.possible)),
        ("mum told me she's close to losing it with him", FindingStatus?.some(.possible)),
        ("the shelf is about to snap", FindingStatus?.none),
        // The baby's breath stopped to quieten him.
        ("dad held his hand over her mouth to stop her screaming", FindingStatus?.some(.present)),
        ("mum admits she covered his nose and mouth until he stopped crying", FindingStatus?.some(.present)),
        ("covered her face with a muslin to keep the sun off", FindingStatus?.none),
        // A baby left in a car now, drunk in charge of the baby, nobody answering while the baby
        // cries on (possible); a car left last week is neglect, not danger now.
        ("the twins are locked in the van outside the bookies", FindingStatus?.some(.present)),
        ("dad is high in charge of the 10 week old", FindingStatus?.some(.present)),
        ("she's not picking up and the baby has been crying for hours", FindingStatus?.some(.possible)),
        ("baby left in car while mum shopped", FindingStatus?.none),
        // Violence to the mother going on now.
        ("ring 999, her partner is hitting her right now", FindingStatus?.some(.present)),
    ])
    func safetyNow(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Treatment said the other way round, or lapsed: treated with a named medicine, well and
    /// off it, told nobody, a service that last saw her years ago, waiting, help refused.
    @Test(arguments: [
        ("anxiety treated with CBT last year", FindingStatus?.some(.absent)),
        ("stable and off her meds since March", FindingStatus?.some(.absent)),
        ("feeling very low, hasn't told anybody", FindingStatus?.some(.present)),
        ("open to the perinatal team but last seen in 2021", FindingStatus?.some(.present)),
        ("been waiting months for counselling", FindingStatus?.some(.present)),
        ("has PTSD and has declined any support", FindingStatus?.some(.present)),
        ("had tablets for it but came off them at Christmas", FindingStatus?.some(.present)),
        ("he won't take his medication", FindingStatus?.some(.present)),
        ("awaiting a perinatal assessment", FindingStatus?.some(.present)),
        ("the plaster came off it in the bath", FindingStatus?.none),
        ("she hasn't told anyone about the pregnancy", FindingStatus?.none),
        // Mental ill health disclosed and then nothing done; "no follow up" alone is not it.
        ("told the midwife about panic attacks but no referral was made", FindingStatus?.some(.present)),
        ("EPDS 19 at 6 weeks, not followed up", FindingStatus?.some(.present)),
        ("bruise on his knee seen at nursery, no follow up arranged", FindingStatus?.none),
    ])
    func treatmentSaidOtherwise(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == status, "\(text)")
    }

    /// A duration waited is no age; a baby born early is no pregnancy now.
    @Test func aWaitIsNoAgeAndAPrematureBirthIsNoPregnancy() {
        #expect(MatcherFixture.age("waiting 4 months for therapy") == nil)
        // A follow-up booked ahead is no age either: "F/U 2/52", "TCA 1/52".
        #expect(MatcherFixture.age("F/U 2/52 in clinic") == nil)
        #expect(MatcherFixture.age("TCA 1/52") == nil)
        #expect(MatcherFixture.age("concealed the pregnancy until 34 weeks") == nil)
        #expect(MatcherFixture.status(.unborn, in: "premature at 32/40, now doing well") == nil)
    }

    /// Missed appointments said as not turning up are neglect, not unreliable support; the
    /// baby soothed by ordinary things is no inconsolable crying; shorthand with the father
    /// first says nothing is known of him.
    @Test(arguments: [
        ("parents didn't turn up for the hip scan", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("parents didn't turn up for the hip scan", RiskFactorID.isolation, FindingStatus?.none),
        ("her sister never turns up when she promises", RiskFactorID.isolation, FindingStatus?.some(.present)),
        ("grizzly at times but calms quickly with a feed", RiskFactorID.inconsolableCrying, FindingStatus?.some(.absent)),
        ("FOB: no details", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        ("mum says she has dark thoughts", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
    ])
    func appointmentsCryingAndFathers(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A reassurance seen ("seems", "appears") is an observation, not a doubt: it stays a
    /// reassurance. A doubt about a low mood is a possible one.
    @Test(arguments: [
        ("expectations sound realistic", RiskFactorID.naiveExpectations, FindingStatus?.some(.absent)),
        ("dad seems really hands-on", RiskFactorID.fatherUnknown, FindingStatus?.some(.absent)),
        ("mood appears stable today", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
        ("she may be a little low", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
        ("mum seems low", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
    ])
    func aReassuranceSeenIsNoDoubt(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Answers a practitioner gives in a few words, read by the matcher too: recovery is a
    /// history of misuse (not recovery from an operation), crying only when hungry is none, a
    /// weight that is fine is no neglect, a father nobody has met is unknown.
    @Test(arguments: [
        ("both of them are in recovery", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("mum is in recovery from the caesarean", RiskFactorID.substanceMisuse, FindingStatus?.none),
        ("she cries quite a bit", RiskFactorID.inconsolableCrying, FindingStatus?.some(.possible)),
        ("just when he is hungry", RiskFactorID.inconsolableCrying, FindingStatus?.some(.absent)),
        ("weight has been spot on", RiskFactorID.neglect, FindingStatus?.some(.absent)),
        ("skinny and unwashed", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("he stays over but nobody has met him", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        ("she lived previously with her ex", RiskFactorID.domesticAbuse, FindingStatus?.none),
    ])
    func answersInAFewWords(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A coloured spot or mark on the body is a mark wherever it is ("a blue spot behind her
    /// ear" had given nothing: only "on" was written).
    @Test(arguments: ["a blue spot behind her ear", "yellowish mark under his chin", "black marks across his back"])
    func aColouredSpotOrMarkAnywhere(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A wound closed for the baby is an injury; a mother's stitches after the birth are not.
    @Test func stitchesForTheBabyAreAnInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "he needed steri-strips on a cut") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "glue to his eyebrow at A&E last night") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "mum's stitches are sore") == nil)
    }

    /// Violence to the baby now, named "him", kept up or just done, is danger as well as an
    /// injury; a fear of harming the baby is no injury.
    @Test(arguments: [
        ("her partner is punching him right now", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("the man keeps kicking the baby", .immediateDanger, .present),
        ("she has just thrown the baby on the floor", .immediateDanger, .present),
        ("someone is smothering him", .otherInjury, .present),
        ("he scalded the baby in the bath", .otherInjury, .present),
        ("intrusive thoughts about harming the baby", .otherInjury, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func violenceNow(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Mental ill health said as worse than before or as a delusion about the baby (which may
    /// put the baby in danger); violence to a past partner or to things, a history to weigh.
    @Test(arguments: [
        ("his mood has got worse over the last month", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("she is convinced the baby is cursed", RiskFactorID.mentalHealth, .present),
        ("she is convinced the baby is cursed", RiskFactorID.immediateDanger, .possible),
        ("he smashes things when he is angry", RiskFactorID.domesticAbuse, .present),
        ("he beat his ex-girlfriend", RiskFactorID.domesticAbuse, .possible),
        ("parents are both daily drinkers", RiskFactorID.substanceMisuse, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func worseDelusionAndViolenceToThings(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Violence to the mother going on now is domestic abuse as well as danger; coping said
    /// with "baby's crying" is the crying.
    @Test func violenceNowAndCopingWithTheCrying() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "ring 999, her partner is hitting her right now") == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "dad can't cope with baby's screaming any more") == .present)
    }

    /// Not engaging is untreated mental ill health only with the condition or a mental health
    /// service named; "not engaging with services" alone names none (it had given both).
    @Test func notEngagingNeedsAConditionOrAService() {
        let services = MatcherFixture.matcher.match("partner not engaging with services")
        #expect(services.status(of: .mentalHealthUntreated) == nil)
        #expect(services.status(of: .mentalHealth) == nil)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "anxious and refusing to engage") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "has stopped engaging with her psychiatrist") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "mum v low and tearful") == .present)
    }
}

/// Treatment given up and help turned down, the signs of a carer under the influence, a
/// parent named by the pregnancy, a partner's record of violence to a former partner: each was
/// missed before. Their look-alikes stay as they are. Sentences written for the classes.
extension TreatmentAndSafetyClassTests {
    @Test(arguments: [
        "dad stopped seeing his psychiatrist in the summer",
        "PTSD, she quit going to counselling",
        "anxious and has turned down any help",
        "she has been really low and has refused all support",
    ])
    func treatmentGivenUpOrRefused(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }

    @Test func aGroupGivenUpIsNoTreatment() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she stopped going to the baby massage group") == nil)
    }

    @Test(arguments: ["dad was slurring at handover", "she seemed spaced out when I visited", "pinned pupils noted"])
    func signsOfBeingUnderTheInfluence(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }

    @Test func aMedicalCauseIsNoSubstance() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "her words were slurred after the general anaesthetic") == nil)
    }

    @Test func aParentNamedByThePregnancy() {
        #expect(MatcherFixture.status(.unborn, in: "the mother-to-be was in care") == .present)
        #expect(MatcherFixture.status(.unborn, in: "the mum has been a great mum to him") == nil)
    }

    @Test func aRecordOfViolenceToAFormerPartner() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "her new partner has a conviction for ABH against an ex-girlfriend") == .present)
    }
}
