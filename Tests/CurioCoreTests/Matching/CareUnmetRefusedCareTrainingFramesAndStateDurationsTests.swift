import Testing

@testable import CurioCore

/// Classes a probe of the four critical factors found in neglect and in what is not a real case.
/// Missed: neglect told as the care itself left undone, with no word of neglect (a nappy changed
/// only when it leaks, a baby minded by strangers or whoever is about, damp and mould in the
/// baby's room, a young child doing the feeds, feeds withheld since last night, the baby's own
/// medicine not collected, given or afforded, which was read as a parent's untreated mental
/// health); medical care refused for an ill baby and a carer out cold with the baby somewhere
/// unsafe, neglect as well as the danger. False: a clinic missed for the service's own reason;
/// a training, teaching or made-up case (case study, role play, teaching slide, quiz question,
/// "what counts as a bruise?") read as a real baby's findings; an adult's sobriety, recovery or
/// time together read as the baby's age. Sentences written for the classes.
@Suite("Care unmet, care refused, training frames, durations of a state")
struct CareUnmetRefusedCareTrainingFramesAndStateDurationsTests {
    /// The baby's hygiene left undone: changed only when the nappy leaks or twice a day, a nappy
    /// heavy and sagging; a doubt that the baby is changed often enough, or a very heavy nappy,
    /// is possible. Heavy wet nappies are a feeding sign, and care shared is no neglect.
    @Test func hygieneLeftUndone() {
        for text in ["Mum admits she only changes her nappy twice a day.", "Her nappy only gets changed when it leaks.",
            "He's only changed about twice a day.", "She only changes him when the nappy leaks.",
            "His nappy was really heavy and hanging down when I arrived.",
            "The nappy was so heavy it was leaking through his sleepsuit."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["Not sure the baby's being changed often enough.", "I'm not convinced she gets changed often enough."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        for text in ["Six heavy wet nappies a day and feeding well.", "Her nappies are really heavy so she's getting plenty of milk.",
            "Dad changes the nappies and mum does the feeds.", "She changes him every time he feeds.",
            "Dad changes her when she wakes up."] {
            let status = MatcherFixture.status(.neglect, in: text)
            #expect(status == nil || status == .absent, "\(text)")
        }
    }

    /// The baby minded by strangers, a different minder every night, or whoever is about:
    /// neglect; second-hand, possible. A relative, the usual minder or nursery staff are no
    /// strangers.
    @Test func mindedByStrangers() {
        for text in ["There's a different babysitter every night and mum doesn't know most of them.",
            "The baby gets minded by whoever happens to be in the flat.",
            "He gets passed around to different people every weekend while mum goes out.",
            "The baby has been looked after by a string of strangers.", "She gets left with people mum hardly knows.",
            "Whoever's around ends up minding the baby."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        // (Who it is withheld makes it a doubt, but a finding still.)
        #expect(MatcherFixture.status(.neglect, in: "The twins are minded by a different neighbour every night and mum won't say who.") != nil)
        #expect(MatcherFixture.status(.neglect, in: "Nan says the baby is left with a different man each night.") == .possible)
        for text in ["The baby is looked after by nan every night while mum works.",
            "A different health visitor every time, so the family never know who's coming.", "The baby is wary of strangers.",
            "He's left with his grandparents every Friday night.", "She's minded by the same childminder every day.",
            "Different staff look after him at nursery depending on the day."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// A damp or mouldy room or home: neglect. Damp denied or put right, or a damp vest, is not.
    @Test func dampAndMould() {
        for text in ["Mould growing up the bedroom wall next to the cot.", "The walls in the baby's room are covered in mould.",
            "The baby's bedroom is damp and smells of mould.", "Mould creeping across the ceiling above his cot.",
            "The nursery is riddled with damp.", "Condensation streaming down the walls and mould on the baby's mattress.",
            "The baby's cot is in a room with black mould on the ceiling.", "The flat stinks of damp and the walls are wet."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["The flat is newly decorated, no damp or mould.", "Mum has a mould allergy.",
            "There was a damp patch on the carpet where he'd spilt his drink.",
            "The landlord has fixed the damp and the flat is dry and warm now.", "She had a damp vest from dribbling."] {
            let status = MatcherFixture.status(.neglect, in: text)
            #expect(status == nil || status == .absent, "\(text)")
        }
    }

    /// A young child doing the baby's feeds, bottles or nappies: neglect, not the mother's
    /// isolation; hedged, possible. Helping, or an adult sister, is not.
    @Test func aYoungChildDoingTheCare() {
        for text in ["Her 10 year old does most of the feeds because mum is in bed.",
            "The 12-year-old brother makes up the bottles and changes him.",
            "It's the 9 year old who gets up in the night to feed the baby.",
            "His 11 year old sister is the one feeding and changing the baby.", "The eldest, who's 10, does the night feeds.",
            "The 7 year old does the baby's bottles and nappies when mum is out."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        let hedged = "The 9 year old brother seems to be doing all the night feeds."
        #expect(MatcherFixture.status(.neglect, in: hedged) == .possible)
        #expect(MatcherFixture.status(.isolation, in: hedged) == nil)
        for text in ["Dad does the night feeds.", "Her sister, who is 25, does the night feeds twice a week.",
            "The 10 year old likes to help hold the bottle while mum feeds her.", "Her 7 year old loves helping with bath time.",
            "The 14 year old daughter helps mum with the feeds at weekends."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// Feeds withheld since last night or for hours: neglect. The baby itself not feeding is a
    /// poorly baby, no neglect.
    @Test func feedsWithheld() {
        for text in ["Mum hasn't fed him since this morning and it's now teatime.", "Dad admits he hasn't fed the baby since yesterday.",
            "She hasn't been given a bottle since last night.", "They didn't feed him for the whole day.",
            "Nobody has given her a feed since breakfast.", "Nobody's fed the baby since this morning.",
            "Mum hasn't given him a bottle for hours."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["He hasn't fed since last night and has a temperature.", "She hasn't fed well since yesterday.",
            "Mum fed her at six and she's due another feed soon.", "The baby hasn't fed much today, temperature 38.5."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// The baby's own medicine not collected, started, given or afforded: neglect, and no
    /// parent's untreated mental health. Stopped by the carer, possible. A parent's own medicine,
    /// or the baby's given as prescribed, is no neglect.
    @Test func theBabysMedicalCare() {
        for text in ["The thrush cream the GP prescribed was never picked up.", "The baby's antibiotics were never started.",
            "Mum hasn't been giving her the Gaviscon.", "The prescription for the baby's eye drops still hasn't been collected.",
            "Mum says the antibiotics are too expensive so the baby hasn't had them.",
            "The eczema is cracked and weeping; mum says she can't afford the cream.",
            "His nappy rash is bleeding and mum hasn't bought any cream.", "The nappy rash is now raw and bleeding.",
            "His reflux medication has run out and nobody has reordered it.", "The Daktarin for her oral thrush was never collected.",
            "She hasn't used the emollient on his eczema for weeks and his skin is cracked."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        let collected = "The baby's reflux medicine has never been collected from the chemist."
        #expect(MatcherFixture.status(.neglect, in: collected) == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: collected) == nil)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: collected) == nil)
        #expect(MatcherFixture.status(.neglect, in: "She's stopped giving him his reflux medicine.") == .possible)
        for text in ["Mum stopped taking her sertraline.", "The reflux medicine is working well and he's feeding better.",
            "Mum collected the antibiotics this morning.", "Nappy rash, mum using cream, improving.",
            "Mum hasn't collected her own prescription.", "The thrush has cleared with the Daktarin.",
            "Mum is giving the Gaviscon as prescribed.", "The GP stopped the Gaviscon because the reflux has settled."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Mum hasn't collected her prescription for sertraline.") != nil)
    }

    /// Medical care refused for the baby: neglect, with the danger the illness tells kept. A home
    /// refused to the mother, or a baby taken to hospital, is not.
    @Test func medicalCareRefused() {
        for text in ["Dad won't take her to A&E even though she's been vomiting all night.",
            "Mum refused to let the paramedics examine him.", "They took the baby home from the ward against medical advice.",
            "He has a raging fever and mum won't ring 111.", "The GP wanted to see him today but mum refuses to get him checked.",
            "She's struggling to breathe and dad is refusing to bring her in."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["The 3 week old is burning up and floppy and mum is refusing to take him in.",
            "He's floppy and mum won't call an ambulance."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        for text in ["Her parents refused to take her in when she got pregnant.", "Mum took him to A&E straight away and he was checked over.",
            "Dad won't take him to nursery on Mondays.", "Mum refuses to take her antidepressants.",
            "Mum declined admission to the mother and baby unit.", "Mum didn't need to take him to hospital, the GP saw him."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// A carer out cold with the baby wandering or somewhere unsafe: neglect and danger, the
    /// crawling still read as mobility and "alone" not as the parent's isolation.
    @Test func carerOutColdBabyUnsupervised() {
        for text in ["Dad was unconscious on the floor and the baby was crawling around the broken glass.",
            "The 10 month old was wandering around the flat while his mum was out cold upstairs.",
            "Mum is passed out and the baby is alone on the balcony.", "Dad is out cold and the baby is on his own near the stairs."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.preMobile, in: "Dad was unconscious on the floor and the baby was crawling around the broken glass.") == .absent)
    }

    /// A check missed for the service's reason, or while the baby was in hospital: no neglect.
    /// Missed by the family, it still is.
    @Test func missedForTheServicesReason() {
        for text in ["The 8 week check was missed because the surgery cancelled it.",
            "Missed her jabs because the practice nurse was off sick; rebooked for Monday.",
            "He missed the weigh-in because he was admitted to hospital with bronchiolitis.",
            "Didn't attend the hip scan as the hospital moved the date and never told them.",
            "The baby wasn't seen at clinic because the consultant was off; they've been given another date."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        for text in ["They missed the clinic again and said they forgot; it's rebooked for Friday.",
            "Missed two appointments; the hospital has rebooked them.", "They missed the 8 week check because mum overslept.",
            "The hospital cancelled the first one but they missed the rebooked appointment too."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
    }

    /// A training, teaching or made-up case, or a question of what a word covers: no finding.
    @Test(arguments: [
        "In today's case study, a 6-week-old has a bruise on her cheek.", "Slide 4: bruising in non-mobile babies.",
        "Case study 2: an 8 week old with a torn frenulum.", "Quiz question: a 5 month old has a bruise on the ear - what do you do?",
        "What counts as a bruise - does a faint mark on the shin count?", "Imagine a 3 month old with a bruise on his cheek.",
        "Teaching case for the students: a 4 month old with a burn on her hand.", "The training video shows a father shaking a baby.",
        "On the course we looked at a vignette where a 2 month old had a fractured femur.",
        "Exam question: a 4 month old presents with bruising to the pinna.", "Scenario 3, a 10 week old with fingertip bruising on the chest.",
    ])
    func aTrainingFrameHasNoInjury(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("bruising-protocol"), "\(text)")
    }

    @Test func aTrainingFrameHasNoDangerOrNeglect() {
        for text in ["Scenario for the group: dad shakes the baby.", "Role play this afternoon: a mum who keeps leaving her baby alone in the flat.",
            "Example from the e-learning module: baby left alone in the bath.",
            "Discussion case for the new health visitors: a baby with faltering growth and missed appointments.",
            "Next case study: twins with faltering growth and a cold, dirty flat.", "What counts as neglect when the home is just untidy?"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
    }

    /// A real case told by a trainer, or set against a frame, keeps its findings; so does a
    /// finding told before the frame, and "I imagine" is the speaker's hedge.
    @Test func aRealCaseBesideAFrame() {
        for text in ["I'm the trainer, but this is a real baby I saw today: a 6 week old with a bruise on her cheek.",
            "Not a case study - this is a real 6 week old with a bruise on his ear.",
            "After the training on bruising, I saw a bruise on a baby's ear today.",
            "The baby has a bruise on his cheek; we'll use it as a case study in supervision.",
            "This will make a good case study: the 5 week old has bruising to both ears.",
            "I'm presenting this baby as a case study because she has a bruise on her ear.",
            "Trainer here - a genuine referral: 7 week old with a bruise on the forehead."] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "This isn't a role play, dad is shaking the baby right now.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "Real case, not a scenario: the 2 month old has a burn on her foot.") == .present)
        #expect(MatcherFixture.status(.bruising, in: "I imagine the bruise on his ear happened at nursery.") != nil)
        #expect(DialogueFixtures.recommendationIDs("Not a case study - this is a real 6 week old with a bruise on his ear.").contains("bruising-protocol"))
    }

    /// How long an adult's state has lasted is no age; the baby's age told beside it still is.
    @Test func durationsOfAStateAreNoAge() {
        for text in ["Dad used to drink but he's been sober eight months.", "She's been clean 6 months now.",
            "He's been off the heroin 8 months.", "Mum and her partner have been together eight months.",
            "He's been abstinent 10 weeks.", "Mum has been in recovery 7 months.", "Dad's been drug free 6 months.",
            "Dad's been in prison 5 months.", "She's been on methadone 6 months.", "Mum has stayed dry 5 months."] {
            MatcherFixture.expectAge(text, is: nil)
        }
        MatcherFixture.expectAge("They've been married 3 months and the baby is 5 weeks.", is: 5)
        MatcherFixture.expectAge("Dad has been sober 4 months; the baby is 10 weeks old.", is: 10)
        MatcherFixture.expectAge("Sober 3 months, baby 6 weeks.", is: 6)
        MatcherFixture.expectAge("Clean and dry, 6 weeks old, feeding well.", is: 6)
        MatcherFixture.expectAge("Mum in recovery, baby 7 weeks.", is: 7)
    }
}
