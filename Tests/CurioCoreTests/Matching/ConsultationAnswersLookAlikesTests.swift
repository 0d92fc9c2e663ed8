import Testing

@testable import CurioCore

/// Classes a probe of whole consultations found in the answers practitioners give. Missed: a
/// baby seen inside a home said to be empty (danger and neglect); violence now told as a
/// carer's state and then the act ("drunk now, smashing things"); a messy home (neglect
/// possible); a nursery's or school's report, a professional's account (present, not a
/// relative's allegation); a relative's or the other parent's call told before a dash
/// (second-hand); the father named as the partner and there throughout. False: "slow-burn"
/// and other idioms read as a burn; the mother's black eye, told after she came in with the
/// baby, read as the baby's bruise; a documented Mongolian blue spot after "that was" read as a
/// bruise; the parent's own going into care for neglect read as the baby's neglect; the
/// mother's own missed mental-health or other service appointments read as the baby's; a
/// toddler's grab read as domestic abuse; "fit a fall" read as a seizure; head-banging on the
/// cot told as the explanation read as a head injury; the caller's learning-disability team
/// read as the parent's; a professional for an older child read as a family concern.
/// Sentences written for the classes.
@Suite("Consultation answers and their look-alikes")
struct ConsultationAnswersLookAlikesTests {
    /// A baby seen inside a home nobody is at: danger and neglect, and 999.
    @Test func babySeenInsideAnEmptyHome() {
        for text in ["I can see the baby through the window in his cot and nobody's home.",
            "Nobody is home but I can see the baby through the glass, she's crying.",
            "the baby is upstairs in his cot and no one is home",
            "there's no one in and I can see the twins through the letterbox"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        let ids = DialogueFixtures.recommendationIDs("I can see the baby through the window in his cot and nobody's home.")
        #expect(ids.contains("emergency-services"))
        #expect(ids.contains("refer-csc"))
    }

    /// Someone else there, a visit's past, the baby elsewhere: no danger.
    @Test(arguments: [
        "I can see the baby through the window with mum, no one else is home",
        "I saw the baby through the window last week but no one was home when I knocked.",
        "nobody is home today, the baby is at nan's",
    ])
    func notABabyAlone(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A carer's state now and the act in a list, with the baby there: 999.
    @Test(arguments: [
        "he's drunk and smashing things, the baby is in the flat.",
        "he's raging at the moment, punching the walls, and the baby is upstairs.",
        "she's furious and throwing plates, the kids are in the kitchen",
        "he won't let her leave with the twins and he's drunk now, kicking the doors",
    ])
    func violenceNowToldAsAList(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// ...told as past or a habit it is domestic abuse, not 999.
    @Test(arguments: [
        "last night he was drunk, smashing things with the baby in the room",
        "when he's drunk he smashes things, the baby's usually asleep",
        "he's always drunk and smashing things, the baby is in the flat",
    ])
    func violenceInThePastIsNoCall(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// A messy home is neglect possible; denied, absent; other messes, nothing. A professional
    /// named by the older child they work with is no family concern.
    @Test func messyHome() {
        for text in ["the house was messy when I visited", "the flat's a tip, clothes everywhere",
            "the older boy's teacher mentioned the home looked messy"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "the house wasn't messy at all") == .absent)
        for text in ["mum had a messy break-up with dad", "the baby's nappy was messy"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        for text in ["the older boy's teacher mentioned the home looked messy",
            "the social worker for the older children says the flat is untidy"] {
            #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.familyConcern, in: "the older daughter rang us, she's worried about the baby") == .present)
    }

    /// A nursery's or school's report is a professional's: present. Its own doubt, or a
    /// relative's word, stays possible.
    @Test func professionalsReport() {
        #expect(MatcherFixture.status(.neglect, in: "the school say the baby is always in the same dirty clothes when his sister is dropped off") == .present)
        #expect(MatcherFixture.status(.bruising, in: "nursery think he might have a bruise on his ear") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "her nan says the baby is always in the same dirty clothes") == .possible)
    }

    /// A relative's call told before a dash or colon: what follows is second-hand.
    @Test func relativesCallBeforeAMark() {
        #expect(MatcherFixture.status(.neglect, in: "her sister has been on the phone to us: the baby is left in his cot all day") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "the HV rang me - the baby is losing weight and the flat is filthy") == .present)
    }

    /// Idioms of "burn" are no burn; a burn on the baby is.
    @Test func burnIdioms() {
        for text in ["this one's been a slow burner, nothing dramatic", "the burning question is whether she'll engage",
            "she's burnt her bridges with her family"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        for text in ["there's a slow healing burn on his foot", "the burn is slow to heal"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
    }

    /// The mother's injury told after she came in with the baby is hers; the baby's is his.
    @Test func mothersInjuryAfterSheCameIn() {
        let hers = "mum brought the baby in and had a split lip"
        #expect(MatcherFixture.status(.bruising, in: hers) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: hers) == .possible)
        #expect(MatcherFixture.status(.bruising, in: "mum came in with the baby and he had a black eye") == .present)
    }

    /// A Mongolian blue spot documented, after "that/which was": no bruise; undocumented, a mark.
    @Test func documentedBlueSpot() {
        #expect(MatcherFixture.status(.bruising, in: "no bruising; Mongolian blue spots on his lower back which were recorded at birth") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "Mongolian blue spot over his sacrum that was never documented") == .present)
    }

    /// A parent who went into care with its cause: the parent's childhood, not the baby's.
    @Test func parentWentIntoCareBecauseOf() {
        for text in ["dad was taken into care because his mum neglected him", "he was taken into care after his dad beat him"] {
            #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "She went into care because of neglect at home. The baby is underweight and the flat is filthy.") == .present)
    }

    /// The parent's own services' appointments missed: not the baby's; mental health's, untreated.
    @Test func parentsOwnAppointments() {
        for text in ["she's missed her last three CPN appointments", "mum cancelled the last two sessions with her counsellor"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "dad has missed two appointments with the drug service") == nil)
        for text in ["missed two weigh-ins and his immunisations", "cancelled the last 3 appointments with the HV"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
    }

    /// A small child's hands are no abuse between the adults; a man's are.
    @Test func smallChildsHands() {
        for text in ["the toddler keeps hitting her when mum's not looking", "the twins hit him with a toy"] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        }
        for text in ["the toddler's dad punched her last night", "her toddler was there when he punched her"] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
    }

    /// "Fit" as a verdict on an explanation is no seizure; a fit is.
    @Test func fitAsAVerdict() {
        for text in ["that would fit with a fall from the sofa", "the marks could fit a fingertip grip"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        for text in ["he had a fit with a high temperature", "she's having a fit now"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// Head-banging as a habit or the carer's explanation is no head injury by itself.
    @Test func headBangingHabit() {
        for text in ["he keeps banging his head when he's tired", "mum reckons she bangs her head on the cot bars"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "mum says he banged his head on the coffee table and has a lump") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "the baby banged his head on the cot, he's now drowsy and vomiting") == .present)
    }

    /// The partner named as the father, or there throughout: a father known.
    @Test func partnerIsTheFather() {
        for text in ["her husband is the baby's father", "her boyfriend's the dad and he was there throughout"] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
        }
        #expect(MatcherFixture.status(.fatherUnknown, in: "her new partner is not the baby's father and nobody knows who dad is") == .present)
    }

    /// The caller's learning-disability team is not the parent's difficulty; the parent's is.
    @Test func callersOwnTeam() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "I'm a nurse in the adult learning disability team") == nil)
        #expect(MatcherFixture.status(.learningDifficulty, in: "She's known to the learning disability team") == .present)
    }
}
