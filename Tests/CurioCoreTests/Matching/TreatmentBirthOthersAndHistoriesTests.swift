import Testing

@testable import CurioCore

/// Classes from the s18 N probe: mental ill health left untreated (a GP referral turned down with
/// the illness named, a mental health team's discharge for not attending, a crisis team or CPN
/// kept out, antidepressants stopped when written in two words), a pregnancy said as "carrying
/// twins" and someone else's pregnancy, an adult's own injury, another person's crying baby,
/// loneliness, former partner and child in care, "in a row" as a line, domestic abuse told as
/// a weapon held to her long ago, by the mother, or as rages and name-calling, a parent's
/// childhood of beatings or a parent's drinking, crying in the past or sobbing, naive
/// expectations, a low IQ, "cut herself off", "dont no who the dad is", a needle in her arm,
/// and "ate" dictated for "eight". Sentences written for the classes, with their look-alikes.
@Suite("Treatment, birth, others and histories")
struct TreatmentBirthOthersAndHistoriesTests {
    /// Treatment turned down, ended for not attending, or a worker kept out: untreated.
    @Test(arguments: [
        "HV note: low mood since delivery, declined a GP referral at today's visit",
        "anxiety ++ for months, refused a GP appointment when offered",
        "she turned down a GP referral for her mood",
        "he was discharged by the perinatal team for not attending his appointments",
        "the CPN discharged her after she kept not turning up",
        "mum won't let the CPN into the flat",
        "she wouldn't open the door to the home treatment team yesterday",
        "came off her anti depressants as soon as she knew she was pregnant",
        "stopped her anti-depressants in the first trimester",
        "dad's depressed and he's never been seen by a GP about it",
    ])
    func treatmentRefusedOrEndedIsUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }

    /// A worker kept out and medicine stopped name the illness too.
    @Test func theIllnessIsNamedWithIt() {
        #expect(MatcherFixture.status(.mentalHealth, in: "mum won't let the CPN into the flat") == .present)
        #expect(
            MatcherFixture.status(.mentalHealth, in: "came off her anti depressants as soon as she knew she was pregnant") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "mum has bi-polar and is under the CMHT") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "dad was diagnosed with bi polar last year") == .present)
    }

    /// Look-alikes: the baby's GP, the baby's appointment, treatment completed or going on.
    @Test func theBabysDoctorAndTreatmentDoneAreNotUntreated() {
        for text in [
            "mum declined a GP appointment for the baby's rash",
            "discharged from IAPT after attending all her sessions, much better now",
            "the baby has never been seen by a doctor since birth, he is 12 weeks",
            "he hasn't been seen by a GP since he was born",
        ] {
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she is on anti-depressants and they help") == .absent)
        #expect(
            MatcherFixture.status(.mentalHealthUntreated, in: "maybe she was discharged by the mental health team for not attending")
                == .possible)
    }

    /// "Carrying twins" is a pregnancy; carrying the twins, or someone else's pregnancy, is not.
    @Test func whosePregnancy() {
        #expect(MatcherFixture.status(.unborn, in: "she is carrying twins and due in March") == .present)
        #expect(MatcherFixture.status(.unborn, in: "mum is carrying the twins up the stairs") == nil)
        #expect(MatcherFixture.status(.unborn, in: "her sister is pregnant, not mum") == nil)
        #expect(MatcherFixture.status(.unborn, in: "his cousin was expecting at the same time") == nil)
        #expect(MatcherFixture.status(.unborn, in: "my sister is pregnant and her boyfriend hits her") == .present)
        #expect(MatcherFixture.status(.unborn, in: "mum's sister is pregnant and mum is 24 weeks pregnant") == .present)
    }

    /// Expectations of an easy baby, of no more loneliness, a rosy picture, no night feeds:
    /// naive, and no pregnancy from "expects".
    @Test(arguments: [
        "she expects him to be good as gold from the start",
        "mum is expecting and thinks it'll be no trouble at all",
        "she thinks the baby will mean she's never lonely again",
        "they have a rose-tinted picture of parenthood",
        "dad reckons a newborn doesn't need feeding in the night",
    ])
    func naiveExpectations(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }

    @Test func naiveLookAlikes() {
        #expect(MatcherFixture.status(.unborn, in: "she expects him to be good as gold from the start") == nil)
        #expect(MatcherFixture.status(.unborn, in: "mum is expecting and thinks it'll be no trouble at all") == .present)
        #expect(MatcherFixture.status(.isolation, in: "she thinks the baby will mean she's never lonely again") == nil)
        #expect(MatcherFixture.status(.naiveExpectations, in: "she has rosy cheeks and is feeding well") == nil)
        #expect(MatcherFixture.status(.naiveExpectations, in: "perhaps a rather rosy picture of motherhood") == .possible)
    }

    /// An adult's own burn or graze, its cause or its place said: not the baby's injury.
    @Test(arguments: [
        "mum scalded her wrist on the kettle this morning, baby is fine",
        "grandad burnt his fingers on the barbecue",
        "there is a fresh graze on dad's knuckles",
        "a cut on mum's hand from the broken glass",
    ])
    func anAdultsOwnInjuryIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// The mirror: another's pronoun, no cause, or on purpose.
    @Test func theBabysInjuryAndSelfHarmStay() {
        #expect(MatcherFixture.status(.otherInjury, in: "dad burnt her hand on the iron") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "he burnt his hand on the radiator") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "mum burnt her arm on purpose last night") == .present)
    }

    /// Other people: a neighbour's baby, a lonely friend or nan, a partner's ex, the parent's own
    /// children taken into care.
    @Test func otherPeoplesTroublesAreNotTheFamilys() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "the neighbours baby screams for hours every night") == nil)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "the baby screams for hours every night") == .present)
        #expect(MatcherFixture.status(.isolation, in: "her friend is so lonely since she moved") == nil)
        #expect(MatcherFixture.status(.isolation, in: "her nan has been very isolated since grandad died") == nil)
        #expect(MatcherFixture.status(.isolation, in: "mum feels lonely and has no one to talk to") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "his girlfriend's ex-husband drinks heavily") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "her partner's ex was in care as a child") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad drinks heavily") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "her eldest was placed into care in 2021") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "his daughters were taken into care last year") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "mum was taken into care when she was 8") == .present)
    }

    /// Isolation by her own doing; "in a row" is a line; rows told alone are abuse to ask about
    /// (possible), with violence told they are abuse.
    @Test func cutOffAndRows() {
        #expect(MatcherFixture.status(.isolation, in: "she has been isolating herself, cutting herself off from everyone") == .present)
        #expect(MatcherFixture.status(.isolation, in: "she hasn't cut herself off from her friends") == .absent)
        let line = "five little bruises in a row along her spine"
        #expect(MatcherFixture.status(.domesticAbuse, in: line) == nil)
        #expect(MatcherFixture.status(.bruising, in: line) == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "they had a big row and he threw a plate at her") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "she says the rows have got worse") == .possible)
    }

    /// A weapon held to her long ago, the mother hitting, rages and name-calling: abuse.
    @Test(arguments: [
        "two years ago he put a knife to her throat",
        "he once pulled a kitchen knife on mum",
        "mum slaps her partner when they argue",
        "she punched dad in the face on Saturday",
        "she hits dad",
        "he kicked off at mum in front of the baby",
        "he calls her names and puts her down",
    ])
    func domesticAbuseTold(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test func domesticAbuseDeniedOrNotAPartner() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "he has never held a knife to her") == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "she denies he kicks off at her") == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "she hits him when he cries") == nil)
        // A toddler's tantrum at its mother is no abuse between the adults.
        #expect(MatcherFixture.status(.domesticAbuse, in: "her 2 year old kicks off at her when she says no") == nil)
    }

    /// A childhood of a parent's blows or drinking.
    @Test(arguments: [
        "she was belted often by her stepdad growing up",
        "mum was hit regularly by her mother as a little girl",
        "he grew up around his mum's heroin use",
        "she grew up with her parents' violence",
    ])
    func aChildhoodOfBlowsOrDrinking(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }

    @Test func aChildhoodDenied() {
        #expect(MatcherFixture.status(.adverseChildhood, in: "she wasn't beaten regularly by her parents") == .absent)
    }

    /// Crying that was past or sobbing without end; an adult's sobbing is not the baby's.
    @Test func cryingPastOrSobbing() {
        #expect(
            MatcherFixture.status(.inconsolableCrying, in: "she's settled now but for the first month she was unsoothable") == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "he has been bawling non-stop since lunchtime") == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "mum was sobbing on the phone all night") == nil)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "not sobbing nonstop, settles with a feed") == .absent)
    }

    /// An IQ under 70, a father not known in dictated spelling, a needle in the body.
    @Test func otherFactorWordings() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "full scale IQ of 58 on the psychology report") == .present)
        #expect(MatcherFixture.status(.learningDifficulty, in: "his IQ is 110") == nil)
        #expect(MatcherFixture.status(.fatherUnknown, in: "she doesnt no who the father is") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "found him with a syringe hanging out of his arm") == .present)
    }

    /// "Ate" dictated for "eight" is read as a number where an age is said, and nowhere else.
    @Test func ateDictatedForEight() {
        MatcherFixture.expectAge("the baby is ate weeks old", is: 8)
        MatcherFixture.expectAge("she ate her tea and she's 10 weeks old", is: 10)
    }
}
