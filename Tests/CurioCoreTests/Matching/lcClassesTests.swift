import Testing

@testable import CurioCore

/// Classes found by helper lc in the retired probes' failures (BT, BU, BV, BW) for immediate
/// danger, neglect, inconsolable crying and the unborn baby: a past leaving-alone with the baby
/// safe now, a threat conditioned on the baby's crying, a baby in a car told as a scene, the baby
/// named by its age in words, violence heard now, another family's baby, neglect and crying told in
/// other words, and pregnancy words. Sentences written for the classes; look-alikes beside each.
@Suite("lc classes: danger, neglect, crying and the unborn baby told in other words")
struct lcClassesTests {
    /// Class D5: a past leaving-alone (last night, at the weekend, on Friday night) told with the baby
    /// safe with someone else now (with dad, at grandad's, with the foster carers, found by nan since)
    /// is neglect, not danger now (refer-csc, no 999).
    @Test(arguments: [
        ("she's fine, she's with her dad now - but mum left her on her own in the house on Friday night", FindingStatus?.some(.absent)),
        ("he's at his grandad's now, but his mum left him by himself in the flat last night", FindingStatus?.none),
        ("the baby's safe with the foster carers now, but when the officers got in she was on her own in the flat", FindingStatus?.some(.absent)),
        ("mum left him on his own in the flat overnight, his nan found him when she came round this morning", FindingStatus?.none),
        ("dad left her on her own at the weekend", FindingStatus?.none),
    ])
    func pastLeavingWithSafeNowImmediateDanger(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Class D5: a past leaving-alone (last night, at the weekend, on Friday night) told with the baby
    /// safe with someone else now (with dad, at grandad's, with the foster carers, found by nan since)
    /// is neglect, not danger now (refer-csc, no 999).
    @Test(arguments: [
        ("she's fine, she's with her dad now - but mum left her on her own in the house on Friday night", FindingStatus?.some(.present)),
        ("he's at his grandad's now, but his mum left him by himself in the flat last night", FindingStatus?.some(.present)),
        ("mum left him on his own in the flat overnight, his nan found him when she came round this morning", FindingStatus?.some(.present)),
    ])
    func pastLeavingWithSafeNowNeglect(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.neglect, in: text) == status, "\(text)")
    }

    /// Class D5, look-alikes: a leaving going on now, a carer not back yet, a danger now after the
    /// safe-now, or a past leaving with no safe-now told keep their danger (a missed 999 is the worst
    /// defect).
    @Test(arguments: [
        ("he's at his nan's now, but mum's just gone out and left his baby brother on his own", FindingStatus?.some(.present)),
        ("she left him on his own last night and still isn't back", FindingStatus?.some(.present)),
        ("she's safe at her auntie's now, but dad's outside the flat with a knife", FindingStatus?.some(.present)),
        ("no, but she left him on his own in the flat last night", FindingStatus?.some(.present)),
        ("she left the baby on her own last night", FindingStatus?.some(.present)),
        ("she's safe with her nan, but he was threatening to come round with a knife", FindingStatus?.some(.present)),
    ])
    func dangerKeptBesideAPast(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Class D2: a threat with the baby's crying or waking as its condition ("if she doesn't shut up
    /// he'll shut her up") is a threat made, danger now, not a supposition; the crying in its condition
    /// is no persistent crying.
    @Test(arguments: [
        ("her boyfriend texted that if the baby doesn't stop crying he'll shake him", FindingStatus?.some(.present)),
        ("dad said if she doesn't shut up he'll shut her up for good", FindingStatus?.some(.present)),
        ("if he wakes me again I'm lobbing him out the window, that's what he said", FindingStatus?.some(.present)),
    ])
    func conditionalThreatImmediateDanger(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Class D2: a threat with the baby's crying or waking as its condition ("if she doesn't shut up
    /// he'll shut her up") is a threat made, danger now, not a supposition; the crying in its condition
    /// is no persistent crying.
    @Test(arguments: [
        ("her boyfriend texted that if the baby doesn't stop crying he'll shake him", FindingStatus?.none),
    ])
    func conditionalThreatInconsolableCrying(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == status, "\(text)")
    }

    /// Class D2, look-alikes: an "if" about the baby's crying or waking with no harm after it stays a
    /// supposition.
    @Test(arguments: [
        ("if she keeps waking at night mum says she'll try a dream feed", FindingStatus?.none),
        ("if he doesn't settle tonight she'll ring the health visitor", FindingStatus?.none),
    ])
    func conditionalLookAlikes(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Class D1: a baby in a car told as a scene, with nobody come back to it, is a baby left in a car
    /// now: danger and neglect.
    @Test(arguments: [
        ("the twins are in the back of a van on the high street, windows shut, and no one's come back to it for twenty minutes", FindingStatus?.some(.present)),
        ("he's in his car seat outside the bookies and nobody's come out", FindingStatus?.some(.present)),
    ])
    func carSceneImmediateDanger(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Class D1: a baby in a car told as a scene, with nobody come back to it, is a baby left in a car
    /// now: danger and neglect.
    @Test(arguments: [
        ("the twins are in the back of a van on the high street, windows shut, and no one's come back to it for twenty minutes", FindingStatus?.some(.present)),
    ])
    func carSceneNeglect(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.neglect, in: text) == status, "\(text)")
    }

    /// Class D1, look-alikes: a baby in a car with a carer, or nobody else coming, is no baby left.
    @Test(arguments: [
        ("she's in the car with her nan, they'll be back soon", FindingStatus?.none),
        ("he's in the car with dad and nobody else came", FindingStatus?.none),
    ])
    func carLookAlikes(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Class D3: the baby named by its age in words ("the three month old") is the baby to the danger
    /// cues, as digits are.
    @Test(arguments: [
        ("he's slurring his words and he's on his own with the three month old", FindingStatus?.some(.present)),
        ("dad's shaking the four month old", FindingStatus?.some(.present)),
    ])
    func ageInWords(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Class D4: violence or crying heard now with nobody answering ("there's smashing ... and the
    /// baby's crying", "the baby upstairs has been screaming for hours") gives the danger the
    /// inferences give.
    @Test(arguments: [
        ("I'm outside the flat, there's smashing and a woman screaming and the baby's crying, nobody will answer", FindingStatus?.some(.present)),
        ("the baby upstairs has been screaming for hours and nobody's answering the door", FindingStatus?.some(.possible)),
    ])
    func violenceHeardNow(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Class D4, look-alikes: shouting heard in the past with the baby fine now is no danger.
    @Test(arguments: [
        ("there was shouting next door last week but it's quiet now and the baby's fine", FindingStatus?.none),
    ])
    func violenceLookAlikes(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Class N10: another family's baby named as such ("not this baby", "a different family") gives no
    /// neglect or danger for this baby.
    @Test(arguments: [
        ("not this baby - it was the baby across the landing who was left alone, a different family", FindingStatus?.none),
        ("that was my friend's baby who was left in the flat, not this one, a different family", FindingStatus?.none),
    ])
    func anotherFamilysBabyNeglect(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.neglect, in: text) == status, "\(text)")
    }

    /// Class N10: another family's baby named as such ("not this baby", "a different family") gives no
    /// neglect or danger for this baby.
    @Test(arguments: [
        ("not this baby - it was the baby across the landing who was left alone, a different family", FindingStatus?.none),
    ])
    func anotherFamilysBabyImmediateDanger(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// Classes N1-N7: neglect told as a scene or in other words: needs running out, a soaked sleepsuit,
    /// missed appointments with an aside, half the scoops, nothing put on, food never in, syringes
    /// lying around.
    @Test(arguments: [
        ("there was only enough milk left for one more bottle and he was in a soaked sleepsuit", FindingStatus?.some(.present)),
        ("he's missed - two, I think - of his immunisation appointments", FindingStatus?.some(.present)),
        ("the bottles were made up with half the scoops", FindingStatus?.some(.present)),
        ("she's put on nothing in six weeks", FindingStatus?.some(.present)),
        ("there's never any formula in for him", FindingStatus?.some(.present)),
        ("there are syringes lying around the lounge", FindingStatus?.some(.present)),
    ])
    func neglectScene(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.neglect, in: text) == status, "\(text)")
    }

    /// Class N9 and look-alikes: care told as good is neglect absent; a parent's own missed appointment
    /// is nothing.
    @Test(arguments: [
        ("plenty of formula in the cupboard and the house was spotless", FindingStatus?.some(.absent)),
        ("mum missed her own hair appointment", FindingStatus?.none),
    ])
    func neglectLookAlikes(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.neglect, in: text) == status, "\(text)")
    }

    /// Classes C1, C2, C4: crying that settles once fed, another child the one who won't sleep, and an
    /// adult's crying all day are no inconsolable crying.
    @Test(arguments: [
        ("she cries a bit in the evenings but once she's fed she settles", FindingStatus?.some(.absent)),
        ("the toddler is the one who won't sleep, the baby's good as gold", FindingStatus?.some(.absent)),
        ("mum's not eating and cries all day", FindingStatus?.none),
    ])
    func cryingSettles(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == status, "\(text)")
    }

    /// Class C3: crying that has not stopped since a time, or told as relentless, is crying present,
    /// not a denial.
    @Test(arguments: [
        ("she hasn't stopped screaming since lunchtime", FindingStatus?.some(.present)),
        ("the screaming is relentless, dad says", FindingStatus?.some(.present)),
        ("he cries for hours and nothing settles him", FindingStatus?.some(.present)),
    ])
    func cryingGoesOn(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == status, "\(text)")
    }

    /// Classes B1-B3, B5: the baby not arrived yet, the mother's age then her weeks, booked for a
    /// pregnancy, and signs of a suspected pregnancy; the baby arrived makes the pre-birth plan no
    /// pregnancy.
    @Test(arguments: [
        ("the baby's not arrived yet", FindingStatus?.some(.present)),
        ("she's 18, 29 weeks, sofa-surfing", FindingStatus?.some(.present)),
        ("booked for her second pregnancy last month", FindingStatus?.some(.present)),
        ("she's been sick every morning and she's late", FindingStatus?.some(.possible)),
        ("the baby arrived on Tuesday, so the pre-birth plan can be closed now she's here", FindingStatus?.some(.absent)),
    ])
    func unbornWords(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.unborn, in: text) == status, "\(text)")
    }
}
