import Testing

@testable import CurioCore

/// Classes a round of probes on mobility and marks found, which decide the bruising protocol.
/// Mobility missed: a lack of movement said in other words (a form's "Mobile: N" or
/// "Mobility: nil" read as mobile, "too young to be crawling" read as crawling, "no
/// independent mobility" of a disabled child, "no other movement", going nowhere, getting
/// about only by rolling, a brother's crawling set against the baby's none, mobility still to
/// come). Mobility reversed: a mobility stated with a later milestone denied ("pulling to stand
/// but not walking", "not walking yet but crawling", "doesn't crawl, he bum shuffles",
/// "Pre-mobile: no, cruising") read as pre-mobile. Marks: a mark changing colour read as a baby
/// turning blue, "fits" (it matches the story) read as a seizure, the mother's bruises in a
/// pregnancy read as the baby's, a birthmark named under a hedge taken as settled and one
/// documented after "but" still a possible bruise, a scald's tide marks read as a bruise, and a
/// subconjunctival haemorrhage not read as bleeding. Sentences written for the classes.
@Suite("Mobility stated in other words, marks and their look-alikes")
struct MobilityStatedAndMarksLookAlikesTests {
    /// A lack of movement however it is put is pre-mobile.
    @Test(arguments: [
        "Mobile: N",
        "Crawling - no. Bruise: yes, R forearm.",
        "Mobility: none. Age 8/12.",
        "Independently mobile Y/N: N",
        "He's far too little to crawl yet.",
        "She isn't old enough to be rolling yet.",
        "A bit young to be sitting yet.",
        "Rolls front to back, no other movement.",
        "He has quadriplegic cerebral palsy and no independent mobility.",
        "Lies on his playmat kicking but goes nowhere.",
        "She can't actually get herself anywhere on her own.",
        "Moves about the lounge only by rolling.",
        "He'll be crawling soon, but not yet.",
        "Rocks on her hands and knees but has not got moving yet.",
    ])
    func noMovementSaidInOtherWordsIsPreMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }

    /// Another child's mobility set against the baby's none is the baby's pre-mobility; a
    /// mobility denied again later stays denied.
    @Test(arguments: [
        "His cousin is the same age and crawling but he isn't.",
        "Not crawling yet, whereas her twin is crawling everywhere.",
        "Not crawling yet but his big sister was crawling at his age.",
        "She wasn't crawling at her 9 month review and she still isn't crawling.",
    ])
    func anotherChildsMobilityOrTwoDenialsArePreMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }

    /// A mobility stated wins over a later milestone denied, before or after it.
    @Test(arguments: [
        "Crawls everywhere but isn't walking yet.",
        "He's cruising along the sofa, not walking on his own.",
        "Pulls herself up on the coffee table but doesn't walk.",
        "Isn't walking yet, though she's crawling fine.",
        "He doesn't crawl, he bottom shuffles.",
        "She doesn't crawl but gets around everywhere.",
        "Not crawling, not standing, but she does shuffle on her bottom.",
        "Pre-mobile: N, crawling.",
        "He's a confident cruiser now.",
    ])
    func aMobilityStatedIsMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .absent, "\(text)")
    }

    /// Too young to walk says nothing of crawling; a newborn in a belief, a mother going nowhere,
    /// a mother's mobility and a mobility field without concerns are no baby's pre-mobility.
    @Test(arguments: [
        "He's too young to be walking.",
        "Mum believes a newborn should sleep all night.",
        "Mum goes nowhere, she hasn't left the flat in weeks.",
        "No mobility problems reported for mum after the section.",
        // A form's field answered "no concerns": right for the age, which says nothing of crawling.
        "9 months old, Mobility: no concerns.",
        "Mobile - no issues, bruise on ear.",
    ])
    func noBabysMobilityHere(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }

    /// The protocol follows: a bruise on an older child who cannot move gets it, a bruise on a
    /// mobile baby with a later milestone denied does not.
    @Test func theProtocolFollowsTheMobility() {
        for text in ["14 month old with spina bifida, no independent mobility, bruise on his thigh.",
            "Age 9/12, Mobility: nil, small bruise L cheek.",
            "10 months, too young to crawl yet, bruise behind her ear."] {
            #expect(DialogueFixtures.recommendationIDs(text).contains("bruising-protocol"), "\(text)")
        }
        for text in ["12 months, crawling well but not walking yet, bruise on her shin.",
            "Age 11/12, Pre-mobile: no, cruising, bruise to the right shin.",
            "10 month old, doesn't crawl, he bottom shuffles, bruise on his knee."] {
            #expect(!DialogueFixtures.recommendationIDs(text).contains("bruising-protocol"), "\(text)")
        }
    }

    /// Answered to the mobility question, the same words decide it.
    @Test("the mobility answer in other words", arguments: ["consultation", "duty-triage"])
    func theMobilityAnswer(dialogue: String) throws {
        let opening = dialogue == "consultation"
            ? ["no", "health visitor", "bruise on his cheek", "11 months"] : ["no", "14 months", "yes, a bruise on his ear"]
        func mobility(after answer: String) throws -> FindingStatus? {
            try DialogueFixtures.status(of: .preMobile, in: dialogue, after: opening, asked: "mobility", answer: answer)
        }
        for answer in ["He has severe cerebral palsy and no independent mobility at all", "she's too young to be crawling yet",
            "Mobility: nil"] {
            #expect(try mobility(after: answer) == .present, "\(answer)")
        }
        for answer in ["he's cruising round the sofa but not walking yet", "he pulls himself up on the furniture but isn't walking yet",
            "not walking yet, but crawling all over"] {
            #expect(try mobility(after: answer) == .absent, "\(answer)")
        }
    }

    /// A mark changing colour is a bruise, not a baby turning blue; the baby turning blue beside
    /// a mark still is.
    @Test func aMarkChangingColourIsNoDanger() {
        let mark = "There's a mark on his forearm that has gone purple overnight."
        #expect(MatcherFixture.status(.bruising, in: mark) == .present)
        for text in [mark, "The bruise on her shin is turning yellow now.", "a graze and a red mark on his temple which is going blue"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        for text in ["There's a bruise on his cheek and his lips have gone blue.", "Small mark on her arm, and now she's turning grey and floppy."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        #expect(!DialogueFixtures.recommendationIDs("a red mark on her cheek that's gone purple").contains("emergency-services"))
    }

    /// "It fits" after an explanation is a verdict on it; a bare "fits" there, or a fit told with
    /// its time, is a seizure (in a note, "fell off the sofa, fits" more likely means one, and a
    /// missed 999 is worse than a false one).
    @Test func fitsAsAVerdict() {
        for text in ["on her forearm, from catching it on the stair gate, that fits", "right cheek, dad says she rolled into the cot bars - it fits."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        for text in ["He rolled off the changing mat, fitting since then.", "Banged his head on the radiator, fits again this morning.",
            "on his knee, from crawling on the patio, fits", "Fell off the sofa, fits."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        #expect(!DialogueFixtures.recommendationIDs("on his knee, from crawling on the patio, that fits").contains("emergency-services"))
        #expect(DialogueFixtures.recommendationIDs("He fell off the sofa, fits now.").contains("emergency-services"))
    }

    /// The mother's bruises, said without a place or on "her" in a pregnancy, are hers (a
    /// possible sign of abuse), not the baby's; the baby's bruise beside a mother named by her
    /// weeks postnatal, or a mother who found bruises, is the baby's.
    @Test func theMothersBruisesInAPregnancy() {
        for text in ["34/40, mum has fresh bruises and won't say where from.", "She is 22 weeks pregnant and had bruising on her neck at booking."] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
        }
        // A mother named by her weeks alone may be weeks postnatal: a bruise on "her" stays the baby's.
        for text in ["Mum has found some bruises on her legs.", "Mum is 7 weeks postnatal and the baby has bruising to her cheek.",
            "She's 9 weeks old and has a bruise on her ear.", "Mum is 6 weeks postnatal, bruise on her arm.",
            "mum has bruised him on his arm", "Mother had bruised her leg, she's 7 months"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        #expect(!DialogueFixtures.recommendationIDs("29/40, mum has bruises she won't talk about.").contains("bruising-protocol"))
    }

    /// A birthmark named under a hedge leaves a possible bruise (and its protocol); one set after
    /// "but" or confirmed by name is no bruise; a carer's word is only a dispute.
    @Test func birthmarksHedgedOrSettled() {
        for text in ["Slate-blue patch over his sacrum, most likely a Mongolian blue spot, but nobody has checked.",
            "Bluish area on her lower back, probably a birthmark.", "Blue patch on her bottom but dad says it's a birthmark."] {
            #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
        }
        for text in ["Dark blue patch across his buttocks, but it's a Mongolian blue spot, on his NIPE record.",
            "Grey area on her lower back, confirmed as dermal melanocytosis at the newborn check."] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        #expect(DialogueFixtures.recommendationIDs("7 week old, blue-grey patch over the sacrum, possibly a Mongolian blue spot.").contains("bruising-protocol"))
        let documented = "2 month old, blue patch on her bottom, but it's a Mongolian blue spot recorded at the newborn check, not a bruise."
        #expect(!DialogueFixtures.recommendationIDs(documented).contains("bruising-protocol"))
    }

    /// A scald's tide marks are the scald's; a bruise beside them is still one.
    @Test func tideMarksAreTheScalds() {
        let scald = "Scald to his left foot with a sharp tide mark at the ankle."
        #expect(MatcherFixture.status(.bruising, in: scald) == nil)
        #expect(MatcherFixture.status(.otherInjury, in: scald) == .present)
        #expect(MatcherFixture.status(.bruising, in: "Tide marks from the bath scald on his legs and a bruise on his upper arm.") == .present)
        let ids = DialogueFixtures.recommendationIDs("10 week old, scald to both hands with clear tide marks.")
        #expect(ids.contains("refer-csc") && !ids.contains("bruising-protocol"))
    }

    /// A subconjunctival haemorrhage is bleeding (another injury) as well as a mark.
    @Test func subconjunctivalHaemorrhageIsBleeding() {
        let text = "Left subconjunctival haemorrhage, no history of coughing."
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present)
        #expect(MatcherFixture.status(.bruising, in: text) == .present)
        for text in ["There's blood in the white of her left eye.", "subconj bleed R eye noted by the midwife"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        let ids = DialogueFixtures.recommendationIDs("6 week old with bilateral subconjunctival haemorrhages.")
        #expect(ids.contains("refer-csc") && ids.contains("bruising-protocol"))
    }
}
