import Testing

@testable import CurioCore

/// Danger now told indirectly, which a round of consultation probes found gave no 999: a carer
/// unable to care told by a drink or drug idiom ("has had a lot to drink", "had a few pints",
/// "most of a bottle of gin", "up all night on ket"), an overdose of tablets, "said she'd taken
/// something", gone silent mid-call, a goodbye text; a baby crawling by a fire while the carer
/// is out of it. Danger from a place now: a threat to drop the baby from a height, a baby in a
/// car with no adult, a baby seen through the window of a home with the car gone and nobody
/// answering, a baby "not really responding" or gone a strange colour. And the look-alikes: the
/// drink or tablets told as over or as a habit, a baby's own drinks, an errand ("drop him off at
/// nursery"), a nappy gone a funny colour, a threat told as years ago or ended by prison.
/// Sentences written for the classes.
@Suite("Danger now told indirectly")
struct DangerToldIndirectlyTests {
    /// A carer who has had a lot of drink, told as an amount, in charge of the baby.
    @Test(arguments: [
        "nan has had way too much to drink and she's babysitting the twins",
        "his partner has had a fair few cans this afternoon and is home alone with the newborn",
        "she's had several vodkas and is looking after the baby by herself",
        "mum's had half a bottle of gin and she's got the baby on her own",
        "grandad's had one too many and he's got the baby with him",
        "dad has had loads to drink and he is driving around with the baby",
        "the babysitter has been up all night on ket and is minding the baby",
    ])
    func drinkOrDrugsToldAsAnAmountWithTheBabyIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// An overdose, something taken, gone silent on the phone, a goodbye message, or out of it
    /// while the baby crawls by the fire: danger with the baby in that carer's charge.
    @Test(arguments: [
        "mum has swallowed a handful of paracetamol and is alone with the baby",
        "mum texted that she'd taken something, she has the baby with her",
        "she was on the phone to me and then just went silent, she's on her own with the newborn",
        "dad sent a goodbye message an hour ago and he has the baby",
        "dad is passed out on the sofa and the baby is lying next to the log burner",
        "the baby's dad has just turned up drunk and taken her from the nursery in his car",
    ])
    func aCarerCollapsedOrSayingGoodbyeWithTheBabyIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The drink or tablets told as over, as a habit or denied; a baby's own drinks; goodbye
    /// said to a visitor; a baby by the fire with another adult: no 999.
    @Test(arguments: [
        "mum had a few glasses of wine at Christmas last year, she has the baby on her own today",
        "dad had a few pints with his dinner, he's looking after the baby",
        "he had a lot to drink years ago, he has the baby now",
        "she took too many tablets when she was a teenager, she has the baby on her own now",
        "she's taken something for her back pain and has the baby",
        "the baby has had lots of drinks today and is with mum",
        "dad drinks a few cans most nights, he has the baby on his own",
        "she said goodbye to the health visitor and is on her own with the baby",
        "mum is in the garden and the baby is sitting by the fire with dad",
        "her ex turned up drunk at the door last Christmas, she has the baby on her own",
        "she has not had a lot to drink and is looking after the baby",
        "dad hasn't had a few pints, he is on his own with the baby",
    ])
    func drinkOverOrAHabitIsNoDanger(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A threat to drop the baby from a height, a baby in a car or a home with no adult, a baby
    /// not really responding or gone a strange colour and floppy.
    @Test(arguments: [
        "her boyfriend is out on the balcony with the baby, screaming that he'll throw her over the edge",
        "he's up on the roof with the twins and says he will drop them",
        "dad is threatening to drop the baby off the bridge unless she comes home",
        "she is dangling the baby over the railing",
        "the newborn is strapped in a car seat in the supermarket car park and nobody with it",
        "there's a baby in a parked car outside the shop, no adult around for half an hour",
        "I can see the baby in the bouncer through the window, nobody answers and the car has gone",
        "I can see the 3 month old through the window, the car's gone and no one is answering",
        "the baby has gone a strange colour and is floppy",
        "the baby isn't properly responsive",
    ])
    func dangerFromAPlaceOrCollapseNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Look-alikes of a place or a collapse: the past, a fear of dropping, an errand, a nappy or
    /// a bruise gone a colour, a baby asleep in the car with dad, treatment not working yet.
    @Test(arguments: [
        "we were on the balcony and he held the baby so she could see the fireworks",
        "she worries she will drop him in the bath",
        "mum said she'll drop him off at nursery at nine",
        "his poo has gone a funny colour",
        "the bruise on his leg has gone a funny colour",
        "the baby is sleeping in the car seat in the car with dad",
        "the baby was in the car when they had a crash last year, nobody with injuries",
        "the baby is not really responding to the antibiotics yet",
        "the baby's not really responsive to the reflux medicine",
        "the baby is asleep and is fine, breathing normally",
        "I could see the baby through the window playing with mum, the car has gone for its MOT",
    ])
    func aPlaceOrColourLookAlikeIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A baby turned a dusky colour is a possible collapse, 999 all the same; a hedged amount of
    /// drink with the baby is a possible danger; thoughts of suicide last night with the baby
    /// alone with her are a possible danger, and as a teenager they are none.
    @Test func possibleDangerAndItsLookAlikes() {
        #expect(MatcherFixture.status(.immediateDanger, in: "she's turned a dusky colour") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "I think dad may have had a few pints and he's got the baby on his own") == .possible)
        let recent = "he had thoughts of ending his life this morning and is minding the baby"
        #expect(MatcherFixture.status(.immediateDanger, in: recent) == .possible)
        #expect(DialogueFixtures.recommendationIDs(recent).contains("emergency-services"))
        for text in ["she had thoughts of killing herself when she was a teenager, she has the baby on her own",
            "she was thinking about ending her tenancy recently and has the baby on her own"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// A threat told as years ago, or ended by prison, is domestic abuse or nothing now, and a
    /// past balcony an injury to tell; the same threat now, or just made, stays danger.
    @Test func aThreatOrAHeightToldAsOverIsNoDangerNow() {
        for text in ["he threatened to take the baby years ago, he is in prison now",
            "her ex threatened to kill her and the baby back in 2019",
            "back in 2019 he threatened to kill her and the baby",
            "her ex threatened to take the baby last year and is now locked up",
            "he was jailed for threatening to kill the baby",
            "two years ago her ex held the baby over the balcony"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        #expect(MatcherFixture.status(.domesticAbuse, in: "he was jailed for threatening to kill the baby") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "two years ago her ex held the baby over the balcony") == .present)
        for text in ["he's just threatened to kill her and the baby", "her ex is threatening to take the baby right now",
            "he threatened to kill her and the baby and he's on his way back"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// A threat or a baby held out over a height minutes or hours ago, or last night, is danger
    /// now: only years, months or weeks ago, or prison, make it history. (A first version of the
    /// history cues took any "ago", and "20 minutes ago he threatened to stab her and the baby"
    /// lost its 999.)
    @Test(arguments: [
        "20 minutes ago he threatened to stab her and the baby",
        "he threatened to take the baby 10 minutes ago",
        "an hour ago he dangled her over the balcony",
        "last night he held the baby out of the window",
    ])
    func whatHappenedMinutesOrHoursAgoIsDangerNow(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }
}
