import Testing

@testable import CurioCore

/// Classes a probe of false urgent findings found (gc). False: an adult's own injury read as the
/// baby's (a man's black eye or bruised ribs told by whose they are, a man come in with them, a
/// burn got on a household thing); another child's injury told by whose it is; a form's
/// question about the baby answered no ("Baby bruised? No."), a mark told before and then
/// confirmed a birthmark, a swelling named an illness; danger read into a sober carer keeping
/// the baby from one who came drunk or high, into an urge told as long ago or gone, and into
/// an animal left alone; one missed check explained by the weather or gone to the next day;
/// a relative's call told before a semicolon ("her aunt rang it in; she says...") read as
/// the practitioner's own, and a different babysitter or grandparent each night as neglect
/// seen. Each class is tried both ways: the baby's own injury, a danger now, neglect told
/// first-hand stay. Sentences written for the classes.
@Suite("Adults' own injuries, ruled-out marks, past or animal danger, relatives' reports")
struct AdultsOwnInjuriesRuledOutMarksPastOrAnimalDangerAndRelativesReportsTests {
    /// A man's own bruise, by whose it is or come in with it: no bruise of the baby's.
    @Test(arguments: [
        "Bruised ribs - that's stepdad, he fell off the scaffolding at work.",
        "Bruising to the ribs - that's dad, he fell off the scaffolding at work.",
        "Stepdad turned up with a black eye from Saturday football.",
        "The bruises are uncle's - he does boxing.",
        "Dad came home with a split lip and a black eye.",
    ])
    func aMansOwnBruiseIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// ...and said not to be the baby's: the baby's skin denied.
    @Test func aBruiseSaidNotToBeTheBabys() {
        #expect(MatcherFixture.status(.bruising, in: "The black eye is grandad's, not the baby's.") == .absent)
    }

    /// The baby's own bruise, whoever is named beside it, stays.
    @Test(arguments: [
        "Dad says the baby's bruised cheek came from the car seat.",
        "Dad brought him in with a black eye.",
        "Bruise on her thigh - that's dad, he squeezes her when she cries.",
        "Dad turned up with a bruised and screaming baby.",
        "The black eye was dad's doing.",
        "Black eye - that's dad, he came home from work and hit her.",
        "Bruising to her ribs - that's dad, he fell off the scaffolding at work.",
    ])
    func theBabysOwnBruiseStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A man come in with his own black eye, a baby of 6 weeks: no bruising protocol.
    @Test func aMansBlackEyeGivesNoProtocol() {
        let ids = DialogueFixtures.recommendationIDs("Dad came home with a split lip and a black eye, the baby is 6 weeks old.")
        #expect(!ids.contains("bruising-protocol"))
        #expect(!ids.contains("refer-csc"))
    }

    /// An adult's burn got on a household thing, or another child's injury by whose it is: no
    /// injury of the baby's; the baby's own burn or fracture stays.
    @Test func adultsAndOtherChildrensInjuries() {
        for text in ["Grandad burnt his hand on the oven.", "Dad has scalded his fingers on the kettle.",
            "The rib fracture was her sister's, last year."] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        let other = MatcherFixture.status(.otherInjury, in: "The burns were his cousin's, not this baby's.")
        #expect(other != .present && other != .possible)
        for text in ["Dad burnt her hand on the oven door.", "The fracture is the baby's, not her brother's."] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
    }

    /// A form's question about the baby answered: no is absent, a doubt possible, yes present;
    /// a question about the bruise's change answered "no change" is no denial.
    @Test func aFormsQuestionAboutTheBabyAnswered() {
        #expect(MatcherFixture.status(.bruising, in: "Baby bruised? No.") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "Baby fractures? - no.") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "Baby bruised? - unsure") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Baby bruised? - yes, left cheek") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Baby's bruise? No change since Monday.") == .present)
        #expect(!DialogueFixtures.recommendationIDs("Baby bruised? No. She is 8 weeks old.").contains("bruising-protocol"))
        #expect(DialogueFixtures.recommendationIDs("Baby bruised? - unsure. She is 8 weeks old.").contains("bruising-protocol"))
    }

