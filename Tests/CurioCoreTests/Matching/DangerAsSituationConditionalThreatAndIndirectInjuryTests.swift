import Testing

@testable import CurioCore

/// Classes a matcher probe (AK) and a consultation probe (AL) found missed with no danger word:
/// danger told as a situation or an act (a carer's fear of what they will do to the baby while
/// alone with it, a carer who has overdosed with the baby in the home with them, a drunk carer
/// ("absolutely paralytic") putting the baby in the car, a baby held out of a window named by its
/// floor, a baby left strapped in a car); a conditional threat whose condition is a refusal ("if
/// she doesn't let him in he'll take the baby and hurt him"), also sent to the mother in a
/// message; an injury told by its treatment (a limb in a sling, a cast or plaster) or by blood
/// round the nose or mouth; neglect as a doubt about feeding with the milk understood. Look-alikes
/// both ways. Sentences written for the classes.
@Suite("Danger as a situation, conditional threats, indirect injury")
struct DangerAsSituationConditionalThreatAndIndirectInjuryTests {
    /// A situation with no danger word, the carer alone with the baby: danger now (inferred).
    @Test(arguments: [
        "she told me she's frightened of what she'll do to her daughter and she's home alone with her",
        "dad's taken an overdose and the 3 month old is still in the house with him",
        "he came back completely paralytic and is strapping the baby into the car to go to his mum's",
    ])
    func situationWithTheBabyIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The act itself, or a baby shut in a car.
    @Test func actsWithNoDangerWord() {
        #expect(MatcherFixture.status(.immediateDanger, in: "he's holding her out of the top floor window") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "dad was hanging the baby off the third floor balcony") == .present)
        let car = "the 5 month old has been left asleep in a car on the retail park"
        #expect(MatcherFixture.status(.immediateDanger, in: car) == .present)
        #expect(MatcherFixture.status(.neglect, in: car) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "mum says she's scared of what she might do to the baby") == .possible)
    }

    /// Look-alikes: no danger.
    @Test(arguments: [
        "mum is scared of getting the bottles wrong",
        "she's worried about what people will think if she stops breastfeeding",
        "dad put the baby in the car seat and drove to nursery",
        "mum opened the bedroom window because the flat was hot",
        "dad held her up to the window to watch the fireworks",
        "mum took an overdose years ago, long before the baby",
    ])
    func lookAlikesAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A threat with a refused condition is a threat; advice with "if" stays hypothetical.
    @Test func conditionalThreats() {
        for text in ["her ex has messaged her saying if she doesn't unblock him he'll take the baby and kill her",
            "he was shouting if you don't open this door I'll hurt the baby",
            "if she won't give him the money he's going to take the little one and hurt her, he said"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        for text in ["if he ever hurts the baby, ring 999 straight away",
            "mum said that if the baby doesn't settle she'll ring the health visitor",
            "she says if he hurts the baby she'll leave him",
            "her boyfriend texted her saying if she doesn't come home he'll be upset"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// An injury told by its treatment or by blood on the face; feeding in doubt.
    @Test func indirectInjuryAndFeedingDoubt() {
        for text in ["the 10 week old came in with his leg in plaster", "baby's wrist was in a splint when I visited",
            "there was blood round the baby's mouth when I got there"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        for text in ["dad's arm is in a sling after a work accident", "mum carries the baby in a sling",
            "his older sister has her arm in a cast"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "I'm not convinced she's getting enough - mum can't say how often she feeds") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "mum is cagey about how often he has a bottle") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "not sure she's getting enough sleep, she wakes a lot") == nil)
    }
}
