import Testing

@testable import CurioCore

/// Classes of missed urgent findings: violence to the baby told with a pronoun as its object
/// and no injury word ("Dad hit him", "he threw him across the room", "mum slapped her"): the
/// baby's injury (a man's blow to "her" stays the mother's, domestic abuse; a fight between men,
/// "hit him back", "kicked him out", "threw him a party" are look-alikes); "the baby is fine
/// now" said beside a danger told as now ("right now", "still there", "is hitting her"), which
/// must neither end the danger nor swallow the abuse (a danger told as past keeps it); and a
/// carer "still there with the baby" and threatening her: danger now. Sentences written for the
/// classes.
@Suite("Violence to the baby by pronoun, danger going on beside a baby fine now")
struct ViolenceToTheBabyByPronounAndDangerGoingOnTests {
    /// A carer's blow to "him", or a mother's to "her": an injury of the baby.
    @Test(arguments: [
        "his father punched him twice when he wouldn't stop crying",
        "her boyfriend whacked him with a slipper",
        "mum's partner threw him onto the bed",
        "he flung him into the cot",
        "she smacked her hard on the leg",
        "mum admits she slapped her when she was screaming",
        "he bit him on the arm",
    ])
    func aBlowToThePronounIsTheBabysInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    /// A man's blow to "her" is the mother's (abuse), and a fight between men, a blow given
    /// back, a man put out, a party thrown, a baby thrown up in play are no injury of the baby.
    @Test func lookAlikesAreNoInjuryOfTheBaby() {
        let hers = "he hit her during the row"
        #expect(MatcherFixture.status(.domesticAbuse, in: hers) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: hers) == nil)
        for text in ["dad and her brother got into a fight and dad punched him",
            "his mate started it and dad hit him back",
            "dad threw him out of the flat",
            "they threw him a birthday party",
            "dad loves to throw him up in the air"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        // The baby's own bump stays an injury, as before.
        #expect(MatcherFixture.status(.otherInjury, in: "he hit his head on the coffee table") == .present)
    }

    /// "The baby is fine now" beside a danger told as now: the danger and the abuse stand.
    @Test(arguments: [
        "he is threatening to stab her right now, the baby is fine now",
        "he's hitting her, the baby is fine now",
        "dad is strangling her as we speak, the baby is fine now",
    ])
    func aBabyFineNowBesideADangerGoingOn(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// ...told over, it still ends the danger.
    @Test(arguments: [
        "she went floppy and blue in the bath, the baby is fine now",
        "he stopped breathing for a minute and went blue, he's ok now",
    ])
    func aDangerOverStaysOver(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Still there with the baby and threatening or attacking her: danger now.
    @Test(arguments: [
        "he's still at the flat with the twins and threatening to stab her",
        "officers are on their way, he's still in the house with the baby and threatening her",
    ])
    func stillThereWithTheBabyAndThreatening(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// ...told as past, or of her own low mood, no danger.
    @Test(arguments: [
        "dad was there with the baby and threatening her last week",
        "she is still at home with the baby and beating herself up about it",
        "mum is still at home with the baby and shouting at her all day",
    ])
    func noDangerWhenNotGoingOn(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
