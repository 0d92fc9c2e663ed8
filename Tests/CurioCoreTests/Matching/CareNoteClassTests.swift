import CurioCore
import Testing

/// Rule classes found by probing with notes written the way health visitors, GPs, midwives and
/// duty desks write them. Each case is written for its class, not copied from a probe.
@Suite struct CareNoteClassTests {
    /// "No history of" is read by its "no": the trigger's last words may be a cue's first ones
    /// ("history of mental health").
    @Test(arguments: [
        ("No history of mental health issues", FindingStatus?.some(.absent)),
        ("nil previous history of mental health problems", FindingStatus?.some(.absent)),
        ("Mum has a history of mental health problems", FindingStatus?.some(.present)),
    ])
    func noHistoryOfNegatesAHistoryCue(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == status, "\(text)")
    }

    /// A limb named first and said to be broken, with the doubt or denial between.
    @Test(arguments: [
        ("Dad thinks her wrist could be broken", FindingStatus?.some(.possible)),
        ("his leg is fractured on the x-ray", FindingStatus?.some(.present)),
        ("the baby's arm is not broken, x-ray clear", FindingStatus?.some(.absent)),
        ("mum's ankle is broken so nan is helping", FindingStatus?.none),
    ])
    func aLimbSaidToBeBroken(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == status, "\(text)")
    }

    /// Alone with the baby as a way of life is isolation; alone with the baby in a crisis, or
    /// drunk and alone with the baby, is danger.
    @Test(arguments: [
        ("Partner works away so she is alone with the twins all week", RiskFactorID.isolation, FindingStatus?.some(.present)),
        ("Partner works away so she is alone with the twins all week", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("He is off his face and alone with the baby every day", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("She says she'll hurt him and she's alone with him", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Dad is stoned and has got the twins with him on his own", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Dad has the baby on his own on Saturdays", RiskFactorID.immediateDanger, FindingStatus?.none),
    ])
    func aloneWithTheBaby(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A young child minding the baby is neglect; a young adult is not.
    @Test(arguments: [
        ("her 9 year old minds the baby after school", FindingStatus?.some(.present)),
        ("a six year old sibling is left in charge of the baby", FindingStatus?.some(.present)),
        ("baby left with her 12 yr old niece overnight", FindingStatus?.some(.present)),
        ("her 20 year old sister babysits the baby", FindingStatus?.none),
        ("left the baby with her 19 year old brother", FindingStatus?.none),
    ])
    func aYoungChildMindingTheBaby(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.neglect, in: text) == status, "\(text)")
    }

    /// Danger said without its usual words: the baby better off dead, a carer meaning to end
    /// their life now, nobody knowing where the baby is, crying for hours with no adult about.
    @Test(arguments: [
        ("dad keeps saying the kids would be better off dead", FindingStatus?.some(.possible)),
        // A plan for tonight with the baby in her care: a carer unable to care who has the baby
        // (the situations), so present.
        ("she is planning to kill herself tonight and has the baby", FindingStatus?.some(.present)),
        ("nobody knows where mum and baby are", FindingStatus?.some(.possible)),
        ("whereabouts of the baby unknown since Friday", FindingStatus?.some(.possible)),
        ("screaming all night and nobody is home", FindingStatus?.some(.possible)),
        ("dad's whereabouts are unknown", FindingStatus?.none),
        ("talked about ending it all last year, now well", FindingStatus?.none),
    ])
    func dangerSaidOtherwise(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Basic care said plainly: clothes or bedding dirty, a baby not fed when it needs it, "was
    /// not brought" as shorthand. A dirty nappy, or a baby who feeds poorly, is not neglect.
    @Test(arguments: [
        ("bedding filthy and babygrow stained", FindingStatus?.some(.present)),
        ("the baby smelt awful at the visit", FindingStatus?.some(.present)),
        ("dad didn't feed him for hours while gaming", FindingStatus?.some(.present)),
        ("WNB to the hip scan", FindingStatus?.some(.present)),
        ("the 7 week old is sleeping on the floor", FindingStatus?.some(.present)),
        ("home untidy but clean, baby content", FindingStatus?.some(.absent)),
        ("nappy dirty so changed it during the visit", FindingStatus?.none),
        ("he doesn't feed well, seeing the GP about reflux", FindingStatus?.none),
    ])
    func basicCareSaidPlainly(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.neglect, in: text) == status, "\(text)")
    }

    /// Mental ill health and its treatment: a referral not attended, a depot stopped, thoughts
    /// of self-harm, a mother named as the one crying; not engaging with antenatal care names no
    /// condition.
    @Test(arguments: [
        ("referred to the perinatal team, never attended", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("stopped his depot last month", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("on a depot, stable", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.absent)),
        ("urges to cut herself again", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("mum keeps crying during the visit", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
        ("mum keeps crying during the visit", RiskFactorID.inconsolableCrying, FindingStatus?.none),
        // Strain, not a mental illness: two independent probe authors labelled it so.
        ("mum is at the end of her tether", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("17, not engaging with the midwife", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("17, not engaging with the midwife", RiskFactorID.mentalHealthUntreated, FindingStatus?.none),
    ])
    func mentalHealthAndItsTreatment(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Isolation as people falling away, coercive control, a man services know nothing of, and
    /// crying said to be endless.
    @Test(arguments: [
        ("her family have stopped coming round", RiskFactorID.isolation, FindingStatus?.some(.present)),
        ("he controls her phone and finances", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("he put his fist through the bedroom door", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("her ex-partner keeps sending threats", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("she is not allowed to see her friends", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("she is allowed to see her friends", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("an adult male staying at the flat, not known to services", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        ("her dad has no contact at all", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        // "Seen" him is most often the baby seen at a visit; "met" him is a man nobody knows.
        ("we have not seen him for a month, visits cancelled", RiskFactorID.fatherUnknown, FindingStatus?.none),
        ("father works in Dubai and has not yet seen the baby", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        ("partner walked out when she was pregnant", RiskFactorID.isolation, FindingStatus?.some(.present)),
        ("the screaming is constant", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
    ])
    func peopleAroundTheBaby(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A date of birth given as a time ago is the baby's age.
    @Test func aDateOfBirthAgoIsTheAge() {
        #expect(MatcherFixture.age("DOB 5 weeks ago, bruise on ear") == 5)
    }

    /// Danger in the home now, and threats made on a condition the baby sets: a fire or gas
    /// with the baby inside, handing the baby to anyone now, "if he doesn't stop crying I'll...".
    /// The condition's "doesn't" is no denial of the threat.
    @Test(arguments: [
        ("smell of gas in the flat and the twins are upstairs", FindingStatus?.some(.present)),
        ("baby still inside, the kitchen is on fire", FindingStatus?.some(.present)),
        ("she is threatening to give him away to anyone who will have him", FindingStatus?.some(.present)),
        ("if she won't settle he says he will shake her", FindingStatus?.some(.present)),
        ("if he doesn't sleep I'll cry", FindingStatus?.none),
        ("thinking of giving the baby up for adoption", FindingStatus?.none),
        ("baby is with dad who is off his head on ketamine", FindingStatus?.some(.present)),
    ])
    func dangerInTheHomeNow(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Handling by a limb is a possible injury; a mother's bleeding in pregnancy is none, and
    /// says the pregnancy.
    @Test(arguments: [
        ("grandad lifted her up by her arms", RiskFactorID.otherInjury, FindingStatus?.some(.possible)),
        ("dad swings him round by his ankles", RiskFactorID.otherInjury, FindingStatus?.some(.possible)),
        ("lump on his skull", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("some bleeding in early pregnancy, seen at EPU", RiskFactorID.otherInjury, FindingStatus?.none),
        ("some bleeding in early pregnancy, seen at EPU", RiskFactorID.unborn, FindingStatus?.some(.present)),
        ("vaginal bleeding at 34 weeks", RiskFactorID.otherInjury, FindingStatus?.none),
    ])
    func handlingAndBleeding(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Needs not met said as what is missing or how long the baby is left; the baby said to
    /// be dirty.
    @Test(arguments: [
        ("they can't afford nappies or formula", FindingStatus?.some(.present)),
        ("he's left to cry in his cot all day", FindingStatus?.some(.present)),
        ("kept in the bouncer most of the day", FindingStatus?.some(.present)),
        ("the twins looked grubby", FindingStatus?.some(.present)),
        ("mould all over the walls", FindingStatus?.some(.present)),
        ("baby left crying for a minute while mum made a bottle", FindingStatus?.none),
    ])
    func needsNotMet(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.neglect, in: text) == status, "\(text)")
    }

    /// Mood: a screening score said to be high, a referral declined, and reassurance about the
    /// mood (which is no cue alone) written out.
    @Test(arguments: [
        ("PHQ-9 raised at review", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
        ("low mood, declined the IAPT referral", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("no worries about her emotional wellbeing", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
    ])
    func moodScoresAndReferrals(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Relatives: "no concerns" from a relative is none (its "no" belongs to the trigger "no
    /// concerns"), a relative's reassurance raises nothing, and a parent's own parent who is
    /// worried is family. A parent's plan under its old name is care history; the first baby
    /// described as such is no other child.
    @Test(arguments: [
        ("the aunt has no worries at all", RiskFactorID.familyConcern, FindingStatus?.some(.absent)),
        ("her gran says everything is fine", RiskFactorID.familyConcern, FindingStatus?.none),
        ("dad's mum phoned, she is worried", RiskFactorID.familyConcern, FindingStatus?.some(.present)),
        ("mum was on the at risk register at 10", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
        ("22, first baby, has bipolar", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("her first baby, now 6, has ADHD and anxiety", RiskFactorID.mentalHealth, FindingStatus?.none),
    ])
    func relativesAndHistory(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Naive expectations: hours of sleep expected, sleeping through with no time given, the
    /// baby said to cry on purpose. What a parent expects of the baby is no pregnancy.
    @Test(arguments: [
        ("she thinks babies sleep 10 hours a night", RiskFactorID.naiveExpectations, FindingStatus?.some(.present)),
        ("dad expects her to sleep through the night", RiskFactorID.naiveExpectations, FindingStatus?.some(.present)),
        ("says he is winding her up with the crying", RiskFactorID.naiveExpectations, FindingStatus?.some(.present)),
        ("mum expects the baby to settle herself", RiskFactorID.unborn, FindingStatus?.none),
        ("she is expecting twins in May", RiskFactorID.unborn, FindingStatus?.some(.present)),
        // A worry about a pregnant woman is no doubt about the pregnancy.
        ("worried about this pregnant 15 year old", RiskFactorID.unborn, FindingStatus?.some(.present)),
        ("worried she may be pregnant", RiskFactorID.unborn, FindingStatus?.some(.possible)),
        // A pregnancy hidden is a pregnancy; a birth planned alone is no baby alone now.
        ("she hid the pregnancy from everyone", RiskFactorID.unborn, FindingStatus?.some(.present)),
        ("plans to give birth at home on her own", RiskFactorID.immediateDanger, FindingStatus?.none),
    ])
    func naiveExpectations(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Written advice handed over is no finding; what the caller was told by someone unnamed
    /// is second-hand; a confident forecast of sleep is a naive expectation.
    @Test(arguments: [
        ("leaflets given re safe sleep and drug services", RiskFactorID.substanceMisuse, FindingStatus?.none),
        ("gave mum the leaflet on postnatal depression", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("we were told he has a fractured wrist", RiskFactorID.otherInjury, FindingStatus?.some(.possible)),
        ("I've heard mum uses cocaine", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
        ("dad reckons the baby will just sleep all night", RiskFactorID.naiveExpectations, FindingStatus?.some(.present)),
        ("hoping he will sleep through soon", RiskFactorID.naiveExpectations, FindingStatus?.none),
    ])
    func toldAdvisedAndForecast(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
