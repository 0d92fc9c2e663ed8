import Testing

@testable import CurioCore

/// Classes a probe of the critical injury factors found. Missed: a bruise told by its colour and
/// its shape with no word for a mark (lines, stripes, streaks, rings of a bruise's colour placed on
/// the body; a hand- or finger-shaped redness; yellow and green colouring); a birthmark claimed by
/// a carer after the mark is told ("that mum insists is a birthmark"), swallowed by the look-alike
/// of a birthmark; a scald told by its effect (a hot drink over the baby and the skin peeling or
/// blistered, blistered after the bath, red to a clear line). False: a mark shown not to be a
/// bruise (came off with a wipe, turned out to be juice or dye); the marks of care and of the
/// birth (plaster, tape and device marks, forceps marks, swelling after the jabs, bleeding after a
/// tongue-tie snip, thrush nappy rash on treatment); one wound counted under both injuries (scald
/// marks also a bruise; a grip's marks also another injury). A carer's word for a mark's cause
/// leaves the mark. Sentences written for the classes.
@Suite("Injuries by colour, shape and effect; medical and birth marks")
struct InjuriesByColourShapeAndEffectAndMedicalMarksTests {
    /// Lines, stripes, streaks or rings of a bruise's colour on the body, or a redness shaped as a
    /// hand or fingers: a bruise.
    @Test(arguments: [
        "Two purple stripes across the back of his thighs.",
        "Blue-black streaks on her upper arm.",
        "A dark red line around his neck.",
        "A purplish ring round her wrist.",
        "His bottom has red-purple lines on it.",
        "Finger-shaped redness on his cheek that was still there the next morning.",
        "Hand shaped reddening across her lower back.",
        "Redness on his cheek in the shape of a hand.",
        "The reddened outline of fingers across her thigh.",
        "Yellowish-green colouring over his ribs.",
        "A purple ring around her eye.",
        "A dark red line across his throat.",
    ])
    func aBruiseByColourAndShape(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A rash named as such by the one telling, a pressure mark from clothes, a colour on a thing
    /// or a red face from crying: no bruise.
    @Test(arguments: [
        "Red patch on her cheek, it's eczema.",
        "Red weals on his legs - hives after the strawberries.",
        "Red mark on his tummy from the nappy elastic.",
        "Red lines round her ankles from her socks.",
        "Purple lines on the growth chart.",
        "A blue stripe on his vest.",
        "His face goes bright red when he cries.",
        "Red ring on his arm - ringworm.",
        "Purple lines on his legs when he's cold.",
        "Red lines across her tummy where the nappy sits.",
        "Red circles on his bottom from the potty.",
        "Pressure marks on his shoulders from the car seat straps.",
    ])
    func noBruiseByColourAlone(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A carer's word for the mark, or a mark on the neck from what someone did: the mark stays.
    @Test(arguments: [
        "Red patch on her cheek - mum says eczema.",
        "Dad says the red lines on his wrists are from the sleepsuit cuffs.",
        "Marks on his neck where dad pulled his vest tight.",
        "Red marks on his shoulders, mum says from the car seat straps.",
        "Marks on his neck from the car seat straps.",
        "Mum says the marks on his legs are dye from his new jeans.",
    ])
    func aCarersCauseLeavesTheMark(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A birthmark a carer claims, told after the mark: a possible bruise, not a birthmark.
    @Test(arguments: [
        "Greyish patch on his bottom that mum says is a birthmark.",
        "Dark area on her back which dad insists is a Mongolian spot, not recorded at the newborn check.",
        "Mum insists the blue patch on his bum is a birthmark, but nothing was noted at birth.",
        "Mum says the dark patch has been there since birth, I haven't seen it before.",
    ])
    func aCarersBirthmarkIsAPossibleBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    /// ...while one a professional recorded or named stays a birthmark.
    @Test(arguments: [
        "Blue-grey patch over the sacrum, recorded as a Mongolian blue spot at the newborn check.",
        "The paediatrician says the patch on his leg is a birthmark, seen at the newborn check.",
    ])
    func aRecordedBirthmarkIsNoBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A scald told by what it did to the skin.
    @Test(arguments: [
        "Tea over herself, skin peeling on her chest.",
        "Dad's cuppa went down his front and his chest is bright red and sore.",
        "His hand went in mum's coffee and now there's a blister.",
        "Blistered after the bath, both feet.",
        "After her bath her feet and ankles were bright red with a clear line across them.",
        "Mum dipped his foot in the bath to test it and it was too hot, now blistered.",
    ])
    func aScaldByItsEffect(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Dry skin after a bath, a mother's own spill, a spill that did no harm: no injury.
    @Test(arguments: [
        "Dry skin peeling after the bath, advised emollient.",
        "Mum spilt her tea over herself and her hand is red.",
        "Soup down his front at lunch, he's fine, no marks.",
        "Cold tea went over him, his skin is red from the cold.",
    ])
    func noScald(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// A mark found by the one telling to come off or to be juice or dye: no bruise (nothing, or
    /// denied).
    @Test(arguments: [
        "The blue mark on her arm came off with a baby wipe.",
        "The dark mark on his cheek rubbed off when I wiped it, it was chocolate.",
        "The mark nursery phoned about turned out to be blackberry juice.",
        "The bruise the childminder reported turned out to be blue dye from his vest.",
        "The marks on his legs were just dye from his new jeans.",
    ])
    func aMarkShownNotToBeABruise(text: String) {
        let status = MatcherFixture.status(.bruising, in: text)
        #expect(status == nil || status == .absent, "\(text)")
    }

    /// A carer's word that it came off, a mark that would not come off, or juice ruled out: the
    /// mark stays.
    @Test(arguments: [
        "Mum says the blue mark on his hand was felt tip and came off with a wipe.",
        "I tried to wipe the mark off his cheek but it wouldn't come off.",
        "The blue mark on his hand did not come off with a wipe.",
        "The mark turned out not to be juice, it's a bruise.",
    ])
    func aMarkNotShownAwayStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// The marks of care and of the birth: no bruise, no other injury, no neglect.
    @Test(arguments: [
        "Tape marks on her cheek from the NG tube.",
        "Small scab where his drip was on NICU.",
        "Forceps marks on both temples, noted at delivery.",
        "The straps of his Pavlik harness leave red marks the physio knows about.",
        "Lump on his thigh after his 8 week jabs.",
        "The swelling on her leg is from yesterday's immunisations.",
        "A little bleeding after the tongue tie was snipped, as expected.",
        "A spot of blood on his nappy after the circumcision.",
        "The red raw area in her nappy is thrush, on treatment from the GP.",
    ])
    func marksOfCareAreNoInjury(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// The instrumental birth is still told by its marks.
    @Test func forcepsMarksTellTheBirth() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "Forceps marks on both temples, noted at delivery.") == .present)
    }

    /// A carer's procedure for the cause, a tear, a grip after the jabs, an untreated rash: the
    /// injury or the neglect stays.
    @Test func aProcedureClaimedOrBesideStaysAnInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "Swelling on her thigh, mum says from the jabs but she hasn't had any yet.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "Bleeding from his mouth, mum says the tongue tie tore when he fell.") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Bruising on his arm where dad grabbed him after the jabs.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "Red raw nappy rash, untreated, mum hasn't bought cream.") == .present)
    }

    /// A mark named by another injury is that injury only.
    @Test(arguments: [
        "Scald marks down his arm in a splash pattern.",
        "Burn marks across her back.",
        "Scratch marks on his face.",
        "The burn left a mark on his hand.",
    ])
    func anotherInjurysMarksAreThatInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// The marks a grip left are a bruise only.
    @Test(arguments: [
        "Dad admits he grabbed her too hard and left marks on both her arms.",
        "Mum squeezed him so hard it left marks.",
    ])
    func aGripsMarksAreABruiseOnly(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// The advice: the bruising protocol for a colour-and-shape bruise and for a carer's doubted
    /// birthmark on a young baby, a referral for a scald told by its effect, and none for the
    /// marks of care.
    @Test func theAdviceFollows() {
        #expect(DialogueFixtures.recommendationIDs("She's 9 weeks; red-purple lines across her bottom.").contains("bruising-protocol"))
        #expect(DialogueFixtures.recommendationIDs(
            "He's 7 weeks, blackish patch on his back that mum insists is a birthmark, but it wasn't recorded at the newborn check."
        ).contains("bruising-protocol"))
        #expect(DialogueFixtures.recommendationIDs("6 weeks old, pulled a cup of tea over himself and the skin on his arm is peeling.").contains("refer-csc"))
        #expect(DialogueFixtures.recommendationIDs("8 weeks old, tongue tie snipped yesterday with a little bleeding afterwards.").isEmpty)
        #expect(DialogueFixtures.recommendationIDs("10 weeks old, the blue mark on her arm wiped straight off, it was felt tip.").isEmpty)
    }
}
