import Testing

@testable import CurioCore

/// Classes a probe of whole consultations (AQ) found. Missed: violence going on told after
/// "he's back / home / turned up and ..." with no "is" of its own (danger now with the baby
/// there); a leading "No," answer denying a clause about someone else after its comma ("No,
/// it's mum who has the bruises, from him"); a relative's call to a named line before a colon
/// (second-hand, so possible); "new family to the area"; a birth "with a big bleed". False: an
/// injury owned by the mother or an older child (by a possessive, a cleft, or a list of that
/// child's injuries) read as the baby's; a bruise taken back at once ("sorry, I meant a
/// birthmark"); "before she got pregnant" read as a pregnancy now; past medication read as
/// current treatment; "nothing I've missed" as no missed appointments; anxiety around the
/// partner as mental ill health; a relative giving the baby's age as a family concern.
/// Sentences written for the classes.
@Suite("Danger as a scene, owned injuries, corrections, times")
struct DangerSceneOwnedInjuriesCorrectionsAndTimesTests {
    /// Back, home or just come in, and the violence after "and": with the baby there, 999.
    @Test(arguments: [
        "dad's home and kicking off, the baby is upstairs",
        "he's back, and throwing things at her with the baby in the room",
        "her partner's round again and hitting her, the baby is in the lounge",
        "he's just got in and laying into her, she's got the baby with her",
    ])
    func violenceAfterComingBackWithTheBabyThere(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A past episode, the baby's own kicking, a shout at the telly: no danger now.
    @Test(arguments: [
        "he was back and smashing up the flat last year when the baby was there",
        "he's back home and kicking his legs happily",
        "she's home and shouting at the telly, baby asleep upstairs",
        "dad's back at work and the baby is at home with mum",
    ])
    func noViolenceNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// "No," then who really has the marks: the no denies nothing after its comma; her
    /// injuries "from him" are abuse told.
    @Test func aLeadingNoBeforeAnotherPersonsInjury() {
        for text in ["No, it's mum who has the marks, off her partner", "No - mum's the one with the bruises, from dad",
            "No, nothing on the baby; mum has a split lip from him", "Nope, mum's got bruises on her arms off her boyfriend"] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.domesticAbuse, in: "Nope, mum has a black eye.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "No - it's mum with the black eye, he punched her") == nil)
        #expect(MatcherFixture.status(.bruising, in: "Mum has bruises on the baby from when he rolled off the bed") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Mum has bruises on the baby from when he rolled off the bed") == nil)
        // Own denials still deny; the baby's bruise is still the baby's.
        #expect(MatcherFixture.status(.domesticAbuse, in: "No, mum, no DA at all") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "No, it's the baby who has the bruise, not mum") == .present)
        #expect(MatcherFixture.status(.bruising, in: "No, he has a small bruise on his shin") == .present)
    }

    /// An injury said to be the mother's or an older child's: not the baby's.
    @Test(arguments: [
        "the scald is dad's, from the kettle; the baby is fine",
        "the bruises are her sister's, not the baby's",
        "the cut is on mum's hand",
        "it was her brother who had the burn",
        "the 6-year-old sister has a cut lip and a bruise on her knee, and the baby is 7 weeks",
        "his brother has a fractured wrist and a graze on his elbow",
    ])
    func anotherPersonsInjury(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("bruising-protocol"), "\(text)")
    }

    /// The baby's own injury beside someone else's, or the owner named as the cause: the baby's.
    @Test func theBabysInjuryStays() {
        for text in ["the bruise was dad's doing", "the burn was mum's fault",
            "his brother has a cold and a bruise was seen on the baby's cheek",
            "her brother has a fractured wrist, and the baby has a bruise on his cheek"] {
            let found = MatcherFixture.status(.bruising, in: text) ?? MatcherFixture.status(.otherInjury, in: text)
            #expect(found == .present, "\(text)")
        }
    }

    /// A word taken back at once for something that is no injury: nothing; corrected to an
    /// injury, or "I mean" as a filler: the injury.
    @Test func aSelfCorrection() {
        for text in ["there's a mark on his back, sorry I mean a blue patch he was born with",
            "a burn on her wrist - sorry, I meant a rash from the cream"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "a birthmark - sorry, I meant a bruise on his cheek") == .present)
        #expect(MatcherFixture.status(.bruising, in: "a bruise, I mean it's small, on his cheek") == .present)
    }

    /// A relative's call to a named line, what follows a colon or a dash: second-hand.
    @Test func aRelativesCallToANamedLine() {
        let text = "Maternal grandmother rang the duty desk: the baby is always in a soiled nappy and the house stinks."
        #expect(MatcherFixture.status(.neglect, in: text) == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present)
        #expect(!DialogueFixtures.recommendationIDs(text).contains("refer-csc"))
        #expect(MatcherFixture.status(.neglect, in: "Dad's sister rang the helpline - she has seen the baby left in the car.") == .possible)
        // The practitioner's own call tells what they know.
        #expect(MatcherFixture.status(.neglect, in: "I phoned the duty line: the baby is left in a dirty nappy all day.") == .present)
    }

    /// A time before or at the start of a pregnancy: no pregnancy now; "since" may be now.
    @Test func timesAroundAPregnancy() {
        for text in ["she self-harmed before she fell pregnant", "he was using heroin until she got pregnant",
            "she drank a lot before getting pregnant"] {
            #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.unborn, in: "she's been drinking since she got pregnant") == .present)
    }

    /// Medication taken in the past: mental ill health, no current treatment told.
    @Test func pastMedication() {
        for text in ["she was on sertraline before the baby", "she was on meds for her anxiety years ago"] {
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she is on fluoxetine for her depression") == .absent)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she was on sertraline until she stopped it in May") == .present)
    }

    /// The practitioner checking their own work, anxiety around him, a new family, a birth
    /// bleed, a relative's word on the age.
    @Test func smallerClasses() {
        #expect(MatcherFixture.status(.neglect, in: "just making sure there's nothing we've missed from the visit") == nil)
        #expect(MatcherFixture.status(.neglect, in: "she's missed two reviews and the imms") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "she's jumpy and on edge around her boyfriend") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "she's anxious and low most days") == .present)
        #expect(MatcherFixture.status(.isolation, in: "a new couple to the town, no family here") == .present)
        #expect(MatcherFixture.status(.traumaticBirth, in: "the delivery was long with a massive haemorrhage") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the delivery was long with a massive haemorrhage") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "Nan reckons he's about 9 weeks.") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "Nan says he's 9 weeks and never changed.") == .present)
    }
}
