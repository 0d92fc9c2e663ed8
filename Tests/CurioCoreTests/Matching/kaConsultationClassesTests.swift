import Testing

@testable import CurioCore

/// Classes found by the ka consultation grid (practitioners ringing mid-day, facts told in any
/// order): a pregnancy said as the baby "not had yet"; an age corrected as what was meant or
/// misread; a bruise told only as a place gone an odd colour; mobility told as the baby up on its
/// feet; violence told as just done to the wall, door or telly; smoke or burning smelt now; a
/// previous baby's age; the baby alone now said with "'s" or while the carer is out; a home left
/// freezing; and more scenes (rough acts, pain on handling, a baby in the bath alone). Sentences
/// written for the classes, with look-alikes that must not move.
@Suite("ka consultation classes")
struct KaConsultationClassesTests {
    /// The baby said as "him", "her" or "them", not had yet, is a pregnancy; a jab or check not
    /// had yet is none, nor "it" (as often a check or a jab).
    @Test func aBabyNotHadYetIsAPregnancy() {
        #expect(MatcherFixture.status(.unborn, in: "she hasn't had him yet, she's due next month") == .present)
        #expect(MatcherFixture.status(.unborn, in: "mum's not had her yet, she's 34 weeks") == .present)
        #expect(MatcherFixture.status(.unborn, in: "she's not had her jab yet") == nil)
    }

    /// An age corrected as what the caller meant or misread: the corrected age stands. An age of
    /// a visit after it ("I saw her at 6 weeks") corrects nothing.
    @Test func anAgeCorrectedAsMeantOrMisread() {
        MatcherFixture.expectAge("he's 8 months, I meant 8 weeks", is: 8)
        MatcherFixture.expectAge("did I say 9 months? I meant 9 weeks", is: 9)
        MatcherFixture.expectAge("she's 7 months. Oh sorry, I misread, she's 7 weeks", is: 7)
        MatcherFixture.expectAge("she's 6 months, I saw her at 6 weeks", is: 26.1)
        // The age said before, named as said, is replaced; alone it is still read.
        MatcherFixture.expectAge("sorry, I said 7 weeks, she's actually 7 months", is: 30.4)
        MatcherFixture.expectAge("mum said 8 weeks", is: 8)
        // About to turn an age is not that age yet (under six months is pre-mobile by age).
        MatcherFixture.expectAge("he's about to turn 6 months", is: 25.8)
    }

    /// A place on the body gone an odd colour is a possible bruise; the face going a funny
    /// colour stays danger's, and a nappy's or poo's colour is nothing.
    @Test(arguments: [
        "his ear had gone a funny colour",
        "her thigh was a strange colour when I changed her",
        "an odd colour on the back of his arm",
    ])
    func aPlaceGoneAnOddColourIsAPossibleBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
    /// A colour on a place where it would be a bruise, said loosely ("his ear's a bit purple",
    /// "his cheek had gone a bit dark", "something bluey on his shin", "a bit of blue on her
    /// knee"): a possible bruise; clothes of a colour are not.
    @Test(arguments: [
        "his ear's a bit purple at the top",
        "his cheek had gone a bit dark on one side",
        "something bluey on his shin",
        "a bit of blue on her knee",
    ])
    func aColourSaidLooselyIsAPossibleBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
    @Test func oddColourLookAlikes() {
        #expect(MatcherFixture.status(.bruising, in: "she's wearing something blue on her legs") == nil)
        #expect(MatcherFixture.status(.bruising, in: "her legs all blue from the cold") == nil)
        #expect(MatcherFixture.status(.bruising, in: "his face has gone a funny colour") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "his face has gone a funny colour") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "her poo is a funny colour") == nil)
    }

