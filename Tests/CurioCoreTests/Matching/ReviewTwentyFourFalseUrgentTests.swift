import Testing

@testable import CurioCore

/// Review 24's false-urgent classes (rules added that day firing on ordinary sentences): the
/// mother left at home on her own by her partner or after the birth (her isolation, not a baby
/// left); "left in" with no place after it and an adult "in the garden on his own for hours";
/// "loads of" people minding the baby; food, sick or dirt caked (only old), clothes "from" an
/// occasion (only the same clothes or days counted), a feeding thing crusty once; "on the
/// bottle" (a feed), a service's "regular user", a thing "that she uses sometimes"; a pregnancy
/// bump after a knock not to the body; hurt in an adults' fight or hurt feelings; an adult's own
/// limb not used; crying at a nappy change; one skin query with no bruise colour; a brownish
/// size-placed patch; dropping off or pushing the pram (a threat only with the fall told at
/// once); a carer's threat to bang his or her own head; play or vomiting after "home and"; a
/// dangers-of topic then "and she was fine"; a feed "drunk now". Each both ways, the rule's own
/// purpose kept. Sentences written for the classes.
@Suite("Review 24 false urgent")
struct ReviewTwentyFourFalseUrgentTests {
    /// The mother left on her own by her partner or after the birth, or a dangers-of topic and a reaction: no baby left, no danger.
    @Test(arguments: [
        "Mum has been left at home on her own with the twins since her boyfriend moved out",
        "She's been left in the house by herself since the separation",
        "She was left at home alone after her partner walked out",
        "she was left in the flat on her own after he walked out",
    ])
    func theMotherLeftOnHerOwnAndTopicsAreNoBabyLeft(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A baby left alone now, a fall threatened at once, violence at home, a carer drunk now: danger and 999 kept.
    @Test(arguments: [
        "The baby has been left in the flat on his own, mum went to the shops",
        "He says he'll drop the baby down the stairs",
        "Dad's home and smashing up the kitchen, the baby is in her cot",
        "Mum has the baby and is drunk now",
    ])
    func realDangerNowStaysEmergency(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// ...and the same danger without the recommendation asked.
    @Test(arguments: [
        "The twins have been left at home alone since mum went out this morning",
        "He said he would throw the baby out of the car",
        "He threatened to bang the baby's head against the wall",
        "She doesn't see the danger of leaving him in the bath, and she left him there this morning",
    ])
    func realDangerStays(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// An adult going out or busy, family minding the baby, a day's food or dirt, an occasion's clothes, a dummy cleaned: no neglect.
    @Test(arguments: [
        "Dad left in the afternoon by car on his own to get the shopping",
        "She was in the garden by herself for hours planting the beds",
        "She leaves the baby with loads of family who adore him",
        "Her hands were caked in dirt from the park",
        "His chin was crusted with milk after his feed",
        "She was in the outfit from her naming day on Saturday",
        "The dummy was crusty so she boiled it",
    ])
    func ordinaryCareIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) != .present, "\(text)")
    }

