import Testing

@testable import CurioCore

/// Classes a probe of whole consultations (AR) found. Missed: a threat to chuck, fling or lob
/// the baby from a height, down the stairs or out of the car; a coloured patch with its size
/// told before its place ("a blue patch about 2cm across on his lower back"); a mother's marks
/// with who did them ("says her bloke did it", "marks on her neck from her partner"); a user
/// of drugs said without the drug ("dad's a known user", "mum uses at weekends", "on the
/// gear"); a baby left in the flat on her own. False: a mother's fingermarks read as the baby's
/// bruise; her limb bruise from a thing, or with no abuse disclosed, read as possible abuse; a
/// grip describing a bruise read as another injury; "not seen a doctor" after an injury read as
/// a mother's untreated mental ill health; a grandparent's drinking now read as the parent's
/// childhood, and "not around the baby" as isolation. Sentences written for the classes.
@Suite("Thrown from heights, sized patches, mothers' marks, users")
struct ThrownFromHeightsSizedPatchesMothersMarksAndUsersTests {
    /// Thrown from a height, or threatened down the stairs or out of the car: danger now.
    @Test(arguments: [
        "he's off his head and threatening to fling the baby off the balcony",
        "dad says he'll lob the baby out of the bedroom window",
        "her boyfriend keeps saying he will chuck the baby down the stairs",
        "he's threatened to throw the baby out of the car on the dual carriageway",
        "partner is chucking her over the railings right now",
    ])
    func thrownFromAHeightIsDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A fall told, a thing thrown, or a person put out of the house: no danger now.
    @Test(arguments: [
        "mum dropped the baby down the stairs last week, he was checked and fine",
        "he chucked her phone out of the window",
        "dad dropped the baby off at nursery and chucked the bag in the car",
        "she said he's threatened to throw her out of the flat",
    ])
    func noBabyThrown(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) != .present, "\(text)")
    }

    /// A coloured patch with its size before its place: a possible bruise at least.
    @Test(arguments: [
        "a purple patch roughly 3cm across on her upper arm",
        "dark area about the size of a 5p on his thigh",
        "there is a grey patch 1 cm wide on the right side of his chest",
        "dusky blotch about 2 cm across over her shoulder",
    ])
    func aSizedPatchIsAPossibleBruise(text: String) {
        let status = MatcherFixture.status(.bruising, in: text)
        #expect(status == .possible || status == .present, "\(text)")
    }

    /// The same patch recorded at birth as a birthmark, or a patch of skin disease: no bruise.
    @Test(arguments: [
        "slate-grey patch about 4cm across over his sacrum, documented as a Mongolian blue spot at the newborn check",
        "a dark patch on her lower back, recorded as a mongolian blue spot",
        "a dark patch of eczema about 2cm across on her cheek",
    ])
    func aBirthmarkOrSkinPatchIsNoBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A patch whose record at birth is denied stays a possible bruise.
    @Test func anUnrecordedPatchStays() {
        let text = "blue patch 3cm across on his back, wasn't recorded at birth"
        #expect(MatcherFixture.status(.bruising, in: text) == .possible)
    }

    /// The mother's marks and who did them: abuse told, no bruise of the baby's.
    @Test(arguments: [
        "mum has bruises on her upper arm, says her fella grabbed her",
        "she's got a bruise on her cheek and said her boyfriend did it",
        "mum has marks on her wrist from her partner",
    ])
    func herMarksWithWhoDidThem(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// Her fingermarks or handprints alone: a possible sign of abuse, no bruise of the baby's.
    @Test(arguments: ["mum has fingermarks round her neck", "mum's got red handprints on her arm"])
    func herFingermarks(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// The baby's mark, whoever is said to have done it or noticed it, stays the baby's.
    @Test(arguments: [
        "the baby has a bruise on her leg, mum says her boyfriend did it",
        "mum has noticed fingermarks on his arm",
    ])
    func theBabysMarkStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Her limb bruise from a thing, or with no abuse disclosed: no abuse.
    @Test func herBruiseExplainedOrDenied() {
        for text in ["mum has a bruise on her shin from the stairgate",
            "mum had a bruise on her arm, she said the cupboard door caught it"] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        }
        for text in ["mum has a bruise on her thigh, no DV disclosed", "mum had bruising to her arm - nil DA reported"] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .absent, "\(text)")
        }
        // On her face a cause she gives is still a sign; from a person it is abuse.
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a bruise on her cheek from the door") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a bruise on her arm from her ex") == .present)
    }

    /// A grip describing the bruise is the bruise, not another injury.
    @Test(arguments: [
        "small round marks on his thigh, like somebody gripped him hard",
        "bruises on her forearms as if she's been grabbed",
    ])
    func aGripDescribingTheBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// A user, the drug understood: substance misuse; other users are not.
    @Test func usersOfDrugs() {
        for text in ["dad's a known user", "mum is a regular user, mostly weekends", "her partner uses",
            "he's a user of crack", "she's back on the gear"] {
            #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
        }
        for text in ["dad is a wheelchair user", "mum is a known user of the food bank", "she uses a sling",
            "he's a heavy user of social media"] {
            #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
        }
    }

    /// An injury or a fall and then no doctor: the baby not seen, no mother untreated.
    @Test func notSeenADoctorAfterAnInjury() {
        for text in ["swelling on his wrist, hasn't been taken to a doctor", "a mark on her cheek, not seen a GP yet",
            "he fell off the changing table, not been checked by a doctor"] {
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "swelling on his wrist, hasn't been taken to a doctor") == .present)
        #expect(MatcherFixture.status(.bruising, in: "no marks on her, not seen a GP yet") == .absent)
        // Low mood and no doctor stays untreated.
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she's been really low, not seen a doctor") == .present)
    }

    /// The baby left in a place on her own: danger and neglect; with a day gone by, neglect.
    @Test func leftInAPlaceOnHerOwn() {
        let now = "he's been left at home by himself, mum's gone to her friend's"
        #expect(MatcherFixture.status(.immediateDanger, in: now) == .present)
        #expect(MatcherFixture.status(.neglect, in: now) == .present)
        #expect(MatcherFixture.status(.isolation, in: now) == nil)
        let past = "she was left in the house on her own on Saturday"
        #expect(MatcherFixture.status(.neglect, in: past) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: past) != .present)
    }

    /// A grandparent's drinking now, kept from the family: no parent factor.
    @Test func aGrandparentsDrinkingNow() {
        let text = "his mum drinks a lot but she doesn't live near them"
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil)
        #expect(MatcherFixture.status(.isolation, in: "nan's a heavy drinker but she isn't around the baby") == nil)
        // Her own childhood told stays.
        #expect(MatcherFixture.status(.adverseChildhood, in: "her dad drank heavily when she was growing up") == .present)
    }

    /// "Don't know" in other words answers the age question.
    @Test(arguments: ["not sure exactly, the referral didn't give it", "no idea", "dunno", "not sure"])
    func notKnowingTheAge(answer: String) {
        let vocabulary = DialogueFixtures.knowledge.answers
        #expect(vocabulary.choose(answer, among: ["not born yet", "don't know"]) == "don't know", "\(answer)")
    }
}
