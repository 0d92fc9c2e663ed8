import Testing

@testable import CurioCore

/// Parent and family factors as the retired probe BY's writers told them (fixer sc): the father
/// known or unknown told as a scene, untreated illness told as refusal, support and isolation
/// told as scenes, care history told tersely or denied through the services, drug use inferred
/// from a scene, a relative as the caller, another's illness set against the parent's, and
/// look-alikes that keep their old reading. Sentences written for the classes.
@Suite("sc classes: parent and family factors")
struct scClassesTests {
    /// F1, the father seen or involved told as a scene (a husband at every scan, "I'm the baby's dad", his manner during the visit, the baby staying with his dad): father.unknown absent.
    @Test(arguments: [
        "Her husband has been to every scan with her.",
        "I'm the baby's dad and I want some advice.",
        "Dad seemed very guarded during the visit.",
        "Dad wouldn't look at me the whole time.",
        "The baby is with his dad this weekend while mum is away.",
        "Her fiance was feeding the baby when I got there.",
        "I've spoken to dad twice this week.",
        "Dad was in the garden during my visit.",
    ])
    func fatherSeenOrInvolvedToldAsASceneIsAbsent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    /// F1/F2 look-alikes: the father not seen during the visit, his whereabouts "NK", nobody knowing where he is: father.unknown stays present.
    @Test(arguments: [
        "Dad was not seen during the visit.",
        "Birth dad's whereabouts NK.",
        "Nobody really knows where the dad is.",
    ])
    func fatherUnknownStaysPresent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    /// F1 look-alike: mum staying with her own dad is the baby's grandfather: nothing of the father.
    @Test(arguments: [
        "Mum is staying with her dad tonight.",
    ])
    func theMothersOwnFatherGivesNothing(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }

