import Testing

@testable import CurioCore

/// Classes a second review of the injuries found still narrow. Bruising in everyday colour words:
/// a part gone or turned "a purplish colour" or "a bluish shade", a part blotchy or in the plural
/// ("his knees look purple"), a part said first with a colour's tinge, tint, shade or patch ("her
/// neck has a faint purple tint"; yellow and green together are a healing bruise), a colour down
/// one side of a part (not the whole baby's colour), the belly and navel as sites, a relative's
/// photo of a mark (second-hand, and the family's concern). Another injury by a sign or by how
/// the baby uses a limb: a blister or a burn's sign with a hot thing in the same sentence, hot
/// liquid on the baby, skin come away or gone white and bubbly, a limb with an odd bend or
/// crooked, pain when a limb is handled told in any order or voice, a limb the baby won't kick or
/// reach with, a one-sided startle reflex. Look-alikes kept out: a part's colour with crying or
/// cold, an adult's coloured patch placed by any word, coloured spots on things or clothes, a
/// mark recorded at the newborn check or unchanged since, a stork mark named, an adult's blister
/// from a hot thing, teething gums, a developing baby's legs, a newborn's peeling skin.
/// Sentences written for the classes.
@Suite("Injury colour words and limb use, round two")
struct InjuryColourAndLimbUseRoundTwoTests {
    /// A part gone a colour, blotchy, in the plural, or with a colour's tinge: a possible bruise.
    @Test(arguments: [
        "her earlobe has gone a bluish colour overnight",
        "his knees look purple",
        "both her thighs were blotchy blue when I changed her",
        "the baby's neck has a faint purple tint on the left",
        "his temple has a dusky shade to it",
        "the back of his head is purple down one side",
        "his upper arms are purple",
    ])
    func aPartInABruisesColour(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    /// Yellow and green together said of the part first, and a mark by the navel: a bruise.
    @Test(arguments: [
        "her forearm's got a greeny-yellow patch",
        "a bluish mark by his belly button",
        "purple spots next to her navel",
    ])
    func healingColoursAndTheNavel(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A relative's word for the colour: possible, and the family's concern.
    @Test(arguments: [
        "Nan says his cheek has turned a purplish shade",
        "nan showed me a picture of the mark on her leg",
    ])
    func aRelativeTellsTheColour(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    @Test func aRelativesPhotoOfNoMarkIsNoConcern() {
        #expect(MatcherFixture.status(.familyConcern, in: "her sister sent us photos of the baby's first bath") == nil)
    }

    /// Crying, cold, adults, things, clothes and recorded birthmarks: no bruise of the baby's.
    @Test(arguments: [
        "his cheeks go red when he cries",
        "his ears go purple when he screams",
        "her legs turn blue in the cold",
        "her legs are purple and mottled with the cold",
        "mum's got a blue spot next to her knee",
        "dad has a purple patch under his eye",
        "purple stains on his vest from the blueberries",
        "blue spots on the curtains",
        "grey patch over the sacrum, noted at birth",
        "the dark patch on her back was documented at the newborn check",
        "the mark on his forehead is a salmon patch",
        "the baby's belly button has gone a dark colour",
    ])
    func colourLookAlikes(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// Not on the newborn record, or on it but said not to be a birthmark: still a mark to see.
    @Test(arguments: [
        "bluish patch on his bottom that's not recorded at the newborn check",
        "the grey patch on his back was recorded at the newborn check but it was not a Mongolian spot",
    ])
    func aMarkTheRecordDoesNotExplain(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    /// The whole baby going purple is still the danger, not a mark.
    @Test func theWholeBabysColourStaysDanger() {
        let text = "he went all purple and stopped breathing"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
        #expect(MatcherFixture.status(.bruising, in: text) == nil)
    }

    @Test func aPartsColourGivesTheBruisingProtocol() {
        #expect(DialogueFixtures.recommendationIDs("She's 9 weeks old and her earlobe has gone a bluish colour overnight.")
            .contains("bruising-protocol"))
    }

    /// A blister or a burn's sign with a hot thing, hot liquid on the baby, the skin come away or
    /// gone bubbly, a limb with an odd bend: another injury.
    @Test(arguments: [
        "she has two blisters on her fingers and there's a hot iron on the floor",
        "the oven door was open and now his hand has blistered",
        "a shiny patch on his thigh where he was sat against the radiator",
        "boiling water from the kettle went down his leg",
        "dad knocked his hot coffee over the baby",
        "the skin on her heel came off with her sock",
        "the skin on his back has gone all bubbly",
        "her leg has a funny angle in it",
        "there's an odd bend in his forearm",
        "his arm bends in the middle",
        "her wrist looks crooked",
    ])
    func injuryToldByItsSign(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Pain when a limb is handled in any order or voice, a limb not used, a one-sided startle:
    /// a possible injury.
    @Test(arguments: [
        "if you move his arm he screams",
        "whenever I lift her leg she cries out",
        "when her arm is touched she yelps",
        "he whimpers whenever you bend his knee",
        "she flinches every time you press her ribs",
        "she won't reach with her left arm",
        "he's stopped kicking his right leg",
        "his Moro reflex is only on one side",
        "asymmetrical moro noted by the GP",
    ])
    func injuryToldByHowALimbIsUsed(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
    }

    @Test func aLimbsPainIsReferred() {
        #expect(DialogueFixtures.recommendationIDs("He's 6 weeks old and whenever I lift his arm he cries out.")
            .contains("refer-csc"))
    }

    /// An adult's burn, teething, a young baby's legs, a newborn's peeling skin, a thing hot or
    /// spilt on an adult, bowed legs, an adult's bent arm: no injury of the baby's.
    @Test(arguments: [
        "mum has a blister on her hand from the iron",
        "he cries when you touch his gums",
        "he yelps with excitement when dad lifts him up",
        "she won't kick her legs much yet, she's only 2 weeks",
        "he only moves one way when he rolls",
        "peeling skin on his feet, he was overdue",
        "mum spilt hot tea on herself",
        "the hot water bottle is in her cot",
        "his legs are bowed",
    ])
    func injuryLookAlikes(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
}
