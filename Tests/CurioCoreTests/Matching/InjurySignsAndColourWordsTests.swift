import Testing

@testable import CurioCore

/// Classes a round of probes found missed among the injuries. Bruising told in everyday colour
/// words, often second-hand: a colour's patch or spot placed by any word ("along his jawline",
/// "by her ear", "down his side", "next to her collarbone"), the part named by its colour ("a
/// purple ear", "a black and blue arm", "his legs were black and blue"), a coloured mark told as
/// new ("weren't there last week", "has come up"), a swelling in a bruise's colour (a bruise and
/// another injury both), and a birthmark claim the newborn check does not bear out. Another
/// injury told by a sign or by how the baby uses a limb: skin blistering, a scald by its sign and
/// the heat, a burn where the hot thing touched, a deformity, raw and broken skin, a limb the
/// baby won't move or holds still, an arm that clicked or popped, a puffy limb, crying out when
/// it is touched or a sleeve is put on. Look-alikes kept out: things and adults in a colour, a
/// birthmark recorded at birth, cold or crying colour, sucking blisters, puffy eyes, clicky hips,
/// a deformity from birth, raw eczema, a nappy rash (neglect's). Sentences written for the classes.
@Suite("Injury signs and colour words")
struct InjurySignsAndColourWordsTests {
    /// A colour's patch, shadow or mark placed by any word: a (possible) bruise.
    @Test(arguments: [
        "a blue patch along his jawline",
        "dusky blue patch by her left ear",
        "a purplish area down his side",
        "a bluish shadow beside the spine",
    ])
    func colourPlacedByAnyWord(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    @Test func colouredMarkNextToABodyPart() {
        #expect(MatcherFixture.status(.bruising, in: "dark blue mark next to her collarbone") == .present)
    }

    /// The part named by a bruise's colour, before it or (black and blue) after it; second-hand
    /// is possible.
    @Test(arguments: [
        "her little brother has a purple ear",
        "he came back from contact with a black and blue arm",
        "a bluish earlobe",
        "the childminder says his legs were black and blue",
    ])
    func thePartNamedByItsColour(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    /// A coloured mark told as new is no birthmark: a bruise.
    @Test(arguments: [
        "blue spots on her back that weren't there last week",
        "a purple patch has come up on his thigh since Sunday",
        "new dark spots on her tummy",
    ])
    func aColouredMarkToldAsNew(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A swelling in a bruise's colour: a possible bruise and another injury.
    @Test(arguments: [
        "a bluish swelling over his eyebrow",
        "a purple lump on the back of her head",
        "his knee is swollen and purple",
    ])
    func aBruiseColouredSwelling(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// A birthmark claimed, there since birth, but not on the newborn check: a possible bruise.
    @Test func aBirthmarkClaimTheNewbornCheckDoesNotBearOut() {
        let text = "dad says the grey patches on his back have been there since birth but they were not recorded at the newborn check"
        #expect(MatcherFixture.status(.bruising, in: text) == .possible)
    }

    /// Things, adults, cold and recorded birthmarks in a colour: no bruise of the baby's.
    @Test(arguments: [
        "a blue patch down the side of the cot",
        "the purple arm of the sofa",
        "her legs are purple and mottled with the cold",
        "Mum's legs were black and blue after the fall",
        "dad's got a bluish swelling on his hand from work",
        "Mongolian blue spots over the sacrum, documented at birth",
        "grey patch on his back that has been there since birth",
        "he has blue eyes",
    ])
    func colourLookAlikes(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A pre-mobile baby's colour patch, or one a grandparent saw: the bruising protocol.
    @Test(arguments: [
        "She's 10 weeks old and there's a dusky blue patch by her ear.",
        "The 6 week old's grandad saw blue spots down her back that weren't there the week before.",
    ])
    func colourWordsGiveTheBruisingProtocol(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("bruising-protocol"), "\(text)")
    }

    /// Skin blistering, a scald by its sign and the heat, a burn where the hot thing touched, a
    /// deformity, raw and broken skin: another injury.
    @Test(arguments: [
        "the skin on his hand is blistering",
        "her foot has blistered",
        "his chest has come up in blisters",
        "mum says the bath was a bit hot and now his feet are red and peeling",
        "her legs went bright red after the bath water was too hot",
        "a red patch on her palm where she touched the oven",
        "an obvious deformity of his right thigh",
        "there's a wrist deformity",
        "the skin under the strap is raw and broken",
    ])
    func injuryToldByItsSign(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// A limb the baby won't move or holds still, an arm that clicked or popped, a puffy limb,
    /// crying out when it is touched or a sleeve put on: a possible injury.
    @Test(arguments: [
        "dad yanked her arm and since then she won't move it",
        "he won't use it since dad pulled his arm",
        "she holds her right leg still",
        "his arm clicked when dad lifted him",
        "her shoulder went pop when he pulled her up",
        "her wrist is puffy",
        "he has a puffy ankle",
        "his leg is puffy and he cries out when it's moved",
        "she screams when her sleeve is pulled on",
    ])
    func injuryToldByHowALimbIsUsed(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
    }

    @Test func aLimbThatClickedIsReferred() {
        #expect(DialogueFixtures.recommendationIDs("He's 7 weeks old and his arm clicked when dad lifted him.")
            .contains("refer-csc"))
    }

    /// Sucking blisters, puffy eyes, bowels, a car seat, clicky hips, a warm bath cooled, a
    /// deformity from birth, raw eczema, an adult's puffy ankles: no injury.
    @Test(arguments: [
        "sucking blisters on his lips",
        "her eyes are puffy from crying",
        "he won't move his bowels",
        "the car seat clicked into place",
        "his hips clicked at the newborn check",
        "the bath was a bit hot so I added cold water",
        "talipes, a foot deformity since birth",
        "his eczema is raw and broken",
        "mum's ankles are puffy, she's 36 weeks",
    ])
    func injurySignLookAlikes(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// A nappy rash raw and broken is neglect's sign, not an injury.
    @Test func aRawNappyRashIsNeglect() {
        let text = "nappy rash, the skin is raw and broken"
        #expect(MatcherFixture.status(.neglect, in: text) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil)
    }
}
