import CurioCore
import Testing

/// Danger now to the baby through what is happening around it: violence to the mother going on
/// with the baby there, the two of them shut in, the baby grabbed, voices telling a carer to
/// harm it, a carer who means to die and take it too, a carer collapsed beside it, a weapon in
/// the house, a carer gone missing with it, the baby left with a stranger. Each class gave no
/// 999 before its cues were written. Past events and everyday look-alikes stay no danger.
/// Sentences written for the classes, not taken from the evaluation sets.
@Suite("Danger around the baby, now")
struct DangerAroundTheBabyTests {
    @Test(arguments: [
        "he's choking her in the kitchen and the baby is screaming",
        "caller says her partner is punching her as we speak, baby in the cot",
        "he has got her by the throat and the twins are in the room",
        "he's locked mum and the baby in the bedroom and taken her phone",
        "they have shut the newborn in the bathroom",
        "her ex is trying to snatch the baby off her in the street",
        "he is trying to pull the baby from her arms",
        "mum says the voices are telling her to smother the baby",
        "she says she can't go on and will take the little one with her",
        "he has collapsed on the floor and the 4 month old is next to him",
        "she's passed out in the bathroom with the baby crying on the bed",
        "dad is in the flat with a machete and won't come out",
        "her boyfriend's turned up drunk and he's got a knife",
        "mum has disappeared with the baby after saying goodbye to everyone",
        "she left a suicide note at her sister's this morning",
        "the baby was left with strangers at a party overnight",
        "woman seen slapping a baby in a pushchair at the bus stop",
        "the flat is full of smoke and the baby is still upstairs",
        "partner hitting the baby at the moment, mum on the phone",
        "domestic incident in progress, twins in the flat",
        "I can hear yelling and crashing upstairs and for twenty minutes now the baby has been wailing",
        "he is now shouting at her and smashing things, the twins are in the room",
        "dad has the baby in the van and has been smoking weed since lunch",
        "she put him in the bath and went downstairs for a cigarette",
        "mum is holding the baby upside down and shaking him",
        "someone is breaking into the flat where mum and the baby are",
        "they won't let us in and the baby can be heard crying",
        "mum texted her sister a goodbye message, she has the baby with her",
        "he is walking the streets at 3am with the baby in the pram",
        "dad said if the baby doesn't shut up he will hold a cushion over her face",
        "he slapped her in front of the baby and he is still here shouting",
    ])
    func dangerNow(text: String) {
        let status = MatcherFixture.status(.immediateDanger, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }

    /// Violence to the mother now, or the two of them shut in, is domestic abuse too.
    @Test(arguments: [
        "he's strangling her right now and the baby is in her arms",
        "he has locked her and the baby inside and won't let anyone in",
    ])
    func violenceToTheMotherNowIsAbuseToo(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// The same words about the past, a feeling or an everyday errand are no danger now.
    /// (A baby kicking in the womb, and dragging one's feet, are no domestic abuse either:
    /// see `kickingAndDraggingFeetAreNoAbuse`.)
    @Test(arguments: [
        "he strangled her two years ago and served time for it",
        "she is choking back the tears telling me about the birth",
        "the toddler keeps trying to grab the baby's bottle",
        "mum is trying to take the baby to the clinic on Fridays",
        "she has had enough of the damp and is taking the baby with her to her nan's",
        "the baby is kicking her a lot now, she is 30 weeks",
        "mum is dragging her feet over the housing forms",
        "dad left the baby with his mum while he went to work",
        "dad said goodbye to the baby and went to work",
        "she left to say goodbye to her nan",
        "mum likes walking round the park with the baby in the afternoons",
        "the toddler keeps trying to grab the baby",
        "dad was holding her and swinging her round the kitchen, she loved it",
        "she fled with the baby to her sister's last night",
        "he hit her years ago and is still there with them",
        "she pushed the pram up the hill and is still here",
    ])
    func noDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "the baby is kicking her a lot now, she is 30 weeks",
        "mum is dragging her feet over the housing forms",
    ])
    func kickingAndDraggingFeetAreNoAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    /// Shutting the mother in or out, or keeping her from leaving, is domestic abuse
    /// (coercive control); locking oneself out is not.
    @Test func lockingHerInOrOutIsAbuse() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "he locks her in the flat when he goes out") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "he locked mum out overnight in the cold") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "he won't let her leave the house without him") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "she locked herself out of the flat") == nil)
    }

    /// A pregnancy said by the parent's name for it or by its count is a baby on the way; a
    /// counted pregnancy told as a time ("after her second pregnancy") is not.
    @Test func aPregnancyNamedOrCounted() {
        #expect(MatcherFixture.status(.unborn, in: "an expectant mother with a history of self-harm") == .present)
        #expect(MatcherFixture.status(.unborn, in: "third pregnancy, booked at 15 weeks") == .present)
        #expect(MatcherFixture.status(.unborn, in: "she had PND after her third pregnancy and the baby is now 5 months") == nil)
    }

    /// The baby doing it, not done to: "kicking" and "kicked" share a stem.
    @Test func theBabyKickingIsNoInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "the baby has been kicking all night") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "the baby has been kicked") == .present)
    }

    /// Notes' shorthand: a baby who cannot move about ("NMB", "PMB"), dealing from the home,
    /// alcohol ("ETOH excess"), a brain injury ("TBI"), a GCS below 15.
    @Test func shorthandForNotMobileAndDealing() {
        #expect(MatcherFixture.status(.preMobile, in: "PMB, mark on cheek") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad: ETOH dependent") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "TBI on CT, 3/12") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "baby GCS 9 on arrival") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "GCS 15, alert and feeding") == nil)
        #expect(MatcherFixture.status(.preMobile, in: "NMB, bruise on the shin") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad is dealing from the flat") == .present)
    }

    /// A baby credited with knowing better is the parent's naive picture, though said with
    /// "should" (which elsewhere is advice).
    @Test func aBabyWhoShouldKnowBetter() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "mum thinks he ought to understand by now that crying annoys her") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "you should know how to hold the baby") == nil)
    }

    /// "Better off without her": a wish to be gone, said of the family.
    @Test func betterOffWithoutHerIsMentalIllHealth() {
        #expect(MatcherFixture.status(.mentalHealth, in: "she keeps saying the kids would be better off without her") == .present)
    }

    /// Marks placed on "the baby's" part of the body (the "'s" is dropped, so "the baby back").
    @Test func marksOnTheBabysBody() {
        #expect(MatcherFixture.status(.bruising, in: "a red patch on the baby's cheek") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "a cut above the baby's eye") == .present)
    }

    /// A carer named by the drug they use, or by slang for a user.
    @Test(arguments: [
        "her boyfriend is a known crack user",
        "dad has a coke habit",
        "mum's partner is a smackhead",
        "her partner is a heroin addict and minds the baby",
    ])
    func aUserNamedByTheDrugIsSubstanceMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// A threat to the mother with a time that is now or tonight is danger now (and abuse); one
    /// told as long past is the abuse alone, a history for the referral.
    @Test func aThreatToTheMotherNowOrLongAgo() {
        for text in ["dad has threatened to kill mum tonight, the baby is with them",
                     "he's threatening to stab her when he gets back, she has the baby"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
        for text in ["dad threatened to kill mum last year, they have since separated",
                     "her ex threatened to hurt her years ago"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
        // A threat to the baby is danger in any tense.
        #expect(MatcherFixture.status(.immediateDanger, in: "dad threatened to kill the baby") == .present)
    }

    /// A bruise a parent saw on another child at her own work is not this baby's; a bruise
    /// found on "a child at nursery" or "a baby she looks after" is most often the child the
    /// caller is asking about, so it stays a bruise (a missed one is worse than one too many).
    @Test func aBruiseOnAChildAtAParentsWork() {
        for text in ["mum saw a bruise on a baby at the nursery where she works",
                     "mum noticed a bruise on a baby at her work; her baby is 8 weeks"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        for text in ["we found a bruise on a child at nursery today, she is 5 months",
                     "the childminder found a bruise on a baby she looks after, 4 months",
                     "nursery staff noticed a bruise on the baby at pick-up",
                     "mum works at a nursery. her own baby has a bruise on his ear"] {
            #expect(MatcherFixture.status(.bruising, in: text) != nil, "\(text)")
        }
    }

    /// A carer alone with the baby, said in a note's words without the article ("alone w/ 3wk
    /// old"), is a carer in charge of it (`now.sole_care`), as "alone with the baby" is: danger
    /// with the carer drunk. "Home alone with" the baby is the carer's, not the baby's.
    @Test func aloneWithABareAge() {
        func situation(_ text: String) -> FindingStatus? {
            MatcherFixture.matcher.match(text).situations.first { $0.id == "now.sole_care" }?.status
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "mum v drunk, alone w/ 3wk old") == .present)
        #expect(situation("alone with 3 week old") == .present)
        #expect(situation("home alone with 6 week old twins") == .present)
        #expect(MatcherFixture.status(.neglect, in: "home alone with 6 week old twins") == nil)
        #expect(situation("she is not alone with 3 week old, dad is there") == .absent)
        #expect(situation("alone with 3 weeks of leave left") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "alone with 3 weeks of leave left") == nil)
    }

    /// A floppy or blue spell told as long over is a history, not danger now; one now is.
    @Test func aFloppySpellLongOver() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby was floppy last month but is fine now") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "went blue last week, fine since") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby is floppy now") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "baby went floppy and blue this morning") == .present)
    }

    /// A baby who does not respond, however it is said, is danger now; a parent not answering
    /// messages is not.
    @Test(arguments: ["baby now not responsive", "the baby isn't responding to me", "no response from the baby"])
    func aBabyWhoDoesNotRespond(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test func aParentNotAnsweringIsNoDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "mum is not responding to texts") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby was not responsive last month, fine now") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby is not reacting to noise") == nil)
    }

    /// Harm that may be going on now is a possible danger (enough to call); a bruise said to be
    /// from something in the past is the bruise.
    @Test func harmThatMayBeGoingOnNow() {
        #expect(MatcherFixture.status(.immediateDanger, in: "could be shaking the baby, we can hear crying and banging") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "he might be hurting her right now") == .possible)
        // With a pronoun, only harm whatever follows: "hitting her milestones" is none.
        #expect(MatcherFixture.status(.immediateDanger, in: "she may be hitting her milestones late") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he might be throwing them") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "the bruise could be from him squeezing her last week") == nil)
    }
}

