import Testing

@testable import CurioCore

/// Classes a fourth round of probes found in danger now: the baby called by a pet name
/// ("bubs", "LO", "bubba", "the little 'un": classes.yaml's `the_baby`) or "it" ("on its own",
/// nobody with it), alone or in the hands of a carer unable to care; a weapon with a word of
/// its kind ("a carving knife", "a zombie knife", "a cricket bat" swung); a carer over the limit
/// with the baby in the car or about to drive off; a threat to burn the home with the baby in
/// it, or a carer barricaded in with the baby. And the look-alikes: a carer alone with the baby
/// most days (isolation), a drive told as done, a bread knife cutting bread, a baby left alone
/// or a threat told as years past. Sentences written for the classes.
@Suite("The baby by a pet name, weapons of a kind, driving over the limit")
struct BabyByPetNameWeaponsAndCarDangerTests {
    /// A carer unable to care, in charge of the baby called by a pet name.
    @Test(arguments: [
        "mum is stoned and she's home with bubs by herself",
        "dad is wasted and he's looking after LO",
        "nan is paralytic and alone with the little 'un",
        "dad is completely out of it and minding LO",
        "he is hammered tonight. bubba is with him",
        "mum has collapsed and she's holding bubs",
        "mum is drunk and is alone with lo",
    ])
    func anImpairedCarerWithTheBabyByAPetNameIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The baby alone, called "it" or said to be on its own, or nobody left in with it.
    @Test(arguments: [
        "the baby has been upstairs on its own since this morning",
        "the newborn is in the house on its own",
        "there's a baby in a van by itself outside the chemist",
        "she went off an hour ago and no one else is in the flat",
        "nobody is in the house with it",
        "they've left it in the flat on its own",
        "it's been downstairs by itself all night",
        "the baby's in the car and no one is with it",
    ])
    func theBabyAloneCalledItIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A knife with a word of its kind, wherever a plain knife is danger; another weapon or a
    /// blunt one swung, with the baby there.
    @Test(arguments: [
        "he has a big kitchen knife",
        "he pulled a zombie knife out",
        "she's waving a bread knife about",
        "her ex is swinging a cricket bat in the hallway and the baby is in the lounge",
        "her ex has grabbed a claw hammer, the twins are upstairs",
        "he is in the flat with a massive knife",
    ])
    func aWeaponOfAKindIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A carer drunk, high or over the limit with the baby in the car or about to drive it.
    @Test(arguments: [
        "mum is drunk and is buckling the twins into the car",
        "he's been drinking since lunch and he's strapping bubs in the car seat",
        "dad's completely wasted and he's driving around with the twins",
        "she's way over the limit and is about to drive off with the baby",
    ])
    func anImpairedCarerDrivingWithTheBabyIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A threat to burn the home with the baby there, or shut in with the baby.
    @Test(arguments: [
        "he is threatening to torch the house and the twins are upstairs",
        "he said he'd burn the flat down with them all inside",
        "he's holed up in the bedroom with the newborn",
    ])
    func fireThreatenedOrBarricadedWithTheBabyIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Look-alikes: no 999.
    @Test(arguments: [
        "mum drove to clinic with the baby this morning",
        "dad is strapping the baby into the car seat for nursery",
        "she's on her own with bubs most of the week",
        "he was over the limit when he was stopped in 2020",
        "the gas bill is over the limit",
        "dad has a hammer for putting up the stair gate",
        "he's swinging a baseball bat in the garden",
        "he sliced the bread with a big knife",
        "he threatened to kill the baby back in 2018, no contact since",
        "dad threatened to harm the baby months ago, he's not been seen since",
        "years ago she left her eldest on her own in the flat, she has been fine since",
        "the cat is in the house on its own",
        "she's worried he'll burn the house down one day",
        "mum is not drunk and is on her own with bubs",
    ])
    func noDangerNow(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Denied or hedged, the new wordings are denied or hedged too; a child left alone years
    /// ago is neglect in the history, not danger now.
    @Test func negationHedgeAndThePast() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby is not in the flat on its own, nan is there") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "I think the baby might be in the flat on its own") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "he isn't holding a kitchen knife, it's a spatula") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "he's not got a kitchen knife") == .absent)
        let past = "years ago she left her eldest on her own in the flat, she has been fine since"
        #expect(MatcherFixture.status(.immediateDanger, in: past) == nil)
        #expect(MatcherFixture.status(.neglect, in: past) == .present)
    }

    /// A parent named as the one alone at home is her isolation, the theme of the briefing, not
    /// a baby left alone: "mum is on her own in the flat all day" had given 999. A pronoun, which
    /// may be the baby, and the baby named stay danger; an impaired mum with the baby is danger.
    @Test func aParentAloneAtHomeIsIsolationNotDanger() {
        for text in ["mum is on her own in the flat all day, no family nearby", "mum is alone in the house most of the time",
            "mum is home alone with the baby most days"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
        }
        for text in ["she's on her own in the flat", "the baby is on her own in the flat", "mum is drunk and on her own in the flat with the baby"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// A baby left alone on a day gone by (a weekday, yesterday, the weekend) is a history of
    /// neglect, not 999 now; last night, an hour ago or now stays danger.
    @Test func aBabyLeftAloneOnADayGoneByIsNeglectNotDanger() {
        for text in ["on Saturday mum left him alone in the flat for twenty minutes", "she left him alone last Monday",
            "she left her alone on Friday for an hour to go to the shop"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["mum left him alone last night for three hours", "mum has left him alone in the flat, she went out an hour ago",
            "she has left him alone, she said she'd be back on Saturday"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }
}
