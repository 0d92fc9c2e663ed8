import Testing

@testable import CurioCore

/// Routine health-visiting notes whose words look like danger now and gave a false 999: a
/// parent alone with the baby as the ordinary day, the practitioner's own moment with the baby,
/// a carer taking the baby out or minding it on set days, a thing "fitted" at home, a spell told
/// at the birth, a fear found groundless once the baby was checked. False urgent advice makes
/// practitioners stop trusting the tool; each class keeps its real danger beside it.
/// Sentences written for the classes, not taken from the evaluation sets.
@Suite("Routine notes that look like danger")
struct RoutineNoteLookAlikeTests {
    func danger(_ text: String) -> FindingStatus? {
        MatcherFixture.status(.immediateDanger, in: text)
    }

    /// Alone with the baby with the time of day or the partner at work said: a parent in sole
    /// care by routine.
    @Test(arguments: [
        "Partner went back to work last week so she is alone with the baby in the daytime.",
        "She is alone with the baby during the daytime and goes to baby group twice a week.",
        "He is alone with the baby in the mornings while mum is at college.",
        "She is alone with the baby on weekdays until her partner gets home.",
        "She is alone with the baby while he is at work.",
        "He's alone with the baby on Saturdays while mum works.",
    ])
    func aloneWithTheBabyAsTheOrdinaryDay(text: String) {
        #expect(danger(text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The same words with danger now still call 999: drunk or high (through the situations),
    /// a threat, a carer collapsed.
    @Test(arguments: [
        "She is alone with the baby and she is very drunk.",
        "Mum is high on cocaine and on her own with the baby in the daytime.",
        "She is alone with the baby now and says she is going to hurt him.",
        "Mum has collapsed and the baby is alone with her.",
        "mum's drunk, she's alone with the twins",
    ])
    func aloneWithTheBabyInACrisisIsStillDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The practitioner's own words about a moment in the visit: an adult was there.
    @Test(arguments: [
        "I was alone with the baby while mum showered.",
        "I was alone with the baby for a few minutes while mum went to the toilet.",
        "We were alone with the baby while mum fetched his red book.",
        "Student nurse was alone with the baby while I spoke to mum in the kitchen.",
    ])
    func thePractitionersOwnMomentWithTheBaby(text: String) {
        #expect(danger(text) == nil, "\(text)")
    }

    @Test(arguments: [
        "I am alone with the baby and he is not breathing.",
        "grandma rang: mum is drunk. she is alone with the baby now.",
    ])
    func aCallerAloneWithTheBabyInDangerStillCalls(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A carer taking the baby on an outing ("takes" is "taken" to the matcher), or minding it on
    /// set days on their own: no snatching, no baby alone, no neglect.
    @Test(arguments: [
        "Dad is taking the baby to the park on his own on Saturday.",
        "Dad looks after the baby on his own on Thursdays.",
        "Dad takes the baby out for a walk on his own on Sunday mornings.",
        "Dad took the baby to the park on his own yesterday so mum could sleep.",
        "Grandad looks after the baby on his own on Tuesdays.",
        "Mum takes the baby swimming on her own on Wednesdays.",
    ])
    func aCarerOutWithTheBabyOnTheirOwn(text: String) {
        #expect(danger(text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        let recs = DialogueFixtures.recommendationIDs(text)
        #expect(!recs.contains("emergency-services") && !recs.contains("refer-csc"), "\(text)")
    }

    @Test(arguments: [
        "Baby is on his own on the sofa, mum has gone out.",
        "The baby is on his own in the flat.",
        "Dad has left the baby on his own and gone to the pub.",
        "dad has taken the baby and is threatening to drive into the river",
        "Father has taken the baby and says she'll never see him again",
    ])
    func aBabyAloneOrTakenIsStillDanger(text: String) {
        #expect(danger(text) != nil, "\(text)")
    }

    /// "Fitted" with the manner said first is a thing put in place, not a seizure.
    @Test(arguments: [
        "Car seat is rear facing and correctly fitted.",
        "Stair gate is properly fitted.",
        "Car seat was professionally fitted at the shop.",
        "Smoke alarms newly fitted by the fire service.",
    ])
    func fittedAtHomeIsNoSeizure(text: String) {
        #expect(danger(text) == nil, "\(text)")
    }

    @Test(arguments: [
        "He is fitting right now.",
        "The baby has been fitting for five minutes.",
        "she is having a fit and won't stop",
    ])
    func aFitNowIsStillDanger(text: String) {
        #expect(danger(text) == .present, "\(text)")
    }

    /// A blue or breathless spell at the birth, told as history.
    @Test(arguments: [
        "Baby went blue briefly at birth and needed a little help, fine since.",
        "Baby turned blue shortly after birth and was on oxygen for a day, well since.",
        "He stopped breathing at birth and was resuscitated, no problems since.",
    ])
    func aSpellAtTheBirthIsHistory(text: String) {
        #expect(danger(text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Baby went blue a minute ago and is floppy.",
        "Baby has gone blue and is not breathing.",
        "He stopped breathing five minutes ago.",
    ])
    func aSpellNowIsStillDanger(text: String) {
        #expect(danger(text) == .present, "\(text)")
    }

    /// A fear that the baby was not breathing, found groundless when the baby was checked.
    @Test(arguments: [
        "Mum thought he was not breathing but he was just in a deep sleep.",
        "Mum was worried baby was not breathing but he was fine when she checked.",
        "Dad panicked that she had stopped breathing but she was fine when he checked.",
    ])
    func aFearFoundGroundless(text: String) {
        #expect(danger(text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Mum is worried the baby is not breathing.",
        "Mum thinks the baby has stopped breathing.",
        "Dad thinks she has stopped breathing, she was fine this morning.",
    ])
    func aFearNowIsStillDanger(text: String) {
        #expect(danger(text) != nil, "\(text)")
    }

