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

    @Test(arguments: ["baby dropped on head by dad", "she says she dropped him on his head"])
    func aBabyDroppedOnTheHeadIsAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
}
