import Testing

@testable import CurioCore

/// Classes a review battery found still read as urgent after the first round (false or denied
/// urgent findings). False: a coloured patch told as a birthmark by its history (there since
/// birth, born with, "is the Mongolian blue spot", "all recorded as" one); another child's
/// injury (another family's child taken to hospital with one, an older sibling hurt in a fall
/// or by a thing of their own); an emergency told as over (the crew's verdict or the hospital's
/// finding nothing in a clause of its own, the call told as earlier, "fine straight
/// afterwards"); an adult's own appointments missed (of an adult's kind, "her own", told by the
/// adult's worker); the baby choking with mum named after a comma read as an attack; a parent
/// taking the baby so the other can rest read as a threat; an adult hurt in a fall of an
/// adult's kind; a question about a threshold "where" there is an injury; mum's bruises told
/// by a likeness ("like finger marks"); a form's "Injury:" heading answered with a bruise.
/// Denied: a label set aside with "rather than" (a bruise, a burn, neglect); a question about
/// the baby left alone answered no; nobody raising worries about a thing; a thin look answered
/// by growth along a centile. False: a general question's "but already crawling" read as the
/// baby's mobility.
/// Each kept where the urgent finding is real: a patch not there at birth, a baby brother or
/// sister hurt, a crew not happy, the baby's own checks missed beside the adult's. Sentences
/// written for the classes.
@Suite("Birthmarks, others' injuries, danger over, adults' appointments")
struct BirthmarksOthersInjuriesDangerOverAndAdultsAppointmentsTests {
    /// A patch on the body there since birth, or one the baby was born with: no bruise.
    @Test(arguments: [
        "Grey patches on his back since birth.",
        "dusky blue mark on her buttocks since birth, documented by the midwife",
        "a dark patch on her back that she was born with",
        "purple mark on her cheek since birth",
        "bluish patches on her sacrum which have been there since birth",
        "the bluish patch on his back is the Mongolian blue spot the midwife recorded",
        "grey patches on the lower back, all recorded as Mongolian blue spots at the newborn check",
    ])
    func aPatchThereSinceBirthIsNoBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// ...but a patch not there at birth, or a new bruise beside the birthmark, stays.
    @Test func aPatchNotThereAtBirthOrANewBruiseStays() {
        #expect(MatcherFixture.status(.bruising, in: "grey patch on his back not present at birth") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "a mark on his back that he was not born with") == .present)
        #expect(MatcherFixture.status(.bruising, in: "blue mark on his back, which has not been there since birth") == .present)
        #expect(MatcherFixture.status(.bruising, in: "blue mark on his back, not there since birth, mum can't explain it") == .present)
        #expect(MatcherFixture.status(.bruising, in: "dark patches on his bottom since birth, and a new bruise on his arm today") == .present)
        #expect(MatcherFixture.status(.bruising, in: "the bluish patch on his back is probably the Mongolian blue spot") == .possible)
    }

    /// A label set aside with "rather than": denied; the label kept is said.
    @Test func aLabelSetAsideWithRatherThan() {
        #expect(MatcherFixture.status(.bruising, in: "that's a stork mark rather than a bruise") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "a nappy rash rather than a burn") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "she's overwhelmed rather than neglecting him") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "untidy rather than neglectful, the nursery is clean") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "it is a birthmark rather than a bruise, but there's a fresh bruise on his arm") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "a burn rather than eczema") == .present)
        #expect(MatcherFixture.status(.neglect, in: "the house is neglected rather than just messy") == .present)
    }