/// Danger now in the words of crews, police and duty logs: a carer out of it who is the only
/// adult there, a baby kept from the police, a baby left in a car, a carer too far gone to
/// stand with the baby, an overdose told by its count, a sex offender minding the baby, a baby
/// named by a bare age alone, a gas leak, a baby crying behind a door nobody answers. Each gave
/// no 999 before. Their look-alikes (a dose, a car seat indoors, a car told as last week, a
/// feed refused, a missed visit) stay no danger. Sentences written for the classes.
extension DangerAroundTheBabyTests {
    @Test(arguments: [
        "dad is stoned and the only adult in the house with the 8 week old",
        "she is intoxicated, the sole carer for the twins tonight",
        "he refuses to hand over the newborn to the officers",
        "she won't hand the baby over, police are on the way",
        "dad has left the baby asleep in the van while he's at the bookies",
        "mum is so high she can't stay awake and the baby is on her lap",
        "she has just taken a box of sleeping tablets",
        "he has taken 30 of his co-codamol",
        "the twins are being babysat by a convicted sex offender",
        "3 month old alone upstairs in the flat",
        "I can smell gas from the flat and the baby is in there",
        "someone held a baby over the bridge railing",
        "dad is refusing to let officers into the flat, baby inside",
        "he has the baby and won't let her have him back",
    ])
    func dangerNowInCrewAndDutyWords(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test func aBabyCryingBehindAnUnansweredDoorMayBeAlone() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby has been crying for ages and nobody is answering the door") == .possible)
    }