    /// A baby left in its pram or cot for hours: neglect and a referral kept.
    @Test(arguments: [
        "The baby was left in the pram in the yard on her own for hours",
    ])
    func aBabyLeftInItsPlaceIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    /// Strangers minding the baby, old sick, the same clothes for days, crusted bottles: neglect kept.
    @Test(arguments: [
        "The baby was in his cot on his own for hours while mum was out",
        "She leaves him with random men from the pub",
        "His vest was caked in dried sick",
        "Still in the same sleepsuit since Thursday",
        "He was in the clothes from four days ago",
        "The bottles are always crusted",
        "The dummy was crusted with old milk",
        "The 6 week old was left at home alone last Tuesday",
    ])
    func neglectCuesKept(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A baby on the bottle is a feed.
    @Test(arguments: [
        "She has moved onto the bottle and he is feeding well",
    ])
    func aFeedingBottleIsNoDrink(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    /// A service's regular user, a thing she uses sometimes: no substance misuse.
    @Test(arguments: [
        "Mum is a current user, she attends the baby group weekly",
        "Mum has a sling that she uses sometimes",
    ])
    func aServiceUserOrAThingUsedIsNoDrugUse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }

    /// A drug user named, the gear, "uses most days": substance misuse kept.
    @Test(arguments: [
        "Dad is a regular drug user",
        "She's back on the gear",
        "Dad uses most days",
    ])
    func drugUseStays(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// A pregnancy bump, an adults' fight, hurt feelings, an adult's limb, crying at a nappy change
    /// with the rash that explains it: no injury to the baby.
    @Test(arguments: [
        "Dad banged on the door, she has a big bump, 28 weeks",
        "Mum fell over in the street, she has a bump, 32 weeks pregnant",
        "Her bump has got bigger since she hit 20 weeks",
        "There was a row outside the club between dad and a friend and dad hurt him",
        "Mum says she hurt his feelings",
        "Nan isn't using her left hand since her fall",
        "Nothing visible but she cries when we change her nappy, she has nappy rash",
    ])
    func pregnancyFightsFeelingsAndAdultsLimbsAreNoInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// Crying at a nappy change with nothing visible and nothing to explain it is pain on
    /// handling, a possible hidden injury (a second review found the first form of this rule
    /// ignoring "no swelling visible but she screams whenever mum changes her nappy").
    @Test func cryingAtANappyChangeWithNothingToExplainItIsAPossibleInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "Nothing visible but she cries when we change her nappy") == .possible)
    }

    /// A bump after the baby's knock or fall, a carer's past harm, a limb not used: injury kept.
    @Test(arguments: [
        "He banged his head on the cot, there's a bump",
        "She rolled off the sofa and now has a bump",
        "There is a bump where he hit the coffee table",
        "Dad hurt him yesterday",
        "He isn't using his right arm, he is 8 weeks",
    ])
    func aBumpAfterTheBabysKnockStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Pain when a limb is handled, nothing seen: possible injury kept.
    @Test(arguments: [
        "No injuries seen but he screams when I lift his leg",
    ])
    func painOnHandlingAfterNoInjuryStaysPossible(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
    }

    /// One skin query with no bruise colour, a brownish birthmark measured: no bruise.
    @Test(arguments: [
        "Rough patch on her forehead ?eczema, 7 weeks",
        "Pink area on her tummy ?rash, 4 weeks",
        "Brownish patch 2cm across on her leg, a birthmark, 6 weeks",
    ])
    func skinQueriesAreNoBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A bruise queried, a bruise-coloured mark queried or measured on the body: possible bruise kept.
    @Test(arguments: [
        "Grey patch on his back ?bruise",
        "Bluish patch over her sacrum ?mongolian blue spot",
        "Purplish patch about 2cm across on his thigh",
    ])
    func bruiseDoubtsStayPossible(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    /// Dropping the baby off, play after "home and", a feed drunk now: no danger, no 999.
    @Test(arguments: [
        "Dad said he'd drop the baby off at nan's on the way to the car",
        "Dad's home and throwing the frisbee for the dog, the baby is in her pram",
        "Did she finish her feed? Yes, the milk is drunk now, nan has her",
    ])
    func handlingPlayAndFeedsAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Pushing the pram over a bridge, vomiting, a threat to bang one's own head: no danger.
    @Test(arguments: [
        "She'll push the baby over the bridge to the shops in the buggy",
        "Mum was so frustrated she threatened to bang her head against the door",
        "He threatened to bang his own head on the floor",
        "He's back, throwing up, mum has the baby",
    ])
    func everydayHandlingAndSelfHarmThreatsAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A dangers-of topic then the carer's reaction: the topic stays hypothetical.
    @Test(arguments: [
        "We talked about the risk of co-sleeping and she was very engaged, baby is 6 weeks",
    ])
    func aTopicWithAReactionStaysHypothetical(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