    /// Feeling alone with the baby, or alone with it as a single parent: isolation, a way of
    /// life, no danger now.
    @Test(arguments: [
        "Mum says she feels a bit alone with the baby since her partner went back to work.",
        "Mum is a single parent and is alone with the baby, good support from her mum.",
        "Mum feels lonely and alone with the baby some days, referred to a parent group.",
    ])
    func feelingAloneWithTheBaby(text: String) {
        #expect(danger(text) == nil, "\(text)")
    }

    @Test(arguments: [
        "She feels alone with the baby and says she is going to hurt him.",
        "Single mum, very drunk and alone with the baby.",
    ])
    func feelingAloneWithDangerStillCalls(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A baby asleep in its room, or at play on a mat, on its own: safe sleep and tummy time,
    /// no baby left alone, no neglect.
    @Test(arguments: [
        "Baby sleeps upstairs on his own in his cot at night with the monitor on.",
        "Baby naps in his room on his own in the afternoons.",
        "Baby lies on his own on the playmat for tummy time.",
        "He plays happily on his own on the play gym.",
    ])
    func asleepOrAtPlayOnItsOwn(text: String) {
        #expect(danger(text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "The baby is upstairs on his own, mum has gone out.",
        "Baby is upstairs alone and mum is at the pub.",
        "The baby is lying on his own on the floor and mum is unconscious.",
    ])
    func aBabyAloneUpstairsIsStillDanger(text: String) {
        #expect(danger(text) == .present, "\(text)")
    }

    /// A mother taking her own baby to her family is no snatching; a father or an ex who has
    /// taken the baby still is.
    @Test func aMotherTakingHerBabyToHerFamily() {
        #expect(danger("Mum has taken the baby to her mum's for the weekend.") == nil)
        #expect(danger("Her ex has taken the baby and won't say where.") == .present)
        #expect(danger("Dad has taken the baby and won't say where he is.") == .present)
    }

