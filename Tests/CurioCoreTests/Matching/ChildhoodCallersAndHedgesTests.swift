import Testing

@testable import CurioCore

/// Classes a probe by register found in the parents' factors. Missed: the parent's own childhood
/// shared with siblings ("when they were little"), looked after between two ages, a birth
/// parent's addiction, fists dodged; naive expectations as idioms (the baby to fit around a
/// parent's life, slotted in, treated like a toy, someone to love her, a doubt they get how hard
/// it will be); a relative as the caller (a parent's own parent on the phone, a sibling at
/// school) and a relative's "no concerns"; denials said as an enquiry with nothing disclosed, no
/// social care involvement as children, an ordinary upbringing, treatment "well managed on";
/// a father's identity unclear or his return in doubt; a birth only called long, in doubt; a
/// photo too dark to tell; a push seen by a passer-by. False: placement breakdowns read as a
/// mental breakdown, a relative's prison read as isolation, mum's crying read as the baby's,
/// "none since" denying a past history, mum's own fear read as a family referral. Sentences
/// written for the classes.
@Suite("Childhood, family callers and hedges")
struct ChildhoodCallersAndHedgesTests {
    /// The parent's childhood, and what it does not give now.
    @Test func parentsOwnChildhood() {
        let siblings = "Dad says his uncle beat him and his sisters when they were little."
        #expect(MatcherFixture.status(.adverseChildhood, in: siblings) == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: siblings) == nil)
        let birthFather = "Dad was looked after from 3 to 16 and says his birth father was an alcoholic."
        #expect(MatcherFixture.status(.adverseChildhood, in: birthFather) == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: birthFather) == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: "He spent his childhood on the receiving end of his stepdad's fists.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "She was fostered, several placement breakdowns as a teenager.") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum had a breakdown last year.") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Both parents were looked after as teenagers.") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "No social care involvement for mum as a child.") == .absent)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Mum describes an ordinary childhood.") == .absent)
    }

    /// Naive expectations said as idioms, both ways.
    @Test func naiveExpectationIdioms() {
        for text in ["Mum reckons the baby will fit around her job and her gym sessions.",
            "They plan to slot him in and keep going out every weekend.",
            "Dad treats her like a toy, showing her off to his mates.",
            "She thinks the baby will be someone to love her."] {
            #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.naiveExpectations, in: "Not sure she realises how hard it will be with twins.") == .possible)
        for text in ["Mum has fitted her shifts around nursery times.", "She was sleeping through by 12 weeks."] {
            #expect(MatcherFixture.status(.naiveExpectations, in: text) == nil, "\(text)")
        }
    }

    /// A relative as the caller; mum herself is no family referrer.
    @Test func familyAsCaller() {
        let gran = "Dad's mum on the phone again, says mum is drinking every night."
        #expect(MatcherFixture.status(.familyConcern, in: gran) == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: gran) == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: "Year 8 student said his mum's new baby is left in the cot all day.") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "Caller is the baby's grandfather, he hasn't seen the baby since Christmas.") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "Mum rang to say she's worried about dad's drinking.") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "Her aunt popped round and said she has no concerns about the care.") == .absent)
        #expect(MatcherFixture.status(.familyConcern, in: "Mum says she is scared she will drop him on the stairs.") == nil)
    }

    /// Denials and treatment said plainly.
    @Test func explicitDenials() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "Asked about DV at booking with dad out of the room, nothing disclosed.") == .absent)
        let treated = "Depression, well managed on sertraline."
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: treated) == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: treated) == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum has epilepsy and is well controlled on meds.") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "Postnatal depression with her first, nil since, doing well.") == .present)
    }

    /// Another person's state is not the baby's or the parents'.
    @Test func anotherPersonsSituation() {
        let low = "Dad very depressed, crying a lot."
        #expect(MatcherFixture.status(.mentalHealth, in: low) == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: low) == nil)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Mum tired, the baby crying all the time.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Mum's cousin drinks heavily and has been in prison.") == nil)
        #expect(MatcherFixture.status(.isolation, in: "Dad is in prison.") == .present)
    }

    /// Doubts: the father, the birth, a photo, a report from a bystander.
    @Test func hedgedAndSecondHand() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "Unclear if the man she lives with is the father or a lodger.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "The baby's father may be back in the picture.") == .possible)
        #expect(MatcherFixture.status(.traumaticBirth, in: "Unsure what happened at the delivery, mum only described it as lengthy.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Nan sent a picture of a mark on his leg but it's too dark to tell.") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Dad was seen slapping mum outside the shop by a passer-by.") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Dad was seen slapping mum outside the shop.") == .present)
    }
}
