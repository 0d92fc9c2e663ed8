import Testing

@testable import CurioCore

/// Classes of probes AA and AD on danger now and its look-alikes. Missed: a violent threat at the
/// baby in words without a word of harm (smash or cave his head in, stamp on the baby, snap his
/// neck, put him through the wall, chuck him in the canal); a baby snatched from the pram or
/// grabbed off mum, named by a pronoun; a carer driving off drunk or hearing voices about the
/// baby, with the baby (danger through the situations); a man knocking her about told by his
/// sister (taken by the small-brother look-alike); cocaine told as "doing lines". False: a weapon
/// or a threat with it told with its time gone by, a seizure in hospital, a relative kept from
/// seeing the baby, a visit to a father in prison, damage told with its end, a baby left with a
/// stranger on a day gone by, read as danger now; "controlled" of an illness and temper lost at
/// the crying baby read as domestic abuse. Sentences written for the classes, not taken from the
/// probes; each class is tried both ways.
@Suite("Threats at the baby, danger told as over, abuse and drug words")
struct ThreatsAtTheBabyAndDangerToldAsOverTests {
    /// A violent threat at the baby in any words: smash, cave or kick his head in, kick, beat or stamp
    /// on the baby, snap his neck, put him through a wall, chuck him in the canal.
    @Test(arguments: [
        "her boyfriend says he'll bash her head in if she doesn't shut up",
        "he's threatening to kick the baby's head in",
        "dad said he'll cave his head in if he doesn't stop crying",
        "she's shouting that she'll smash his skull in",
        "he keeps saying he'll break the baby's neck",
        "he's going to snap his neck",
        "he says he's going to put him through the wall",
        "he's threatening to stamp on the baby",
        "dad's saying he's gonna beat the baby",
        "he's threatened to chuck him in the canal",
        "she's threatening to burn the baby with a cigarette",
        "he's screaming that he'll kill that baby",
        "he's going to kick him",
    ])
    func aThreatAtTheBabyInAnyWords(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// The same words as a warning of a fall, a partner put out, a bath or a party: no danger.
    @Test(arguments: [
        "he'll break his neck if he keeps climbing on the sofa",
        "the baby is going to crack his head open if he keeps climbing on the table",
        "she's going to kick him out if he keeps drinking",
        "she'll smash her face in the pillow when she's tired",
        "the radiator will burn the baby if it's not covered",
        "he's going to throw him a party for his first birthday",
        "she is going to put him in the bath",
    ])
    func theSameWordsWithNoThreat(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A baby snatched from the pram or from arms, or grabbed off mum, named by a pronoun or a word for
    /// twins.
    @Test(arguments: [
        "her ex has snatched her out of the buggy and run off",
        "a man snatched him from her arms outside the shop",
        "he snatched the twins from the pram and drove off",
        "he's just grabbed the baby off mum and driven off, he's been drinking all day",
    ])
    func aBabySnatchedOrGrabbed(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A carer's own hurry or a stolen nap is no snatching.
    @Test(arguments: [
        "mum grabbed him out of the bath when she heard the doorbell",
        "she snatched a few hours of sleep while nan had him",
    ])
    func aCarersOwnHurryOrAStolenNap(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A carer driving off drunk, hearing voices or holding a delusion about the baby, with the baby:
    /// danger now through the situations.
    @Test(arguments: [
        "dad's got the baby in the car and he's driving off drunk",
        "dad's driving around drunk with him in the back",
        "mum thinks the baby is possessed and she's on her own with him tonight",
        "the voices are telling her the baby is cursed and she has the baby",
        "dad is hearing voices again and is alone with the baby",
        "he's been hearing voices all day and has the baby on his own",
    ])
    func aCarerUnableToCareWithTheBabyCallsNineNineNine(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A drink-driving conviction, voices heard for years, or an adult called evil: no carer unable to
    /// care now.
    @Test(arguments: [
        "dad lost his licence for driving drunk in 2019 and doesn't drive now",
        "she has been hearing voices for years, managed by her CPN, and is alone with the baby on weekdays",
        "mum says dad is evil, she's on her own with the baby",
    ])
    func aConvictionALongIllnessOrAnInsultIsNoCarerUnableToCare(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Voices telling a carer the baby is evil: a possible danger in itself.
    @Test(arguments: [
        "the voices keep telling him his son is possessed",
        "she says voices are telling her the baby is the devil",
    ])
    func voicesSayingTheBabyIsEvil(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }

    /// A weapon pulled on her or a threat with it, its time gone by said first or after: domestic
    /// abuse.
    @Test(arguments: [
        "Last night he threatened her with a knife while she was holding the baby, police attended and he was arrested.",
        "At the weekend her partner came at her with a knife, the baby was in the cot next to them.",
        "Two weeks ago dad pulled a knife on mum in front of the baby.",
        "On Saturday night he threatened mum with a hammer and the twins were in the house.",
        "he threatened her with a knife last night and the baby was in the room",
        "he pulled a knife on her two weeks ago, the baby was in the room",
    ])
    func aWeaponToldWithItsTimeGoneByIsAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// ...and no danger now.
    @Test(arguments: [
        "Last night he threatened her with a knife while she was holding the baby, police attended and he was arrested.",
        "At the weekend her partner came at her with a knife, the baby was in the cot next to them.",
        "Two weeks ago dad pulled a knife on mum in front of the baby.",
        "On Saturday night he threatened mum with a hammer and the twins were in the house.",
        "he threatened her with a knife last night and the baby was in the room",
        "he pulled a knife on her two weeks ago, the baby was in the room",
    ])
    func aWeaponToldWithItsTimeGoneByIsNoNineNineNine(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A weapon now, minutes ago, after a day gone by, or threatened for a day to come, stays danger
    /// now.
    @Test(arguments: [
        "he's threatening her with a knife now and the baby is in the room",
        "yesterday he left, now he's holding a knife and the baby is in the lounge",
        "a few minutes ago he came at her with a knife, the baby's in the cot",
        "he's been threatening her with a knife for the last ten minutes and the baby is in the room",
        "last week he was arrested; tonight he's back with a knife and the twins are in the flat",
        "he says he'll come round with a knife on Friday and the baby will be there",
        "last night he threatened to kill her and he's now threatening her with a knife, baby in the room",
    ])
    func aWeaponNowOrMinutesAgoStaysNineNineNine(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A seizure told with the hospital's work after it (a scan's result, an admission): no danger now.
    @Test(arguments: [
        "admitted to PICU after a seizure, MRI shows an old bleed",
        "4 month old admitted with a seizure, bloods normal so far",
        "she had a fit on Sunday and was admitted, skeletal survey shows rib fractures",
        "her seizures are controlled with medication",
    ])
    func aSeizureWithTheHospitalsWorkAfterIt(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A seizure with a collapse said, going on, or a scan still to come stays danger.
    @Test(arguments: [
        "he's had a seizure and isn't breathing properly, the ambulance is on its way and they'll do a CT",
        "the baby had a seizure, mum is taking him to hospital for a scan",
        "he's had a seizure and he's still fitting, they're getting a CT ready",
        "his seizures are not controlled and he is fitting now",
    ])
    func aSeizureGoingOnOrAScanToComeStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A relative kept from seeing the baby, or the baby taken on a visit or to contact by its mother
    /// or family: no danger.
    @Test(arguments: [
        "my son refuses to let me see my grandson",
        "dad won't let the grandparents see the twins since the split",
        "mum takes the baby to visit her partner in prison on Sundays",
        "nan takes the baby for contact on Saturdays",
    ])
    func aContactDisputeOrAVisitIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Keeping the police out, or not giving the baby back, stays danger.
    @Test(arguments: [
        "he's refusing to let the police in and the baby is inside",
        "dad has taken the baby to his flat and won't give him back",
    ])
    func keptOutOrNotGivenBackStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// "Controlled" of an illness, a dose or a method is no coercive control; temper lost at the crying
    /// baby is no abuse between the adults.
    @Test(arguments: [
        "dad's diabetes is poorly controlled",
        "we tried controlled crying but it didn't work",
        "her asthma is well controlled",
        "his blood pressure is controlled by tablets",
        "dad loses his temper with the baby when he's tired",
        "she admits she lost her temper with the twins last night",
    ])
    func controlledOfAnIllnessOrAMethodIsNoAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    /// Control of her, and temper with violence to her, stay domestic abuse.
    @Test(arguments: [
        "he's very controlling",
        "he controls everything she does",
        "he has always controlled her",
        "he loses his temper when he drinks and has hit her",
    ])
    func controlOfHerAndTemperAtHerStayAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// Damage told with its end (he left after it, then left, he has gone now): no danger now,
    /// and the damage is abuse told (the cue that takes the words gives it).
    @Test(arguments: [
        "he smashed the windows and then left",
        "he kicked the door in but he's gone now",
        "dad trashed the flat and stormed off before the police came",
    ])
    func damageToldWithItsEndIsNoDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["he left after he smashed the place up", "dad smashed the place up and then left."])
    func damageToldWithItsEndIsAbuse(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// Damage going on, or with no end said, stays danger.
    @Test(arguments: [
        "he's smashing the place up and the baby is in the room",
        "he smashed the door in and went upstairs to the baby",
    ])
    func damageGoingOnStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A baby left with a stranger, a day gone by said: neglect.
    @Test(arguments: [
        "the baby was left with a stranger on Saturday",
        "the twins were left with strangers at the weekend",
    ])
    func aBabyLeftWithAStrangerOnADayGoneByIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// ...and no danger now.
    @Test(arguments: [
        "the baby was left with a stranger on Saturday",
        "the twins were left with strangers at the weekend",
    ])
    func aBabyLeftWithAStrangerOnADayGoneByIsNoDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Overnight, the baby may be with them still: a possible danger.
    @Test(arguments: [
        "the baby was left with a stranger overnight",
    ])
    func aBabyLeftWithAStrangerOvernightMayBeNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }

    /// A man knocking her about, whoever he is to the speaker, is domestic abuse.
    @Test(arguments: [
        "her partner has been knocking her around",
        "her son's been knocking her about since he moved back in",
        "he knocks mum about when he's had a drink",
    ])
    func aManKnockingHerAboutIsAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// A relative's report of it is possible.
    @Test(arguments: [
        "his brother says he's been knocking her about for months",
    ])
    func aRelativesReportOfKnockingHerAboutIsPossible(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
    }

    /// A small brother or a toddler knocking her over is no abuse.
    @Test(arguments: [
        "her brother keeps knocking her over when they play",
        "the toddler's been knocking her over all morning",
    ])
    func aSmallBrotherOrAToddlerKnockingHerOverIsNoAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    /// Doing or racking up lines is cocaine, the drug unnamed.
    @Test(arguments: [
        "dad does a few lines at the weekend",
        "he's doing lines in the bathroom when his mates come round",
        "she was racking up lines on the kitchen table",
    ])
    func doingLinesIsDrugUse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// Her lines for a play are no drugs.
    @Test(arguments: [
        "she's doing her lines for the school play",
        "she's learning her lines for the panto",
        "she did a few lines for the panto",
    ])
    func linesForAPlayAreNoDrugs(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
}
