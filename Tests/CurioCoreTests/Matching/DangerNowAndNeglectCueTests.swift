import CurioCore
import Testing

/// Urgent findings said the way notes say them: a carer out of it while caring for the baby
/// now, the basics run out, a baby left in a car, a bottle propped, a baby dropped on the head.
/// A habit or a past state is not danger now. Sentences written for the class.
@Suite("Danger now, neglect and a dropped baby, as notes say them")
struct DangerNowAndNeglectCueTests {
    @Test(arguments: [
        "dad high on drugs and looking after baby alone",
        "mum is drunk and caring for the baby tonight",
        "mum too drunk to stand, baby in her arms",
        "he's stoned and holding the twins right now",
    ])
    func aCarerOutOfItWithTheBabyNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// Danger said as a situation rather than a keyword.
    @Test(arguments: [
        "the baby is in the house and dad has a knife",
        "ex is outside the flat shouting and kicking the door, mum and baby inside",
        "mum says she is going to leave the baby on the doorstep",
        "she put her hand over his mouth to stop him crying",
        "house fire, baby inside",
        "mum driving drunk with the baby in the car",
        "no adult with the twins right now",
    ])
    func aDangerousSituationIsDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// The same words in an everyday setting are no danger.
    @Test(arguments: [
        "dad works as a chef with knives all day, baby is fine",
        "the baby has a toy gun from his cousin",
        "mum puts her hand on his head to settle him",
        "she wants to leave the baby at nursery two days a week",
        "dad drives the baby to clinic every week",
        "neighbour heard dad outside the house shouting last week",
    ])
    func everydayWordsAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "dad drinks and looks after the baby",
        "mum was drunk last week",
    ])
    func aHabitOrAPastStateIsNoDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "no clean nappies baby sore",
        "they've run out of formula again",
        "she props the bottle and leaves him",
        "baby left in car while mum shopped",
        "twins were left in the car outside the shop",
    ])
    func theseAreNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A threat to take the child is danger now; an account of what happened is not a threat.
    @Test func aThreatToTakeTheChildIsSaidAsOne() {
        #expect(MatcherFixture.status(.immediateDanger, in: "dad was shouting that he'll take the baby") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "bruises on his arms - mum says older sibling grabbed him") == nil)
    }

    @Test(arguments: ["fingermarks on her thighs", "a handprint on his back"])
    func marksWrittenAsOneWordAreBruises(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Dropped onto something hard, the baby may be hurt; dropped off somewhere, not.
    @Test func aBabyDroppedOnTheFloorMayBeHurt() {
        #expect(MatcherFixture.status(.otherInjury, in: "grandma dropped the baby on the floor") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "dad dropped him at nursery") == nil)
    }

    @Test(arguments: ["baby dropped on head by dad", "she says she dropped him on his head"])
    func aBabyDroppedOnTheHeadIsAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// The carer's drink or drugs are the parent's finding too, when danger or neglect takes the
    /// words; and a baby with a carer who "is" drunk is with him now.
    @Test(arguments: [
        "dad is drunk and in charge of the baby",
        "baby is with dad who is drunk",
        "the baby is with her dad and he is high",
    ])
    func withADrunkCarerNowIsDangerAndMisuse(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    @Test func leftSoTheCarerCanDrinkIsNeglectAndMisuse() {
        let text = "mum leaves the baby so she can get drunk"
        #expect(MatcherFixture.status(.neglect, in: text) == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "baby was with dad who was drunk last week") == nil)
    }

    /// A baby seen being hurt, or being hurt now, is danger and an injury; a past shaking is an
    /// injury to refer, not 999.
    @Test func aBabySeenBeingHurtIsDangerAndInjury() {
        for text in ["saw a man shaking a baby in a pram outside the shops", "he is shaking the baby"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) != nil, "\(text)")
            #expect(MatcherFixture.status(.otherInjury, in: text) != nil, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "he shook the baby last week") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "he shook the baby last week") == .present)
    }

    /// A threat to take the baby with an errand between: "threatening to come round and take the baby".
    @Test func aThreatToComeAndTakeTheBabyIsDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "her ex is threatening to come round and take the baby") == .present)
    }
}
