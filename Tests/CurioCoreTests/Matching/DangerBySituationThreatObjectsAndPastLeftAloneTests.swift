import Testing

@testable import CurioCore

/// Classes a probe of critical findings and false urgent advice found in immediate danger.
/// Missed: a carer collapsed, passed out or too drunk to stand, or nobody sober, with the baby
/// there; danger shown by the situation (the baby and a weapon in one pair of hands, shut in or
/// barricaded with the baby, a delusion that the baby must be cleansed, a baby abandoned on a
/// doorstep, a baby seen still through a window with no answer, a young baby unseen for days
/// with no contact); the baby as the second object of a threat ("to hurt her and the baby",
/// "kill them both") and veiled threats naming it; a baby said to be alone with no place.
/// False: a threat of a harmless act (report, leave, take to court), "I could kill him" as a
/// figure of speech, a baby left alone told with a time gone by or seen so on a visit now over,
/// "fits with the table" read as a seizure, a baby that might have been left read as certain.
/// Sentences written for the classes.
@Suite("Danger by situation, threat objects, past left alone")
struct DangerBySituationThreatObjectsAndPastLeftAloneTests {
    /// A carer collapsed, passed out or too drunk to stand with the baby there, in either
    /// order, or nobody sober: danger now.
    @Test(arguments: [
        "dad has passed out on the settee and the twins are crawling about",
        "the baby's screaming in her cot and mum has blacked out on the landing",
        "she's been drinking and has collapsed, the 3 month old is lying beside her",
        "mum is too drunk to stand up and she has the newborn with her",
        "nobody in the flat is sober and there's a 2 week old in the bedroom",
        "the twins are upstairs and none of them are sober",
    ])
    func aCarerOutOfItWithTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Nobody sober, or a carer not sober, is drink or drugs on them; sober said plainly is
    /// nothing.
    @Test func soberDeniedIsSubstanceMisuse() {
        for text in ["nobody in the flat is sober and there's a 2 week old in the bedroom", "he isn't sober"] {
            #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.substanceMisuse, in: "he is sober today") == nil)
    }

    /// A collapse told with its time gone by, the baby with someone else after a "but", a
    /// party told as over, or a pram collapsed: no danger now.
    @Test(arguments: [
        "mum passed out last month at the GP surgery, the baby was at home with dad",
        "dad collapsed two years ago with a heart problem, he's well now and the baby is fine",
        "dad has collapsed but the baby is at his nan's",
        "she collapsed the pram and put the baby in the car seat",
        "nobody was sober at the christening last year, the baby was with her aunt",
    ])
    func aCollapseThatIsNotNowOrNotTheCarers(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Danger shown by the situation, with no word of harm.
    @Test(arguments: [
        "she has the baby in one arm and a bread knife in the other",
        "dad has barricaded the front door and the twins are inside with him",
        "he's locked himself in the bathroom with the 6 week old",
        "he says the baby has a demon in her that must be cleansed with fire",
        "the newborn was dumped in a bin behind the shops",
        "someone has abandoned a newborn outside the church",
    ])
    func dangerShownByTheSituation(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A delusion that the baby must be cleansed is mental ill health too; a baby abandoned is
    /// neglect too.
    @Test func theSituationsOtherFindings() {
        #expect(MatcherFixture.status(.mentalHealth, in: "he says the baby has a demon in her that must be cleansed with fire") == .present)
        for text in ["the newborn was dumped in a bin behind the shops", "someone has abandoned a newborn outside the church"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
    }

    /// A baby seen still through a window with no answer, or a young baby unseen for days with
    /// no contact: a possible danger, a welfare check now.
    @Test(arguments: [
        "through the window I can see the baby lying still in his cot and nobody is answering",
        "nobody has seen the 4 week old since Thursday and the curtains have been shut all week",
    ])
    func aPossibleDangerSeenFromOutside(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A sleeping position, a missed clinic, cutlery or an idiom: no danger.
    @Test(arguments: [
        "he likes to sleep face down on my chest",
        "the baby hasn't been seen at clinic for two months",
        "she's got the baby and a knife and fork for his tea",
        "he thinks the baby is a little devil, he never sleeps",
    ])
    func situationLookAlikes(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The baby named after the mother or the one spoken to as a harm verb's object, or "them
    /// both": danger now.
    @Test(arguments: [
        "her ex says he's on his way over to stab her and the kids",
        "he's sent a voice note saying he'll kill you and the baby",
        "he keeps messaging that he's going to hurt them both",
    ])
    func theBabyAsTheThreatsSecondObject(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A veiled threat naming the baby is a possible danger and abuse of the mother.
    @Test(arguments: [
        "he texted her 'you'll regret it, you and that baby'",
        "I know where you and the baby are staying, he wrote",
    ])
    func aVeiledThreatNamingTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// An eviction by a partner is abuse, no danger; a visit, a regret or a habit told as over
    /// is no threat now.
    @Test func threatObjectLookAlikes() {
        let eviction = "he's threatening to throw her and the baby out tonight"
        #expect(MatcherFixture.status(.immediateDanger, in: eviction) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: eviction) == .present)
        for text in ["the health visitor is coming to weigh her and the baby", "he regrets leaving her and the baby"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        let habit = "he used to hit her and the baby"
        #expect(MatcherFixture.status(.immediateDanger, in: habit) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: habit) == .present)
    }

    /// A threat of a harmless act, or "I could kill him" as a figure of speech: no danger and
    /// no 999.
    @Test(arguments: [
        "dad keeps threatening to report the school to Ofsted",
        "she's threatening to move out and go back to Leeds",
        "he's been threatening to take the car back to the garage",
        "mum laughed and said she could murder him for eating all the biscuits",
        "I could strangle him, she said, laughing",
    ])
    func aHarmlessThreatOrAFigureOfSpeech(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A threat to take or leave the baby, or a carer's words about the crying baby, stay.
    @Test func realThreatsNearTheLookAlikes() {
        for text in ["he's threatening to take the baby tonight and never bring her back", "he's threatening to leave the baby at the station"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "she says she could kill him, she can't stop him crying") == .possible)
    }

    /// A baby left or found alone, told with a time gone by or seen so on a visit now over:
    /// neglect, for the referral, not danger now.
    @Test(arguments: [
        "the twins were found alone in the flat last weekend",
        "she left him on his own for an hour last Friday to go to the bookies",
        "he was left alone three weeks ago while mum went to the pub",
        "when the midwife visited the baby was on her own in the bedroom",
        "mum admitted she left him home alone last Tuesday to go to the shop",
    ])
    func leftAloneTheTimeGoneBy(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        let ids = DialogueFixtures.recommendationIDs(text)
        #expect(ids.contains("refer-csc") && !ids.contains("emergency-services"), "\(text): \(ids)")
    }

    /// Left alone since a day gone by, or the baby said alone now: danger and neglect.
    @Test(arguments: [
        "she's left the twins alone since last Friday",
        "the baby is on her own upstairs, mum's gone out",
        "the baby has been alone for two hours and mum's phone is off",
    ])
    func leftAloneNowStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A baby that might have been left alone: possible danger and neglect, still a call.
    @Test func mightHaveBeenLeftAlone() {
        let text = "the neighbour thinks mum might have left her alone and gone to the pub"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible)
        #expect(MatcherFixture.status(.neglect, in: text) == .possible)
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"))
    }

    /// A threat aimed at someone else, the baby ruled out: danger denied.
    @Test func aThreatAimedAtSomeoneElse() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the threats were aimed at her ex, not the baby") == .absent)
    }

    /// "Fits with" what explains a bruise is no seizure; fitting with a fever or a limb jerking
    /// is.
    @Test func fitsWithIsNoSeizure() {
        for text in ["the bruise on his shin fits with the coffee table", "it fits with her pulling herself up on the sofa"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        for text in ["she's fitting with a temperature of 39", "he's fitting with his right arm jerking"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// Whole consultations: a baby left alone weeks ago, told at the neglect question, gets the
    /// referral and no 999; a threat to come and kill the mother and the baby, told at the
    /// father question, gets 999 on that turn; a mobile child's bruise that "fits with the
    /// table" gets nothing urgent.
    @Test func consultationsOnTheTurn() throws {
        let (_, triage) = try DialogueFixtures.consultation(
            "duty-triage",
            after: ["Not at the moment - he's with his nan.", "9 weeks", "no", "no",
                "Yes, she admitted leaving him on his own two weeks ago to go to the pub."])
        let triageIDs = triage.recommendations.map(\.id)
        #expect(triageIDs.contains("refer-csc") && !triageIDs.contains("emergency-services"), "\(triageIDs)")

        let (_, threat) = try DialogueFixtures.consultation(
            "consultation",
            after: ["no", "health visitor", "Just want some advice about this family.", "8 weeks", "no", "no", "no", "no", "no",
                "yes, for hours every evening", "yes, she has PND", "yes, sertraline from the GP", "straightforward",
                "good support", "no", "no", "realistic",
                "He's known - he's just messaged her that he's on his way to kill her and the baby."])
        #expect(threat.recommendations.contains { $0.id == "emergency-services" }, "\(threat.recommendations.map(\.id))")

        let (_, bruise) = try DialogueFixtures.consultation(
            "consultation",
            after: ["no", "health visitor", "ten month old, seen today", "yes, he's cruising round the furniture",
                "a bruise on his shin, he walked into the coffee table", "no",
                "on the shin, fits with the coffee table, dad brought him in straight away", "no", "no", "no"])
        let bruiseIDs = bruise.recommendations.map(\.id)
        #expect(!bruiseIDs.contains("emergency-services") && !bruiseIDs.contains("refer-csc"), "\(bruiseIDs)")
    }
}