    /// Up on its feet by the furniture, or getting itself up to stand, is a mobile baby; an
    /// adult up on his feet is nothing, and not getting up to stand stays pre-mobile.
    @Test func upOnItsFeetIsMobile() {
        #expect(MatcherFixture.status(.preMobile, in: "she's up on her feet holding onto the cot sides") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "he gets himself up to standing against the sofa") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "grandad's up on his feet again after his hip op") == nil)
        #expect(MatcherFixture.status(.preMobile, in: "dad's up on his feet at last after his op") == nil)
        #expect(MatcherFixture.status(.preMobile, in: "dad gets himself up to standing with a stick") == nil)
        #expect(MatcherFixture.status(.preMobile, in: "she climbs up the stairs with the pram, the baby's 8 months") == nil)
        #expect(MatcherFixture.status(.preMobile, in: "she can't get herself up to standing yet") == .present)
        // Climbing, or going about on the tummy, is moving too; not an adult climbing.
        #expect(MatcherFixture.status(.preMobile, in: "he's climbing on the furniture already") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "she goes everywhere on her tummy") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "dad climbs on the sofa") == nil)
        // Getting everywhere by rolling is rolling only: not mobile.
        #expect(MatcherFixture.status(.preMobile, in: "she goes all over the place just by rolling") == .present)
    }

    /// Not given birth yet, said of her, is a pregnancy; a letter not delivered is not.
    @Test func notGivenBirthYetIsAPregnancy() {
        #expect(MatcherFixture.status(.unborn, in: "she hasn't given birth yet, she's overdue") == .present)
        #expect(MatcherFixture.status(.unborn, in: "she hasn't delivered the letter yet") == nil)
    }

    /// The wall, door or telly just punched or smashed, with the baby there, is danger now; the
    /// same told with a time gone by is not; the baby thrown against the wall is the baby hurt,
    /// not abuse between the adults.
    @Test func violenceJustDoneToTheHomeWithTheBabyThere() {
        #expect(MatcherFixture.status(.immediateDanger, in: "he's just punched the door next to where the baby is sleeping") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "dad's just smashed the telly and the baby's in the room") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he punched the wall last month, the baby was in the room") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "Dad has just thrown him against the wall") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Dad has just thrown him against the wall") == nil)
        // A door kicked shut is no blow; the baby hitting the wall with a toy is play.
        #expect(MatcherFixture.status(.immediateDanger, in: "she's just kicked the door shut, the baby's in the room") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he's just hit the wall with his toy, he's in the cot") == nil)
    }

    /// Smoke or burning smelt now, with the baby inside, is danger, and no burn on the baby;
    /// smoke smelt on someone's clothes is stale tobacco.
    @Test func smokeSmeltNowIsAFire() {
        #expect(MatcherFixture.status(.immediateDanger, in: "I can smell smoke, the baby's inside") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "there's a burning smell in the flat and the baby's in there") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "there's a burning smell in the flat and the baby's in there") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "I could smell smoke on dad's clothes, he had the baby on his knee") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "I could smell smoke when I walked in, she'd burnt the toast, the baby was in the kitchen") == nil)
    }

    /// A previous baby's age is not this baby's; a big baby's age is.
    @Test func aPreviousBabysAgeIsNotThisBabys() {
        MatcherFixture.expectAge("her previous baby died at 9 months", is: nil)
        MatcherFixture.expectAge("previous baby removed at 4 months, this one is 6 weeks", is: 6)
        MatcherFixture.expectAge("he's a big baby at 11 weeks", is: 11)
    }

    /// The baby alone now, said with "'s" after a clause opens or left while the carer is out,
    /// is danger and neglect; left alone told in the past is neglect only; a mother who looks
    /// after the baby on her own is her isolation.
    @Test(arguments: [
        "dad's at the bookies and the baby's on his own",
        "yeah the baby's all alone, mum went out",
        "he's been left on his own while mum's at work",
    ])
    func theBabyAloneNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test func theBabyAloneLookAlikes() {
        #expect(MatcherFixture.status(.immediateDanger, in: "she was left on her own when mum went out last week") == nil)
        #expect(MatcherFixture.status(.neglect, in: "she was left on her own when mum went out last week") == .present)
        // "She" left while dad is out may be mum herself; a woman left with the dog and the baby is hers.
        #expect(MatcherFixture.status(.immediateDanger, in: "she's been left on her own while dad's at work") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he walked out and left her with the dog and the baby") == nil)
        for text in ["she looks after the baby on her own now", "she's at home with the baby by herself, no family nearby", "it's just her and the baby alone."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
        }
    }

    /// The heating, gas or power cut off with the home left freezing is neglect; the heating
    /// off on a warm day is nothing.
    @Test func aHomeLeftFreezingIsNeglect() {
        #expect(MatcherFixture.status(.neglect, in: "the gas has been cut off and the flat is freezing") == .present)
        #expect(MatcherFixture.status(.neglect, in: "the heating's off and it's lovely and warm") == nil)
    }

