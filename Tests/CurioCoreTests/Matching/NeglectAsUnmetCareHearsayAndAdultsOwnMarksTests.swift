import Testing

@testable import CurioCore

/// Classes two probes by register found in neglect and in injuries that are not the baby's.
/// Missed: neglect told as ordinary care left undone, passive or negated (not being fed, not
/// bathed in a week, nobody ever going to the baby, a carer who won't pick the baby up, being
/// left in the cot, not brought to any of the health appointments); a relative's everyday words
/// for neglect (a home not fit for a baby, the baby coming back from the other parent's
/// starving) and the relative's call itself (been on to us, rang to say); a baby who flinches
/// when a limb is handled. False: a relative's hearsay told after a dash read as present (so
/// refer-csc), a home reeking of drugs read as a dirty home, the father unseen since read as
/// the baby unseen, an adult's self-harm marks, love bite or bleeding read as the baby's
/// injury, a baby's flinching read as domestic abuse. Sentences written for the classes.
@Suite("Neglect as unmet care, hearsay, adults' own marks")
struct NeglectAsUnmetCareHearsayAndAdultsOwnMarksTests {
    /// Care left undone, said plainly: neglect present.
    @Test(arguments: [
        "the twins aren't being fed",
        "the baby isn't being changed or fed",
        "she's not being bathed",
        "she hasn't been washed for days",
        "he hasn't had a bath in over a fortnight",
        "nobody ever goes to her when she cries at night",
        "nobody went to him all night",
        "she's 6 months and hasn't been brought to any of her baby clinic appointments",
        "he hasn't been taken to any appointments since the new birth visit",
    ])
    func careLeftUndoneIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A carer who won't pick up or cuddle the baby, or a baby being left in the cot: a
    /// suspicion; a relative's report of any of it: possible.
    @Test(arguments: [
        "mum won't pick her up",
        "dad doesn't pick the baby up even when she's screaming",
        "mum never cuddles him",
        "no one ever picks him up",
        "she keeps being left in her cot",
        "his nan says he isn't being fed",
        "MGM says the baby hasn't been bathed since he came home",
        "a neighbour says no one ever seems to go to the baby",
    ])
    func aSuspicionOrARelativesReportIsPossible(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// Ordinary care and its look-alikes: no neglect.
    @Test(arguments: [
        "he isn't being fed solids yet, she's only 4 months",
        "she isn't being fed formula, mum is breastfeeding",
        "he's being left in his cot to settle himself, as the HV advised",
        "mum can't pick him up since her c-section",
        "dad won't pick him up from nursery on Fridays",
        "nobody picks him up from nursery but mum",
        "he won't let anyone pick him up except mum",
        "mum hasn't washed her hair in days, she's so low",
        "the car hasn't been washed in months",
        "nobody goes to her house any more",
        "no one goes to the baby group with her",
        "mum hasn't been to any of her own appointments",
    ])
    func ordinaryCareIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// The same words with neglect said beside them stay neglect.
    @Test(arguments: [
        "he isn't being fed solids or milk, just water",
        "she isn't being fed formula, just water",
        "he's being left in his cot to sleep all day",
        "he's not being fed by anyone, mum's passed out",
    ])
    func neglectBesideTheLookAlikesStays(text: String) {
        let status = MatcherFixture.status(.neglect, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }

    /// Brought to all the appointments: absent.
    @Test func broughtToAllTheAppointments() {
        #expect(MatcherFixture.status(.neglect, in: "he's been brought to all of his baby clinic appointments") == .absent)
    }

    /// A home not fit for a baby, and a baby coming back from the other parent's in a state:
    /// neglect; a relative saying so: possible, and a family concern.
    @Test func aHomeNotFitAndABabyComingBackUnfed() {
        for text in ["that flat's not fit to live in", "honestly the house is no place for a baby",
            "the property is unfit for human habitation", "the room's not fit for a baby, there's mould everywhere",
            "she always comes home from her mum's with severe nappy rash", "he came back from contact starving and in a soaked nappy",
            "awful nappy rash, red raw"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["her nan's been on to us saying the flat isn't fit for a baby",
            "the baby's dad rang to say she keeps coming home from her mum's hungry and filthy"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
            #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        }
        for text in ["mum isn't fit for work at the moment", "the pram isn't fit for purpose", "it isn't safe to sleep with him on the sofa",
            "it's not for her, she'd rather bottle feed", "mum's starving, she hasn't eaten all day", "she came back from nan's with a cold"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// A relative who has been on to a service, or the other parent ringing to tell: a family
    /// concern, and what they tell is second-hand.
    @Test func aRelativeOnToAServiceOrTheOtherParentRinging() {
        let drink = "the baby's dad phoned to tell us mum is drinking again"
        #expect(MatcherFixture.status(.familyConcern, in: drink) == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: drink) == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: "her auntie has been on the phone to us about the baby") == .present)
        let hungry = "his nan's been onto the surgery saying the baby is always hungry"
        #expect(MatcherFixture.status(.familyConcern, in: hungry) == .present)
        #expect(MatcherFixture.status(.neglect, in: hungry) == .possible)
    }

    /// A relative's call told before a dash or colon: what follows is hearsay, possible, and no
    /// neglect referral comes of it; the practitioner's own words after a dash stay present.
    @Test func hearsayAfterADashIsPossible() {
        for text in ["Her aunt phoned me - she reckons the baby isn't being fed enough.",
            "Her gran phoned us: the baby is always hungry and the flat is filthy."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
            #expect(!DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
        }
        let seen = "I visited today - the flat is filthy and the baby was in a soaked nappy."
        #expect(MatcherFixture.status(.neglect, in: seen) == .present)
        #expect(DialogueFixtures.recommendationIDs(seen).contains("refer-csc"))
    }

    /// A home that reeks of drugs or drink is the carers' substance use inferred, not a dirty
    /// home; of smoke, nothing; with urine or dog mess, still neglect.
    @Test func aHomeThatReeksOfDrugs() {
        for text in ["the whole place stinks of skunk", "the bedsit stank of booze"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "the lounge stank of cigarettes") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "the lounge stank of cigarettes") == nil)
        for text in ["the flat stank of smoke and urine", "the flat stank of skunk and dirty nappies",
            "the flat stank of weed and the baby was in a filthy nappy", "the house stinks, there's rubbish everywhere"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
    }

    /// The father gone and unseen since is the father unknown; a baby unseen stays neglect.
    @Test func theFatherUnseenSince() {
        for text in ["Dad walked out before the birth and no one has seen him since.",
            "his dad is called Jordan and was at the birth, but nobody's seen him since"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
        }
        for text in ["nobody has seen the baby since Tuesday", "nobody's seen him for three weeks, mum won't open the door",
            "she left and nobody has seen the baby since"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
    }

    /// An adult's self-harm marks, love bite or bleeding are theirs: no injury to the baby.
    @Test func anAdultsOwnMarksAndBleeding() {
        for text in ["mum self-harms and has fresh marks on her wrists", "she's been cutting again, there are marks all up her arms",
            "dad has scars and marks on his arms from self-harm"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        }
        let neck = "there were marks on her neck and she told me it was a love bite"
        #expect(MatcherFixture.status(.bruising, in: neck) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: neck) == .possible)
        #expect(MatcherFixture.status(.bruising, in: "mum has a love bite on her neck") == nil)
        for text in ["mum was exhausted and bleeding heavily when the midwife arrived", "mum is still bleeding a lot since the birth, she's on iron",
            "mum had a massive haemorrhage after the section"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.traumaticBirth, in: "mum was bleeding heavily after the delivery") == .present)
    }

    /// The baby's marks or bleeding told beside an adult's stay the baby's.
    @Test func theBabysOwnStayTheBabys() {
        for text in ["she cuts herself, and the baby has marks on his arms", "she cuts herself when she's low, there are marks on the baby's arms",
            "the baby has marks on her neck, mum said it was a love bite", "the baby had finger marks on her neck"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        for text in ["mum said he was floppy and bleeding", "mum was holding him, bleeding from his nose",
            "dad was panicking and bleeding was coming from her mouth", "mum was bleeding and so was the baby",
            "mum said he's been bleeding from his ear since the birth"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
    }

    /// A baby who flinches or winces when a limb is handled: a possible injury, not domestic
    /// abuse; a mother who flinches at her partner is still a sign of abuse.
    @Test func aBabyFlinchingWhenHandled() {
        for text in ["she flinches whenever I touch her leg", "he winces as the nurse examines his left leg",
            "she flinches when you pick her up"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        }
        for text in ["she flinches when he touches her", "mum flinches whenever her partner touches her arm"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
        }
    }
}