    @Test(arguments: [
        "mum has taken two paracetamol for her back, baby 6 weeks",
        "she took 30 paracetamol when she was 16, years before the baby",
        "she left the baby in the car seat by the sofa while she made a bottle",
        "dad refused to give the baby a bottle",
        "no answer at the door for the weigh-in, rebooked",
        "she won't let the health visitor into the flat",
        "stopped breathing for a few seconds in his sleep last night, now all well",
    ])
    func theirLookAlikesAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A baby left in a car told as over is neglect to refer, not 999.
    @Test func aCarToldAsOverIsNeglect() {
        let text = "she left the baby in the car for five minutes last summer"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil)
        #expect(MatcherFixture.status(.neglect, in: text) == .present)
    }
}

/// The same classes' nearest look-alikes: "high" said of a risk or a score, a carer's own
/// prescribed tablets counted, many tablets taken long ago.
extension DangerAroundTheBabyTests {
    @Test(arguments: [
        "high risk DA case, mum is the sole carer of the 6 week old",
        "EPDS high, she is the only adult in the house most days",
        "mum says she has taken 10 of her sertraline this month",
        "she has taken a lot of tablets in the past but not since the baby",
    ])
    func theNearestLookAlikesAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}

/// More of the same in a second round of duty-log words: an overdose with the "'s" dropped, a
/// door locked with the baby inside, smoke from the flat, a carer drinking all day and the
/// only one home, a carer driving off drunk with the baby, a baby found alone in a car. An
/// overdose with its time said long ago is the parent's history.
extension DangerAroundTheBabyTests {
    @Test(arguments: [
        "he's swallowed a handful of painkillers, the twins are with him",
        "she's locked the bathroom door with the baby inside and won't answer",
        "smoke pouring from the house, the baby is still inside",
        "dad's been drinking all day and he's the only one home with the 4 month old",
        "he took the baby from the pram and drove away drunk",
        "the 8 week old was found in the car alone in the supermarket car park",
    ])
    func moreDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test func anOverdoseLongAgoIsHistory() {
        let text = "mum took a packet of paracetamol as a teenager"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present)
    }
}