    /// Signs of an injury told as scenes: pain when someone moves a limb, sick or drowsy since a
    /// fall told in that order. Mum's own flinch, sick after falling asleep and a sickly feed are
    /// no injury to the baby.
    @Test func injurySignsToldAsScenes() {
        #expect(MatcherFixture.status(.otherInjury, in: "he screams whenever mum bends his arm") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "he was sick and then went really sleepy after he fell") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "he was sick after he fell asleep") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "he was sick after his feed") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "mum flinches whenever her partner touches her arm") == nil)
    }

    /// A social or light drinker is no misuse (the referral must not come for it); a heavy
    /// drinker, or "not a social drinker", is.
    @Test func aSocialDrinkerIsNoMisuse() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad's a social drinker") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she's only a light drinker") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "he's a heavy drinker") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "not a social drinker, he drinks every day") == .present)
    }

    /// A bruise that may come ("he might bruise from the straps") is a worry ahead, no mark; a
    /// mark there in doubt ("it might be a bruise") stays a possible bruise.
    @Test func aBruiseThatMayComeIsNoMark() {
        #expect(MatcherFixture.status(.bruising, in: "mum's worried he might bruise from the car seat straps") == nil)
        #expect(MatcherFixture.status(.bruising, in: "she might bruise if the straps are tight") == nil)
        #expect(MatcherFixture.status(.bruising, in: "it might be a bruise on his arm") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "he might have bruised his arm") == .possible)
    }

    /// A rough act on the baby told without an injury named (a limb gripped or squeezed hard,
    /// handled roughly, an ear flicked) is a possible injury; "her" only with the baby's crying
    /// as why, since "her" is as often mum; a hand squeezed in comfort is nothing.
    @Test func aRoughActOnTheBabyIsAPossibleInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "dad gripped his leg really hard") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "he squeezed him too tight") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "he flicked her ear") == .possible)
        let crying = "mum says dad squeezed her arm hard when she wouldn't stop crying"
        #expect(MatcherFixture.status(.otherInjury, in: crying) == .possible)
        #expect(MatcherFixture.status(.inconsolableCrying, in: crying) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "she squeezed his hand to comfort him") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "He handles her roughly and pushed her against the wall, mum says.") == nil)
    }

    /// Left alone in a place since a day gone by is alone still: danger now; left there on a
    /// day gone by is neglect only.
    @Test func leftAloneSinceADayIsDangerNow() {
        #expect(MatcherFixture.status(.immediateDanger, in: "she's been left in the flat on her own since yesterday") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he's been left at home alone since this morning") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he was left at home alone on Saturday") == nil)
        #expect(MatcherFixture.status(.neglect, in: "he was left at home alone on Saturday") == .present)
    }

    /// The baby in question named against another child after a pause ("it's his brother who
    /// walks, this one can't get anywhere") ends the other child's scope: what follows is this
    /// baby's. Without the pause, "no marks on this one" is as it was.
    @Test func thisOneAfterAnotherChildIsTheBaby() {
        #expect(MatcherFixture.status(.preMobile, in: "sorry, it's his big brother who walks, this one can't get anywhere yet") == .present)
        #expect(MatcherFixture.status(.bruising, in: "her brother who's 3 has a bruise, this one has a mark on her cheek") == .present)
        #expect(MatcherFixture.status(.bruising, in: "no marks on this one") == .absent)
    }

    /// Scenes of a baby alone now: left with only a pet, or in the bath with the carer gone from
    /// it; a dog walker or sitter is a person. A weapon named, then waved about as "it", with the
    /// baby there, is danger. Yesterday's nappy still on is neglect.
    @Test func scenesOfDangerAndNeglect() {
        #expect(MatcherFixture.status(.immediateDanger, in: "mum's walked out and left him with the dog") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "she left him with the dog sitter for the day") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby's in the bath and mum's gone downstairs") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby is in the bath and mum's washing her hair") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "there's a knife on the side and he's waving it around, baby's in the room") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he had a knife last year, waving it around at the pub") == nil)
        #expect(MatcherFixture.status(.neglect, in: "she was still in yesterday's nappy") == .present)
    }
}
