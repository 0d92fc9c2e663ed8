import Testing

@testable import CurioCore

/// Classes a coverage audit of the two injury factors found (a grid of owners, injury words,
/// body parts and frames, with their denials, doubts and look-alikes). Missed: an injury that is
/// one only once placed (a cut, a lump, a bump, a blister, a scratch, a wound, a gash) placed as a
/// note or a parent puts it (a word of finding between, a name's or the baby's part, a side in
/// shorthand, the part first or as a heading, said of the baby unplaced); a tear placed where skin
/// tears; a red, dark, blue or yellow patch so placed; a broken limb beyond the arm and leg; a
/// limb not moved since a time, or not weight-bearing; an eye said to be black; a bruise shown in
/// answer to a question asked; an injury the speaker "could see" (read as a doubt), or "was
/// visible" on the part. False: a list of injuries denied whose unplaced middle item broke
/// the denial; "did not see" spelled out; a question asked whether there were any; a toy's, a
/// thing's or an adult's own hurt; bruising in babies said in general; teething gums. Sentences
/// written for the classes.
@Suite("Injury placements, colour patches, denied lists, asked questions")
struct InjuryPlacementsColourPatchesDeniedListsAndAskedQuestionsTests {
    /// An injury that needs a place, however it is placed: present.
    @Test(arguments: [
        "a small cut seen under Leo's chin",
        "wound L thumb",
        "scalp lump",
        "Chin: small cut",
        "the baby has a deep scratch",
        "blister noted",
        "his palm has a blister on it",
        "Ruby's knee has a gash",
        "there's a bump on the baby's forehead",
        "cut observed over her left eyebrow",
    ])
    func aPlacedInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// The same words in their other senses, or of a thing or a parent: no injury.
    @Test(arguments: [
        "the council cut back her hours",
        "there was a cut in her universal credit",
        "the pram has a scratch on the hood",
        "he has a lump in his throat when he talks about it",
        "she has a bump, she's 30 weeks",
        "dad's hand has a cut on it",
        "tears on her cheeks all visit",
    ])
    func notAPlacedInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// A tear where skin tears: an injury.
    @Test(arguments: ["a tear to Ollie's upper lip", "his earlobe has a small tear"])
    func aTearWhereSkinTears(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// A red patch placed is a mark; a dark, bluish or yellow one a possible bruise; yellow and
    /// green together an old bruise; a coloured mark with the part first a mark.
    @Test func colourPatches() {
        for text in ["a red patch noted over his collarbone", "red area R buttock", "his neck has a red patch on it",
            "yellowish-green patches on both shins", "her shoulder has a purple mark on it"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        for text in ["a dark patch on Isla's thigh", "bluish patch L shin", "a yellow patch over her ribs"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "yellow crusty patches on his scalp") == nil)
    }

    /// A possible bruise on a pre-mobile baby still takes the bruising protocol.
    @Test func aPossibleBruiseTakesTheProtocol() {
        #expect(DialogueFixtures.recommendationIDs("Isla is 10 weeks, there's a dark patch on Isla's thigh").contains("bruising-protocol"))
        #expect(DialogueFixtures.recommendationIDs("the 9 week old has a cut noted to his lip").contains("refer-csc"))
    }

    /// Any limb broken, a limb not moved or not weight-bearing, pain when "it" is touched.
    @Test func limbs() {
        for text in ["he came in with a broken elbow", "she has broken her collarbone", "Jack has fractured his humerus",
            "cries when it's touched"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        for text in ["won't put any weight on her right foot", "Mia hasn't lifted her arm all day"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
        }
        for text in ["mum has broken her wrist", "dad's fractured his ankle", "the doll has a broken arm"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
    }

    /// An eye said to be black is a black eye; the mother's is a sign of abuse.
    @Test func anEyeSaidToBeBlack() {
        #expect(MatcherFixture.status(.bruising, in: "her right eye has gone black") == .present)
        let swollen = "his eye is swollen and purple"
        #expect(MatcherFixture.status(.bruising, in: swollen) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: swollen) == .present)
        let mums = "mum's right eye was black and swollen"
        #expect(MatcherFixture.status(.bruising, in: mums) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: mums) == .possible)
    }

    /// Someone else's or a thing's hurt, bruising in general, teething: no child injury.
    @Test(arguments: [
        "nan scalded herself with the teapot",
        "dad burned himself on the hob",
        "mum's nipples keep bleeding",
        "scorch marks on the carpet",
        "she's teething and her cheek is swollen",
    ])
    func noChildInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["the wall had a big mark on it", "any bruising in a non-mobile baby needs a referral"])
    func noChildBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// Asked whether there were any: a question. Answered by a showing, or asked of one that is
    /// there: the injury.
    @Test func askedQuestions() {
        #expect(MatcherFixture.status(.bruising, in: "I asked mum whether there were any marks") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "we asked if he had any injuries and dad showed me a burn on his hand") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "mum asked whether the lump on his head needed an x-ray") == .present)
        #expect(DialogueFixtures.recommendationIDs("I asked if there were any marks on the 3 month old and mum showed me a bruise on her thigh")
            .contains("bruising-protocol"))
    }

    /// What someone could see or feel is there, no doubt; an injury "was visible" or "was noted"
    /// on the part is placed.
    @Test func seenOrVisible() {
        #expect(MatcherFixture.status(.bruising, in: "I could see a faint bruise on his temple") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "you could feel a lump behind her ear") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "a scratch was visible on her chin") == .present)
        #expect(MatcherFixture.status(.bruising, in: "a red patch was noted over his hip") == .present)
        #expect(MatcherFixture.status(.bruising, in: "I couldn't see any marks on him") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "no bruises that I could see") == .absent)
    }

    /// A list of injuries denied, whatever its unplaced middle, and "did not see" spelled out:
    /// never present.
    @Test func deniedLists() {
        for text in ["no scratches, bruises or burns", "no marks, scratches or swelling", "no bruises, cuts or burns"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
            #expect(MatcherFixture.status(.otherInjury, in: text) == .absent, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "did not see any marks on her") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "I have not found any burns") == .absent)
        #expect(!DialogueFixtures.recommendationIDs("7 week old, no marks, scratches or bruises").contains("bruising-protocol"))
        // A contrast still ends the denial.
        #expect(MatcherFixture.status(.bruising, in: "no bruises, cuts or burns but a small bruise on his ear") == .present)
    }
}
