import Testing

@testable import CurioCore

/// Classes from the retired probes' bruising, other-injury and pre-mobility failures (fixer lb):
/// a mark or injury told as a scene, another person's injury beside the baby's, a denial told as
/// reassurance, a mark explained later, who tells it and how sure, and mobility told as a story.
/// Each urgent class keeps the baby's real injury beside the new words. Sentences written for
/// the classes.
@Suite("lb classes: injuries and mobility told as scenes and stories")
struct lbClassesTests {
    /// A mark told as a scene: a bruise's colour, a small shape, placed on the body ("purplish
    /// smudges on his lower back", "bluish dots across his ribs"), spots that do not fade under a
    /// glass, marks shaped like fingers: a bruise, present (they had read as nothing).
    @Test(arguments: [
        "Under his babygrow I found two little purplish smudges side by side on his lower back.",
        "There are tiny purple specks scattered round her eyes that don't fade when you press a glass on them.",
        "Across his ribs there are three bluish dots in a line.",
        "She has a yellowish-green patch on her shin about the size of a coin.",
        "There were oval marks on his upper arm, like fingers had squeezed it.",
    ])
    func aMarkToldAsASceneIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Bruising (look-alikes): colour on clothes or bedding, a rash that fades, stay silent; a blue
    /// patch (a Mongolian spot may be one) and "something purple" on a cheek stay possible.
    @Test func colourOffTheBodyStaysSilent() {
        #expect(MatcherFixture.status(.bruising, in: "He was in a purple vest with little blue stars on it.") == nil)
        #expect(MatcherFixture.status(.bruising, in: "Her cot sheet has blue spots all over it.") == nil)
        #expect(MatcherFixture.status(.bruising, in: "The rash fades when you press a glass on it.") == nil)
        #expect(MatcherFixture.status(.bruising, in: "There's a blue patch along his jawline.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Hard to see on the video, but there's something purple on her cheek.") == .possible)
    }