    /// A mark told before and then found a birthmark by a professional, or diagnosed as one: no
    /// bruise; the finding denied, or a carer's word, leaves the bruise.
    @Test func aMarkConfirmedABirthmark() {
        for text in ["The patch I mentioned last week? Dermatology has confirmed it's a Mongolian blue spot.",
            "The mark on his back was diagnosed as a naevus."] {
            #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
        }
        for text in ["The mark I reported? The GP hasn't confirmed it's a birthmark, so I'm treating it as a bruise.",
            "The bruise I mentioned? Mum says it's a birthmark."] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
    }

    /// A swelling named an illness by the one telling: no injury; a carer's word: the injury.
    @Test func aSwellingNamedAnIllness() {
        #expect(MatcherFixture.status(.otherInjury, in: "Her puffy eyelid is just a stye.") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "Swollen eyelid - mum says it's a stye.") == .present)
    }

    /// A sober carer keeping the baby from one who came for it drunk or high: no danger, the
    /// drinking or drug use told; the impaired one refusing stays danger.
    @Test func aSoberCarerKeepingTheBaby() {
        for text in ["Mum turned up high to collect her, so dad refused to hand her over.",
            "Nan wouldn't hand him over because dad was stoned."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
            #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        for text in ["Dad's stoned and won't hand the baby over to the police.",
            "Dad is refusing to hand her over because he's hammered."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// An urge to harm told as long ago or as gone: no danger now; a wish now, or one not gone,
    /// stays.
    @Test func anUrgeToldAsPast() {
        for text in ["She'd wanted to drop him off the balcony weeks ago.",
            "Mum felt like throwing him out of the window, but the thoughts have passed."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        for text in ["She wanted to drop him off the balcony.", "Mum says she wants to drop him off the balcony.",
            "Mum felt like throwing him out of the window, and the thoughts haven't passed."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// An animal left alone: nothing of the baby's; an animal left with the baby, or the baby
    /// left beside it: danger and neglect.
    @Test func anAnimalLeftAlone() {
        let cats = "The cats have been left alone for days without food."
        #expect(MatcherFixture.status(.immediateDanger, in: cats) == nil)
        #expect(MatcherFixture.status(.neglect, in: cats) == nil)
        #expect(DialogueFixtures.recommendationIDs(cats).isEmpty)
        for text in ["The puppy was left alone with the baby.", "The baby and the puppy were left in the flat."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
    }

    /// One check missed for the weather or a strike, or gone to later: no neglect; many missed,
    /// or more missed after, or no care taken: neglect.
    @Test func oneMissedCheckExplained() {
        for text in ["Missed her 8 week check because of the snow.",
            "Missed the weigh-in because of the train strike, rebooked and attended two days later."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "DNA'd the weigh clinic but went the following week.") == .absent)
        for text in ["Missed all her appointments because of the weather.",
            "Missed one weigh-in because of the snow and has missed the three since.",
            "Missed the jabs because mum couldn't be bothered."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
    }

    /// A different babysitter each weekend is a doubt of neglect, a different grandparent none;
    /// random men each night are neglect.
    @Test func differentMindersEachNight() {
        #expect(MatcherFixture.status(.neglect, in: "The baby gets left with a different babysitter most weekends.") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "She's minded by a different grandparent each day.") == nil)
        #expect(MatcherFixture.status(.neglect, in: "Left with random men every night.") == .present)
    }

    /// A relative's call told before a semicolon, then what she says: second-hand, possible, so
    /// no referral but a closer look; the same told first-hand is a referral.
    @Test func aRelativesCallThenHerAccount() {
        let told = "Her aunt rang it in; she says he's left in a soiled nappy all day."
        #expect(MatcherFixture.status(.neglect, in: told) == .possible)
        let ids = DialogueFixtures.recommendationIDs(told)
        #expect(!ids.contains("refer-csc"))
        #expect(ids.contains("neglect-look-closer"))
        #expect(DialogueFixtures.recommendationIDs("The baby is left in a soiled nappy all day.").contains("refer-csc"))
    }
}