    /// Another family's child, or an older sibling, hurt: not the baby's injury.
    @Test(arguments: [
        "her friend's little boy was seen at A&E with a burn",
        "her sister's baby was taken into care after a head injury",
        "his big brother slipped in the playground and cut his head",
        "her older brother was bitten by the dog",
    ])
    func anotherChildsInjuryIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// ...but the baby hurt beside them, or named as a baby brother or sister, is the baby's.
    @Test(arguments: [
        "her brother dropped the baby and broke her arm",
        "his baby sister was scalded by the kettle",
        "his little sister got burnt on the oven door",
        "her sister's baby was round and the baby fell off the sofa and has a lump on her head",
        "her brother was burnt on the oven door and the baby has a burn on her hand too",
    ])
    func theBabysOwnInjuryStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// An emergency told as over by the crew's verdict or the hospital's finding nothing.
    @Test(arguments: [
        "she had a fit this afternoon, the crew examined her and were satisfied",
        "I called 999 this morning after she choked; the paramedics checked her over and were happy",
        "he went floppy in the bath, but the hospital found nothing wrong",
        "she choked during a feed, went a bit blue, but the paramedics checked her and were happy",
        "he choked on some milk at lunchtime but brought it back up quickly and was fine straight afterwards",
    ])
    func anEmergencyOverIsNoDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// ...but a crew not happy, a call with help on its way, or a danger going on, stays.
    @Test(arguments: [
        "he went blue earlier; the paramedics checked him and weren't happy, they've taken him in",
        "I rang 999 when he went blue, they're on their way",
        "she choked during a feed, went a bit blue, the paramedics are on their way",
        "I rang 999 earlier when he went blue, he's still not breathing properly",
        "he stopped breathing, the doctors found nothing last time but he's floppy now",
        "he choked on his milk and was fine, but now he's not breathing",
    ])
    func aDangerGoingOnStays(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// An adult's own appointments missed: no neglect of the baby.
    @Test(arguments: [
        "dad keeps missing his drug service appointments",
        "mum missed her smear appointment",
        "she has missed a few of her own counselling sessions",
        "his probation officer says he has missed his last two appointments",
    ])
    func anAdultsOwnAppointmentsAreNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// ...but the baby's, alone or told beside the adult's, are still missed.
    @Test(arguments: [
        "mum has missed the baby's last two hospital appointments",
        "her probation officer says she has missed the baby's checks",
        "mum has missed two of her own GP appointments and three of the baby's weigh-ins",
        "she missed two dental appointments and the baby's jabs",
    ])
    func theBabysMissedChecksStay(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A question about the baby left alone answered no: denied; answered yes: neglect.
    @Test func aQuestionAnsweredNo() {
        #expect(MatcherFixture.status(.neglect, in: "asked mum if he has ever been left alone, she said no") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "asked dad if he has ever left the baby alone in the car, he said never") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "asked whether she leaves him alone while she goes to the shop; mum said no") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "asked whether he's ever been left on his own - mum said yes, twice") == .present)
    }

    /// Nobody raising a worry about a thing denies it; a worry raised stays a doubt.
    @Test func nobodyRaisingAWorry() {
        #expect(MatcherFixture.status(.neglect, in: "nobody has voiced concerns about neglect") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "no one has raised any concerns about her growth") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "the GP raised concerns about the baby's weight") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "no one has raised any concerns about bruising, but I saw a bruise on his ear today") == .present)
    }

    /// The baby choking with mum named after it: danger, no attack on mum.
    @Test func theBabyChokingWithMumNamed() {
        let text = "the baby's choking and mum is panicking"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil)
    }

    /// Taking the baby so the other parent can rest is care; a threat to take it stays.
    @Test func takingTheBabySoTheOtherCanRest() {
        #expect(MatcherFixture.status(.immediateDanger, in: "dad says he'll take the kids out so mum can have a break") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he said he'd take the baby and she'd never see him again") == .present)
    }

    /// An adult hurt in a fall of an adult's kind keeps the injury; the baby's stays the baby's.
    @Test func anAdultsOwnFall() {
        #expect(MatcherFixture.status(.otherInjury, in: "grandad came off his bike and has a cut on his head") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "dad fell down the stairs with the baby and has a swelling on his head") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "dad fell off a ladder holding the baby and has a cut on his head") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the baby fell off the bed and has a swelling on his head") == .present)
    }

    /// A question about a threshold or a process for a kind of case is general.
    @Test func aThresholdQuestion() {
        #expect(MatcherFixture.status(.neglect, in: "what are the criteria for a referral when there is neglect") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "can you clarify the process for a section 47 when there's a fracture") == nil)
        #expect(MatcherFixture.status(.bruising, in: "what's the process, there's a bruise on his ear") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "we followed the procedure when we found the burn on his hand") == .present)
    }

    /// Mum's bruises told by a likeness are hers; the baby's finger marks stay.
    @Test func mumsBruisesByALikeness() {
        let hers = "there were marks around mum's wrists that looked like grip marks"
        #expect(MatcherFixture.status(.bruising, in: hers) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: hers) == .possible)
        #expect(MatcherFixture.status(.bruising, in: "bruises on mum's neck, and finger marks on the baby's arm") == .present)
    }

    /// A form's injury heading answered with a bruise is the bruise, no other injury.
    @Test func anInjuryHeadingAnsweredWithABruise() {
        let text = "Injuries - small bruise to forehead"
        #expect(MatcherFixture.status(.bruising, in: text) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "Injury: bruise L cheek and burn to R hand") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Injury: nil bruising") == .absent)
    }

    /// A thin look answered by growth along a centile is no neglect; a fall across centiles stays.
    @Test func aThinLookAnsweredByGrowth() {
        #expect(MatcherFixture.status(.neglect, in: "she's skinny but tracking the 25th centile") == nil)
        #expect(MatcherFixture.status(.neglect, in: "he looks thin but is on the 0.4th centile") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "he looks thin and has dropped from the 50th to the 9th centile") == .present)
    }

    /// A general question about any baby, its mobility after "but", tells no baby's mobility.
    @Test func aGeneralQuestionsMobility() {
        #expect(MatcherFixture.status(.preMobile, in: "does the protocol apply when an infant is bruised but already walking?") == nil)
        let this = "the baby has a bruise but is already crawling"
        #expect(MatcherFixture.status(.preMobile, in: this) == .absent)
        #expect(MatcherFixture.status(.bruising, in: this) == .present)
    }
}
