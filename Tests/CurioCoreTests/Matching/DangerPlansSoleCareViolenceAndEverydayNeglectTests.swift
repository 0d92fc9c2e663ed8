import Testing

@testable import CurioCore

/// Classes of missed urgent findings that probes U, V, W and X found, with their look-alikes.
/// Missed: a carer drunk or high (or "has been drinking", "not sober") in sole care, the sole care
/// said many ways ("just him and the twins", "the one minding the baby", "in the van with the
/// little one", "left the baby with her mate", the carer named before a verb of going being the one
/// who went) and the state in slang or between commas; a plan or threat to kill told by what (drive
/// into the canal, walk into the river, put the twins in the canal, "do the baby in"); violence to
/// the mother with any verb, going on (danger and abuse) or told with its day (abuse only); danger
/// that may be now (someone at the door shouting, a court order breached this morning, a message of
/// despair from a carer with the baby); neglect in everyday words (a baby underdressed in a cold
/// home, feeds made weaker, checks missed said the other way round, cancelling and nobody seeing
/// the baby, a carer who forgets the baby, not feeding the baby while the other is out). False: a
/// baby left WITH someone read as alone, a habit or a day gone by read as danger now, the slang in
/// other senses, "her phone" or a toddler's or a dog's blow read as abuse, "isn't picking up" read
/// as untreated illness. Sentences written for the classes, not taken from the probes.
@Suite("Plans to kill, sole care, violence to the mother, everyday neglect")
struct DangerPlansSoleCareViolenceAndEverydayNeglectTests {
    /// A carer drunk or high with the baby in their sole care, however the care is put: danger.
    @Test(arguments: [
        "Dad's off his head and mum's gone to the shop, so it's just him and the twins.",
        "Her boyfriend is legless and he's the one minding the baby tonight.",
        "Mum has gone to her night shift leaving the baby with him, and he's stoned.",
        "She's dropped the baby off with her mate, who is off her face.",
        "Nan is drunk and mum went to bingo leaving the baby with her.",
        "He's in the van with the little one, wasted, parked outside the pub.",
        "Dad is drunk and mum went to work, the baby is with him.",
    ])
    func anImpairedCarerInSoleCareIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The carer with the baby told apart from the one drunk, or nobody impaired: no danger.
    @Test(arguments: [
        "Mum is drunk, so she has left the baby with dad.",
        "Dad is drunk but mum is the one looking after the baby.",
        "Mum's gone to work and left the baby with dad, who is sober.",
        "He's in the car with the baby and he's fine to drive.",
        "Mum is drunk and went to bed, dad has the baby.",
    ])
    func anotherCarerWithTheBabyIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Drinking told up to now with the baby in that carer's care is a possible danger; "not
    /// sober" is the state itself; drinking told as a habit or as over, or sober, is no danger.
    @Test func drinkingUpToNowAndNotSober() {
        let drinking = "Her partner has been drinking and he's minding the baby."
        #expect(MatcherFixture.status(.immediateDanger, in: drinking) == .possible)
        #expect(DialogueFixtures.recommendationIDs(drinking).contains("emergency-services"))
        #expect(MatcherFixture.status(.immediateDanger, in: "She's not sober and she has the little one.") == .present)
        for text in [
            "He had been drinking, but he's fine now and has the baby.",
            "She's been drinking heavily since the birth and has the baby most days.",
            "Dad is sober tonight and he has the baby.",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// Gone out leaving the baby with someone is no baby alone; gone out leaving it is.
    @Test func goneOutLeavingTheBabyWithSomeone() {
        for text in ["Mum went out leaving the twins with nan.", "She has gone out and left him with her boyfriend."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        let alone = "Mum has gone out and left the baby."
        #expect(MatcherFixture.status(.immediateDanger, in: alone) == .present)
        #expect(MatcherFixture.status(.neglect, in: alone) == .present)
    }

    /// Drink and drug slang is misuse; the same words in other senses are not.
    @Test func drinkAndDrugSlang() {
        for text in ["Dad gets absolutely trollied every weekend.", "He's been using ket most nights."] {
            #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
        }
        for text in [
            "Dad got really pissed off with the social worker.",
            "She's wasted no time finding a nursery.",
            "Half the formula gets wasted.",
        ] {
            #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
        }
    }

    /// A plan or a threat to kill told by what would be done: danger now.
    @Test(arguments: [
        "He's told her he'll drive the car into the canal with the kids in the back.",
        "She keeps saying she's going to walk into the river with the baby.",
        "He's threatening to crash the car with the baby in it.",
        "Dad said he's going to put the twins in the canal.",
        "He said he'll do the baby in if she leaves.",
    ])
    func aPlanToKillIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The veiled words ("something stupid") said of the baby are a possible danger, which is
    /// enough for 999.
    @Test func aVeiledThreatToTheBabyCallsNineNineNine() {
        let text = "Mum texted that she'll do something stupid to the baby."
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible)
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"))
    }

    /// The same threat told as long over is the abuse only; a lift, a route or a feed is nothing.
    @Test func threatLookAlikes() {
        let over = "Years ago he threatened to drive them all into the sea."
        #expect(MatcherFixture.status(.immediateDanger, in: over) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: over) == .present)
        for text in [
            "He's going to drive the twins to the seaside.",
            "Dad will drive over the bridge to pick her up.",
            "She's going to do the baby's feed and then ring me back.",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// Violence to the mother going on: danger and domestic abuse.
    @Test(arguments: [
        "Her partner is strangling her right now.",
        "He is punching mum as we speak.",
    ])
    func violenceToHerGoingOnIsDangerAndAbuse(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Violence to her told with its day, as a habit, or while she held the baby: the abuse, a
    /// referral, no 999.
    @Test(arguments: [
        "He punched her on Sunday.",
        "Last month he attacked his girlfriend.",
        "He keeps punching her, she says, most weekends.",
        "He shoved her into the door while she was carrying the baby.",
    ])
    func violenceToHerToldAsDoneIsAbuse(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        let recs = DialogueFixtures.recommendationIDs(text)
        #expect(recs.contains("refer-csc") && !recs.contains("emergency-services"), "\(text)")
    }

    /// Violence to her in everyday words is abuse; her things, a toddler's or a dog's are not.
    @Test func violenceInEverydayWords() {
        for text in ["He gets physical with her when he's had a drink.", "He knocked mum flying."] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
        for text in [
            "She threw her phone across the room.",
            "The toddler keeps kicking her.",
            "The dog knocked her over in the park.",
        ] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// Danger that may be now: someone at the door shouting, an order breached this morning, a
    /// message of despair from a carer with the baby. Possible danger is enough to call.
    @Test(arguments: [
        "Her ex is on the doorstep shouting and she's in the flat with the twins.",
        "The non-molestation order was breached this morning and he's at the house with the baby.",
        "She sent a text saying she can't go on, and she has the baby with her.",
    ])
    func dangerThatMayBeNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A knock at the door, a breach long over, a tired mother alone with the baby: no danger;
    /// not answering the phone is no untreated illness.
    @Test func dangerThatMayBeNowLookAlikes() {
        for text in [
            "The postman was banging on the door.",
            "He breached his bail two years ago.",
            "She says she can't cope with the night feeds, she has the baby on her own.",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Mum isn't picking up my calls.") == nil)
    }

    /// Neglect of basic needs in everyday words: present, a referral.
    @Test(arguments: [
        "The house is freezing and the baby was only in a nappy.",
        "They've been making the bottles weaker to save money.",
        "The 8 week and 12 week checks were both missed.",
        "Dad keeps cancelling and nobody has seen the baby for a fortnight.",
        "Grandma forgets the baby is asleep upstairs.",
        "Mum isn't feeding the twins while dad's on nights.",
    ])
    func neglectInEverydayWords(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    /// Neglect not yet judged or suspected is possible; a warm day, a cold room put right, formula
    /// by choice and a check cancelled by the GP are nothing.
    @Test func neglectHedgedAndLookAlikes() {
        for text in ["Too soon to tell whether it's neglect.", "She may be watering down the bottles."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        for text in [
            "It was hot so the baby was in just a vest.",
            "The lounge was freezing so she turned the heating up.",
            "Mum isn't feeding him herself, she uses formula.",
            "The GP cancelled the 8 week check.",
        ] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }
}