    /// Another injury told as a scene: a bit of the head told by how it feels, a limb not used with
    /// pain when touched: present. The fontanelle told as normal stays silent.
    @Test func anInjuryToldAsASceneIsAnInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "There's a squishy raised bit behind his ear that's new today.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "She won't move her right arm and cries whenever you lift her.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "He screams when you touch his leg and he won't move it.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "She cries when you dress her and won't use her left arm.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "His soft spot feels flat and normal.") == nil)
    }

    /// Another person's injury beside the baby's: a grown-up's own bruise or injury, placed on
    /// their own body or told alone, or said to be on someone else, is theirs (it had read as the
    /// baby's, a negation error beside "not a mark on him"). The mother's reads as possible
    /// domestic abuse, as before.
    @Test func anotherPersonsInjuryIsNotTheBabys() {
        #expect(MatcherFixture.status(.bruising, in: "Dad's got a black eye from football, but the baby hasn't a mark on him.") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "Grandma has bruises all over her arms from her tablets.") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "Her uncle's got stitches in his hand after a fall at work.") == nil)
        #expect(MatcherFixture.status(.bruising, in: "The marks are on his brother's legs, not the baby.") == nil)
        #expect(MatcherFixture.status(.bruising, in: "Her older brother is the one with the bruises.") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "Grandad came in with a broken arm in a sling; the baby is fine.") == nil)
        #expect(MatcherFixture.status(.bruising, in: "Dad turned up with a bruised and crying baby.") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Mum's got bruises all down her arms and won't say how.") == .possible)
    }

    /// An injury moved to another child by a correction ("sorry, I meant her brother - it's Leo
    /// who's got the scald"): the other child's; the baby's denial after it stands.
    @Test func anInjuryMovedToAnotherChildByACorrection() {
        let text = "Sorry, I meant her brother - it's Leo who's got the scald, he's 3. The baby's not hurt."
        #expect(MatcherFixture.status(.otherInjury, in: text) == .absent, "\(text)")
    }

    /// Another person's injury (look-alikes that keep the urgent finding): the baby's bruise told
    /// beside an adult's, or placed on the other sex's body, stays the baby's.
    @Test(arguments: [
        "Nan's got a bruise on his arm.",
        "Dad has a black eye and the baby has a bruise on her forehead.",
        "Her uncle has a bruise on her shin, he says she knocked it on the table.",
    ])
    func theBabysBruiseBesideAnAdultsStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A denial told as reassurance: nobody hurt, examined and nothing found, not a scratch, the
    /// skin clear: absent (it had read as nothing). A real injury after "but" or "except" stays.
    @Test func aDenialToldAsReassurance() {
        #expect(MatcherFixture.status(.otherInjury, in: "There was a row last night but nobody was hurt.") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "She was checked over by the paramedics and nothing was found.") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "Not a scratch on her, thankfully.") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "His skin was completely clear when I undressed him.") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "Nobody got hurt in the argument, but he has a burn on his foot from the iron.") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Her skin's clear except for a bruise on her thigh.") == .present)
    }

    /// A mark explained later by the speaker: a bruise said before and taken back as a birthmark
    /// on record or as pen that wiped off is no bruise (it had read as present, a negation error).
    /// A carer's word against the mark stays a possible bruise.
    @Test func aMarkExplainedLater() {
        #expect(MatcherFixture.status(.bruising, in: "I called it a mark, but having looked at her notes it's a stork mark from birth.") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "There's a bruise on her - no, wait, it's pen, it came off when I wiped it.") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "I mentioned a bruise earlier but it's actually a Mongolian blue spot.") != .present)
        #expect(MatcherFixture.status(.bruising, in: "The slate-blue area over his bottom is a Mongolian blue spot, recorded at the newborn check.") != .present)
        #expect(MatcherFixture.status(.bruising, in: "Mum says the mark on his back is a birthmark but it wasn't there at the newborn check.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "What looked like bruising on his knee turned out to be paint from nursery.") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "The patch I flagged is a strawberry naevus, it's in the red book.") == .absent)
    }

    /// Who tells it and how sure: a clinician's opinion of what it is, a relative's message quoted
    /// under a heading and one account against another are possible; a parent's word of how the
    /// baby fell, with the injury the speaker tells, is present; who did it ("the nurse thinks dad
    /// fractured her arm") and the parents' own expectations are read as before.
    @Test func whoTellsItAndHowSure() {
        #expect(MatcherFixture.status(.bruising, in: "The GP thinks the spots on his neck are petechiae.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Message from auntie: she saw a bruise on his leg yesterday.") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "gran on whatsapp - he had a lump on his head when she collected him") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Grandad says there's a mark on her cheek, dad says there isn't.") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "Dad says she rolled off the sofa, and there's a swelling on her forehead.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "The nurse thinks dad fractured her arm.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Mum thinks the baby will be no trouble at all.") == .present)
    }

    /// A doubt that it is a bruise, told after the mark ("a purplish line round her wrist, might
    /// be from her bangle, I'm not sure it's a bruise"): possible (it had read as present). A real
    /// bruise beside a doubted mark stays present.
    @Test func aDoubtThatItIsABruiseToldAfterTheMark() {
        #expect(MatcherFixture.status(.bruising, in: "A purplish line round her wrist, might be from her bangle, I'm not sure it's a bruise.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "There's a bruise on his cheek and a red mark on his arm, not sure if that's a bruise.") == .present)
    }

    /// An uncertain memory of who told it ("I can't remember if it was nan or his dad who said he
    /// had a scald on his arm") is no hypothetical: the injury stays (it had been dropped).
    @Test func anUncertainMemoryOfWhoToldItKeepsTheInjury() {
        let text = "I can't remember if it was nan or his dad who said he had a scald on his arm."
        #expect(MatcherFixture.status(.otherInjury, in: text) != nil, "\(text)")
    }

    /// Spots told as pinpricks after them ("a little group of dots behind his ear, tiny pinpoint
    /// ones"): petechiae, a bruise, present (it had read as nothing).
    @Test func spotsToldAsPinpricksAfterThem() {
        let text = "I noticed a little group of dots behind his ear, tiny pinpoint ones."
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// The nursery's call told first, what staff found after ("the childminder phoned at lunch,
    /// she found a bruise on his thigh"): second-hand, possible (a possible bruise on a pre-mobile
    /// baby still follows the protocol).
    @Test func theNurserysCallToldFirst() {
        let text = "The childminder phoned at lunch, she found a bruise on his thigh when she changed him."
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    /// Mobility told as a story: found where she was left, as far as she gets, never off the mat:
    /// pre-mobile, present (it had read as nothing); gone under the table the moment your back is
    /// turned: mobile, absent. A grown-up's "same position" stays silent.
    @Test(arguments: [
        "Put her on the rug and that's where she stays.",
        "When I came back he was in exactly the same spot on the mat.",
        "She rolls to the edge of the blanket and that's as far as she gets.",
        "He has never once got himself off the playmat.",
        "I can put her on the blanket, go back ten minutes later and she's still there.",
    ])
    func mobilityToldAsAStory(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }

    /// Conflicting accounts of mobility ("dad says he's cruising, mum says he isn't"): possible,
    /// not a plain mobile baby; one account alone is read as it is.
    @Test func conflictingAccountsOfMobilityArePossible() {
        #expect(MatcherFixture.status(.preMobile, in: "Dad says he's cruising, mum says he isn't.") == .possible)
        #expect(MatcherFixture.status(.preMobile, in: "Grandma says she's not crawling, but mum says she is.") == .possible)
        #expect(MatcherFixture.status(.preMobile, in: "Dad says he's cruising.") == .absent)
    }

    /// Pre-mobile (look-alikes): mobile in a story, and a grown-up's "same position".
    @Test func mobileInAStoryAndLookAlikes() {
        #expect(MatcherFixture.status(.preMobile, in: "Turn your back and he's under the table.") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "The minute you put him down he's off round the lounge.") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "He's been in the same position in his job for years.") == nil)
        #expect(MatcherFixture.status(.preMobile, in: "Put the bins out and that's where they stay.") == nil)
    }

    /// Advice is no finding: the bruising rule told as safety-netting gives no bruise and no
    /// mobility; a bruise on a non-mobile baby told of this baby stays.
    @Test func adviceStatingTheRuleIsNoFinding() {
        let advice = "Advised mum that any bruise on a non-mobile baby needs to be seen the same day."
        #expect(MatcherFixture.status(.bruising, in: advice) == nil)
        #expect(MatcherFixture.status(.preMobile, in: advice) == nil)
        #expect(MatcherFixture.status(.bruising, in: "A bruise on a non-mobile baby of ten weeks.") == .present)
    }
}