    /// Floppy as muscle tone, or a floppy spell reviewed and found well; a gasp when put in the
    /// bath; an ambulance called in the past. None is danger now.
    @Test(arguments: [
        "Baby's head control is floppy for his age, referred to physio.",
        "Floppy head control noted, for review at 3 months.",
        "Baby was a bit floppy with his cold, GP saw him and he is better now.",
        "Baby seemed floppy to mum but the GP examined him and found normal tone.",
        "Mum says baby gasps when she puts him in the bath.",
        "Mum called an ambulance last month when he had a febrile convulsion, now well.",
        "Paramedics were called last week for his breathing, he was fine.",
    ])
    func medicalHistoryIsNoDangerNow(text: String) {
        #expect(danger(text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: [
        "Baby is floppy and pale right now.",
        "He has gone floppy in my arms.",
        "She was floppy this morning and is not better now.",
        "Baby is gasping for breath.",
        "The baby is gasping in the bath.",
        "Mum is calling an ambulance now, he is not breathing.",
    ])
    func floppyOrGaspingNowIsStillDanger(text: String) {
        #expect(danger(text) == .present, "\(text)")
    }

    /// Two urgent readings a look-alike had taken: a fit going on for a time said ("been fitted
    /// for" is a car seat's), and a baby who stopped breathing though "she was fine this
    /// morning" (fine before it, not after).
    @Test(arguments: [
        "The baby has been fitting for five minutes.",
        "he has been fitting for over 5 mins",
        "Dad thinks she has stopped breathing, she was fine this morning.",
    ])
    func urgentReadingsNoLookAlikeTakes(text: String) {
        #expect(danger(text) == .present, "\(text)")
    }

    @Test(arguments: [
        "He was fitting for two minutes last week with a temperature.",
        "Baby was fitted for a new car seat at the shop.",
        "Baby choked on his milk, dad patted his back and he was fine.",
    ])
    func theirLookAlikesStayCalm(text: String) {
        #expect(danger(text) == nil, "\(text)")
    }

    /// A newborn's ordinary medical signs with their cause named (the umbilical stump coming
    /// away, a swelling from the birth, a blocked tear duct) are no injury and no referral.
    @Test(arguments: [
        "Umbilical stump fell off at day 10, a little bleeding, normal.",
        "Swelling on the head from birth (cephalhaematoma), resolving.",
        "Baby has a swollen eyelid from a blocked tear duct.",
    ])
    func aNewbornsMedicalSignsAreNoInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    @Test(arguments: [
        "Swelling on the head, mum can't explain it.",
        "3 month old with a swelling on the head after a fall from the bed",
        "bleeding from his mouth",
        "swollen eye after dad hit him",
        "boggy swelling on the scalp since yesterday",
    ])
    func anInjuryWithoutThatCauseIsStillOne(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Other babies in a story or review, a fear of cot death, a fear of hurting the baby by
    /// accident, an adult alone in the house with the baby: none is danger now.
    @Test(arguments: [
        "The Child D review described a baby who stopped breathing while co-sleeping.",
        "Mum read online about babies who stop breathing in their sleep and is anxious.",
        "Dad worries the baby might stop breathing at night, we discussed safe sleep.",
        "Mum worried she might hurt the baby by accident when bathing him, reassured.",
        "Mum was alone in the house with the baby when the power went off last week, she coped fine.",
    ])
    func storiesFearsAndAnAdultInTheHouse(text: String) {
        #expect(danger(text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: [
        "He might stop breathing.",
        "Mum says she might hurt the baby.",
        "The baby is alone in the house.",
        "Mum is alone in the house with the baby and she is very drunk.",
    ])
    func theirDangerSideStillCalls(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }
}

/// The look-alikes above must leave a baby who is the one alone: with no carer's verb before it
/// ("baby left on her own at weekends") or in no place for sleep ("slept on her own in the flat
/// all night" while mum was out), it is still a baby left alone.
extension RoutineNoteLookAlikeTests {
    @Test(arguments: [
        "baby left on her own at weekends while mum goes out",
        "mum went out last night and the 6 week old slept on her own in the flat all night",
    ])
    func aBabyWhoIsTheOneAloneIsStillNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
}

/// Alone with the baby as the run of the days, or with no family near, is isolation, not danger
/// now; bare, or with a threat, it is still danger.
extension RoutineNoteLookAlikeTests {
    @Test(arguments: [
        "Dad works away so mum is often alone with the baby.",
        "she is alone with him most days, her family live in Poland",
        "she's alone with the baby, no family nearby",
    ])
    func aloneWithTheBabyDayAfterDayIsIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A carer alone with the baby, said bare, is no danger in itself (a carer in charge, the
    /// situation `now.sole_care`); with a threat, or a carer unable to care, it is.
    @Test(arguments: [
        "She's alone with the baby.",
        "Dad is alone with the baby on paternity leave, doing brilliantly.",
        "Mum has been sober for a year and is alone with the baby today.",
    ])
    func aloneWithTheBabySaidBareIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.knowledge.ask(text).advice.recommendations.contains { $0.id == "emergency-services" }, "\(text)")
    }

    @Test(arguments: [
        "mum is alone with the baby all day and says she wants to hurt him",
        "Mum is suicidal and alone with the 3 week old.",
        "she's drunk and alone with him.",
    ])
    func aloneWithTheBabyWithAThreatOrACarerUnableToCareIsDanger(text: String) {
        #expect(DialogueFixtures.knowledge.ask(text).advice.recommendations.contains { $0.id == "emergency-services" }, "\(text)")
    }
}