/// A baby left and the carer not come back, and a carer about to drive drunk with the baby:
/// danger now. Left and collected again, it is not.
extension DangerAroundTheBabyTests {
    @Test(arguments: [
        "she left the twins with a neighbour on Friday and hasn't come back",
        "mum left the baby with her 8 year old and has not returned",
        "he's had a lot to drink, the baby's in his car seat and he is going to drive home",
    ])
    func abandonedOrAboutToDriveDrunk(text: String) {
        let status = MatcherFixture.status(.immediateDanger, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }

    @Test func leftAndCollectedIsNoDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "she left the baby with her mum overnight and came back in the morning") == nil)
    }
}

/// Look-alikes of danger in a health visitor's note: a thing "fitted" at a home-safety check is
/// no seizure, a baby who sleeps or settles on its own in a cot is no baby left alone, and an
/// alarm is danger only when it is going off. The danger itself still reads.
extension DangerAroundTheBabyTests {
    @Test(arguments: [
        "Home safety check: smoke and CO alarms fitted, stair gates fitted, baby 8 weeks",
        "car seat correctly fitted, 6 week old",
        "Advised on CO alarm. Baby feeding well.",
        "The 8 week old sleeps on her own in a cot in the nursery",
        "the 3 month old settles on her own in her moses basket",
        "he sleeps by himself in his own room now",
    ])
    func homeSafetyAndSafeSleepAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "baby fitted for two minutes and is still floppy",
        "the CO alarm is going off and the baby is inside",
        "the 5 week old is on her own in the flat",
        "baby was left on his own in the car",
    ])
    func theDangerItselfStillReads(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
