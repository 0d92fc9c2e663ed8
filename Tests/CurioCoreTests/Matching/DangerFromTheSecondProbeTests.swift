import Testing

@testable import CurioCore

/// Classes a second probe found: a carer in charge of the baby told in more ways (left in
/// charge, looked after by, the baby "with dad" by a pronoun, sole care, only mum at home with
/// it, asleep with it on the sofa), so that a carer drunk or high said before or after makes
/// danger; violence, a weapon and smoke told in other words, with the baby there; a baby left in
/// a car or shaken within the hour. And false 999s: the past, the parent's own childhood, "home
/// alone with mum", and a baby's feed drunk read as drink. Sentences written for the classes.
@Suite("Danger from the second probe")
struct DangerFromTheSecondProbeTests {
    let matcher = MatcherFixture.matcher

    func soleCareCarers(_ text: String) -> Carers? {
        matcher.match(text).situations.first { $0.id == "now.sole_care" }?.carers
    }

    /// A carer unable to care, then the same carer in charge of the baby in other words.
    @Test(arguments: [
        "Dad has been drinking all afternoon. He's been left in charge of the twins.",
        "Mum is off her face. She was left looking after the newborn.",
        "dad is very drunk. the 4 month old is being looked after by him",
        "Mum is plastered. She's looking after her daughter tonight.",
        "dad is wasted. he's got sole charge of the baby",
        "mum is drunk. only mum in the flat with the twins",
        "Mum is stoned, dad on nights so mum on own with newborn",
        "Dad is paralytic. She's with dad upstairs.",
        "mum is high on ket. he's with mum, dad's out",
        "dad has been drinking since this morning and is asleep on the settee with the baby",
        "mum is drunk and the baby is lying on top of her",
        "nan here, dad is blind drunk and was left in charge of the twins",
    ])
    func anImpairedCarerInChargeIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The carer in charge is told by the role word, not by a pronoun for the baby: the baby
    /// with dad is dad's care, whoever is drunk.
    @Test func theCarerInChargeIsTheOneNamed() {
        #expect(soleCareCarers("he's with dad at home") == .father)
        #expect(soleCareCarers("she's with mum, dad's at work") == .mother)
        #expect(soleCareCarers("the twins are being looked after by nan") == .other)
        #expect(!DialogueFixtures.recommendationIDs("Mum is very drunk. He's with dad at home.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("Dad is very drunk. She's with mum, dad's out.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("Mum is drunk. The baby is being looked after by dad.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("Nan is drunk. Mum is with the baby now.").contains("emergency-services"))
    }

    /// Violence, a weapon or smoke now, in other words, with the baby there.
    @Test(arguments: [
        "they're having a huge fight now. the baby is in the bedroom",
        "he is knocking her about. the twins are in the lounge",
        "dad is throwing plates at her, the baby is in the kitchen",
        "her ex has showed up with a knife. the baby's upstairs",
        "smoke is billowing out of the kitchen window, the baby is inside",
        "they're fighting, he's smashing stuff up. she's in her cot",
    ])
    func violenceOrAHazardWithTheBabyThere(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A baby left in a car with what it is like there now, or shaken within the hour.
    @Test(arguments: [
        "the twins were left in the van for over an hour and it is boiling, police on scene",
        "the baby was left in the car for ages, it is sweltering right now",
        "mum says he shook the baby hard half an hour ago",
    ])
    func leftInACarOrShakenJustNow(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The same words about the past, the parent's own childhood, another carer with the baby or
    /// a baby's feed: no danger now.
    @Test(arguments: [
        "back in 2023 mum was drunk while looking after the twins, she has been sober since",
        "her own dad used to leave her alone for days when she was little",
        "her stepdad threatened to kill her when she was 12",
        "she's home alone with dad today, all fine",
        "they had a big fight last month, the baby is at home",
        "mum is pushing her around the park in the pram, baby is fine",
        "the toddler keeps knocking her about, he's 2",
        "he came round with a carving knife to carve the turkey, the baby was there",
        "her ex turned up with a knife back in 2021, the baby is at home now",
        "dad shook the baby's rattle half an hour ago to stop him crying",
        "we talked it over with mum, she is fine at home",
    ])
    func noDangerNow(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A time ahead or a place is no past: "in 10 minutes", "back in the flat", "drunk loads".
    @Test(arguments: [
        "he says he'll be round with a knife in 10 minutes, the baby is here",
        "dad has a knife and he is back in the flat, the baby is in her cot",
    ])
    func aTimeAheadOrAPlaceIsStillDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test func anAdultWhoHasDrunkLoadsStillDrinks() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad has drunk loads tonight") == .present)
    }

    /// Drunk while in charge of a child, told as over, is still substance misuse.
    @Test func drunkInChargeLongAgoIsMisuse() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "back in 2023 mum was drunk while looking after the twins") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "back in 2023 mum was drunk while looking after the twins") == nil)
    }

    /// In the parent's own childhood a danger is the parent's adverse childhood.
    @Test func dangerInTheParentsChildhoodIsAdverseChildhood() {
        let text = "her own dad used to leave her alone for days when she was little"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present)
    }

    /// A baby that has drunk its feed is no drink problem.
    @Test(arguments: [
        "she's drunk all of her milk",
        "he has drunk 5oz and burped",
        "the baby drank 120ml and went down",
        "she's drunk well today",
    ])
    func aFeedDrunkIsNoDrinkProblem(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
}