    /// U1, treatment refused as "won't try anything for it" (the condition before or after it;
    /// "won't take anything for his depression" had denied the depression) or stopped in the first person ("I stopped my antidepressants when I found out"): untreated.
    @Test(arguments: [
        "He has depression but won't try anything for it.",
        "She's got anxiety and refuses to take any tablets.",
        "I stopped my antidepressants when I found out I was pregnant.",
        "Dad refuses to take anything for his depression.",
    ])
    func treatmentRefusedOrStoppedIsUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }

    /// U1 look-alike: tablets taken every day: untreated absent.
    @Test(arguments: [
        "She has depression and takes her tablets every morning.",
    ])
    func treatmentTakenStaysAbsent(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .absent, "\(text)")
    }

    /// I1, support told as a scene (a grandparent living in, relatives within walking distance, a group from a class): isolation absent.
    @Test(arguments: [
        "His mum lives with them and does the school run.",
        "Both her aunts live within walking distance.",
        "She's got a nice group of mums from baby yoga.",
        "Her parents have moved in to help.",
    ])
    func supportToldAsASceneIsAbsent(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }

    /// I2, support gone told as no one to call, friends no longer spoken to, or the partner on nights so she is alone: isolation present.
    @Test(arguments: [
        "I've got no family to call on.",
        "He's stopped speaking to his friends.",
        "Her husband works nights so she's on her own with the baby.",
    ])
    func supportGoneIsIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    /// I2 look-alike: still talking to her family: isolation absent.
    @Test(arguments: [
        "She hasn't stopped talking to her family.",
    ])
    func supportStillThereIsNotIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }

    /// I1/I2 look-alike: a grandparent who no longer lives in says nothing either way.
    @Test(arguments: [
        "Her mum doesn't live with them any more.",
    ])
    func supportGoneLookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }

    /// C1, a plan "as a teenager" with its abuse in brackets: the parent's childhood in care.
    @Test(arguments: [
        "Mum - CP plan as a teenager (sexual abuse).",
    ])
    func planAsAChildWithItsAbuseIsCareAndAdverseChildhoodCare(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }

    /// C1, the same note, or a childhood abuser told through his sentence ("her uncle went to prison for abusing her"): adverse childhood.
    @Test(arguments: [
        "Mum - CP plan as a teenager (sexual abuse).",
        "Her uncle went to prison for abusing her.",
    ])
    func planAsAChildWithItsAbuseIsCareAndAdverseChildhoodAdverse(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }

    /// C1 look-alike: the childhood abuser's conviction is no domestic abuse between the adults now.
    @Test(arguments: [
        "Her uncle went to prison for abusing her.",
    ])
    func childhoodAbuserConvictedIsNotDomesticAbuseNow(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    /// C2: a CP or CIN plan for the family is the family's case history, not the parent's childhood in care.
    @Test(arguments: [
        "There was a CP plan for the family in 2017.",
    ])
    func theFamilysPlanIsNotTheParentsCare(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
    }

    /// C3: "children's services never knew", "social services were never involved" of the parent's childhood: childhood in care absent.
    @Test(arguments: [
        "Her mum hit her a lot growing up but children's services never knew.",
        "His dad was a drinker, social services were never involved.",
    ])
    func servicesNeverInvolvedDeniesCare(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .absent, "\(text)")
    }

    /// S1, drug use inferred from a scene (a syringe beside the carer, "we think he'd taken something") or told by the baby's relative of "his dad": possible.
    @Test(arguments: [
        "Mum was out cold on the bed with a syringe beside her.",
        "He was slurring and we think he'd taken something.",
        "I'm the baby's nan and I think his dad might be using again.",
    ])
    func drugUseFromAScene(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }

    /// S1 look-alikes: something taken for a pain, or something to eat: no drug use.
    @Test(arguments: [
        "She had taken something for her back pain.",
        "Dad had something to eat before the visit.",
        "He takes something for his nerves.",
    ])
    func somethingForAPainIsNoDrug(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }

    /// R1, a relative ringing about her sibling or grown child who has had the baby, or the father parted from mum on the line: family concern.
    @Test(arguments: [
        "I'm phoning about my brother, his girlfriend has just had a baby.",
        "I'm calling about my daughter, she had the baby a fortnight ago.",
        "I'm his father, we split up last year, and I'm worried.",
    ])
    func aRelativeRingingAboutTheParentIsFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    /// R1 look-alike: a parent ringing about "my daughter", the baby: no family concern.
    @Test(arguments: [
        "I'm ringing about my daughter, she's six weeks old and won't settle.",
    ])
    func aParentRingingAboutTheirBabyIsNoFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }

    /// M1, a relative's illness with the parent set against it ("her brother has bipolar, not her"): the parent's mental health absent.
    @Test(arguments: [
        "Her brother has bipolar, not her.",
        "Grandad has depression - not dad.",
    ])
    func anothersIllnessNotTheParentsIsAbsent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
    }

    /// L1, struggling with the paperwork is a sign, not a label: learning difficulty possible.
    @Test(arguments: [
        "Mum struggled with the paperwork at booking.",
    ])
    func strugglingWithFormsIsSuspected(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .possible, "\(text)")
    }

    /// N1, more babies told as no more work than one: naive expectations.
    @Test(arguments: [
        "She reckons twins will be as easy as one.",
        "He says the second one will be no harder than the first.",
    ])
    func moreBabiesAsEasyAsOneIsNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }

    /// N1 look-alike: knowing two won't be as easy: nothing.
    @Test(arguments: [
        "She knows two won't be as easy as one.",
    ])
    func moreBabiesLookAlikeStaysSilent(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == nil, "\(text)")
    }

    /// D1, the mother the one arrested or charged for hurting her partner: domestic abuse present (only the father's arrest had been read).
    @Test(arguments: [
        "Mum was arrested for assaulting dad last night.",
        "She's been charged with attacking her boyfriend.",
    ])
    func theMotherArrestedForHurtingHimIsDomesticAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// Case-note shorthand "special sch": learning difficulty present.
    @Test(arguments: [
        "Dad attended special sch.",
    ])
    func specialSchoolInShorthandIsLearningDifficulty(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
    }

    /// S1, a grandparent who went round and found "her son": the grandparent's child is the baby's parent, so the drug scene is the parent's (possible).
    @Test(arguments: [
        "The call came from nan, she went round and found her son passed out with a needle beside him.",
    ])
    func aGrandparentsChildIsTheParent(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }

    /// U2, help refused for the habit ("won't accept any support for her drinking"): substance misuse present (the refusal's "won't" had denied the drinking, a negation error).
    @Test(arguments: [
        "Mum won't accept any support for her drinking.",
        "He refused to engage with help for his drug use.",
    ])
    func helpRefusedForTheHabitIsTheHabit(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// U2, the habit not admitted ("won't admit he drinks every night"): suspected, possible (it had read as denied).
    @Test(arguments: [
        "Dad won't admit he drinks every night.",
    ])
    func theHabitNotAdmittedIsSuspected(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }

    /// U2 look-alike: help refused for drinking is no untreated mental illness.
    @Test(arguments: [
        "Mum won't accept any support for her drinking.",
    ])
    func helpRefusedForTheHabitIsNoMentalIllness(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }

    /// U2 (domestic abuse), action or help about the abuse refused (a statement, the IDVA, a refuge): domestic abuse present ("refuses to support a prosecution for the DV" had read as denied, a negation error).
    @Test(arguments: [
        "Mum declined to give a statement about the DV.",
        "She refused to work with the IDVA.",
        "Mum didn't want to move into a refuge.",
    ])
    func helpRefusedForTheAbuseIsTheAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// U2 look-alike: refusing the IDVA is no untreated mental illness.
    @Test(arguments: [
        "She refused to work with the IDVA.",
    ])
    func helpRefusedForTheAbuseIsNoMentalIllness(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }

    /// U2 (care), her or his care history not talked about: childhood in care present.
    @Test(arguments: [
        "Dad wouldn't talk about his time in care.",
    ])
    func careNotTalkedAboutIsCare(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }

    /// I3, the father in prison in the past ("dad was in prison years ago"): a known man, but no partner away now, so no isolation.
    @Test(arguments: [
        "Dad was in prison years ago for burglary.",
    ])
    func prisonInThePastIsNoIsolationNow(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }

    /// I3 look-alike: the father in prison now is still a partner away: isolation present.
    @Test(arguments: [
        "Dad is in prison until the summer.",
    ])
    func prisonNowIsStillIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
}
