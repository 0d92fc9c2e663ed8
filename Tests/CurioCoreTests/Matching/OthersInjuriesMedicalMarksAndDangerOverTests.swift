import Testing

@testable import CurioCore

/// Classes of false urgent findings and negation errors on critical factors that probes BC, AZ,
/// BA and BB found (fixer ic). False: an adult's or an older child's injury given to the baby,
/// even with the baby's own "no injuries" (mum admitted with a fracture, an ED "28F" handover,
/// "my own shin", a sibling's scald, a pupil's or a 7-year-old's fracture, another family's baby);
/// a medical mark or a birthmark read as a bruise (a procedure's puncture, "= mongolian blue
/// spot", a patch recorded at the newborn check, "it's a cafe-au-lait patch, not a bruise" over
/// the worry before it, "body map clear of bruises"); danger that is over (the threatener on
/// remand, "no current risk", now in a refuge, an urge handled by putting the baby down, a
/// report found untrue, a baby left alone "in March": neglect kept, no danger now); mess or
/// disrepair that is no neglect (an untidy home with the baby fed and changed, a landlord's
/// repair), an adult's own missed appointments, an older child's plan for neglect; a topic (a
/// training, why people shake babies, a broken window boarded up); violence not between the
/// adults (a sibling hitting the baby, harm to a partner's child). Look-alikes both ways: the
/// baby's own injury, an unexplained mark, danger now and real neglect stay. Sentences written
/// for the classes.
@Suite("Others' injuries, medical marks, danger over, mess, topics")
struct OthersInjuriesMedicalMarksAndDangerOverTests {
    /// An adult who came to hospital with an injury of their own, the baby cleared: the baby's negation stands.
    @Test func anAdultsInjuryAtHospitalIsNotTheBabys() {
        for text in [
            "Dad came in with a broken wrist after a fall at work; the baby was not hurt.",
            "Mum was admitted with a fractured ankle after tripping on the stairs, the baby has no injuries.",
            "Grandma presented with a head wound after a fall, baby with her and unharmed.",
            "Handover: 31M, scalp laceration after a fight, the infant was checked and is unharmed.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .absent, "\(text)")
        }
    }

    /// An injury or a bruise on the speaker's own body ('my own hand', 'my arm').
    @Test func theSpeakersOwnInjuryIsNotTheBabys() {
        for text in [
            "I've got a cut on my own hand from the tin; the baby has no marks.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
        }
        for text in [
            "There's a bruise on my arm from the car door, baby's fine.",
            "I scraped my knee and there's a graze on my own leg.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        for text in [
            "There's a burn on my hand from the oven.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
    }

    /// An older child's injury named by whose it is, by an age in years, a pupil's, another family's baby's bone.
    @Test func anOlderChildsInjuryIsNotTheBabys() {
        for text in [
            "Her brother's broken arm was investigated last year and found accidental.",
            "The 9-year-old sibling has a broken wrist from football.",
            "Year 6 pupil broke his arm at the weekend.",
            "Her stepson, who's 10, fractured his ankle playing rugby.",
            "His cousin's baby had an arm fracture last spring.",
            "The 8 year old's burn scar is from years ago.",
            "Her son, 5, burnt his hand on the oven last year.",
            "Nan fell and broke her hip last week, so mum has no help.",
            "Dad's burnt hand is healing, the baby is fine.",
            "Mum's broken wrist means she can't lift the baby easily.",
            "Mum is in hospital with a broken leg.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        for text in [
            "The older sibling's burn was from 2020, the baby has no injuries.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .absent, "\(text)")
        }
        for text in [
            "The sibling's bruise last month turned out to be from PE.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
    }

    /// A client's or a man's grazes listed with a black eye are his; mum's bruise with two describing words, or put down to her partner, is abuse of her.
    @Test func aMansInjuriesWithABlackEyeAndMumsBruises() {
        for text in [
            "Client has grazes on his hands and a black eye, says he fell.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        for text in [
            "Client has grazes on his hands and a black eye, says he fell.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        for text in [
            "Mum had a big purple bruise on her arm; baby skin clear.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
        }
        for text in [
            "Mum had a big purple bruise on her arm; baby skin clear.",
        ] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
        }
    }

    /// The baby's own injury stays, with an adult, a sibling or the speaker in the sentence.
    @Test func theBabysInjuryStays() {
        for text in [
            "Mum came in with the baby, who has a broken wrist.",
            "Mum brought him in with a cut on his head.",
            "Her brother broke the baby's arm.",
            "Her brother burnt the baby with a lighter.",
            "Her brother fractured the baby's arm when he fell on him.",
            "Her baby brother's burn was on his hand.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        for text in [
            "There's a bruise on the baby's cheek; the older sibling has no injuries.",
            "His sister bruised him when she grabbed his arm.",
            "Mum had a bruise on the baby's leg she wanted me to look at.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        for text in [
            "Mum's broken his wrist.",
            "Mum is in A&E with the baby, who has a broken leg.",
            "Her son, 1, burnt his hand on the oven.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
    }

    /// A mark left by a procedure, a mark put equal to a birthmark, a patch recorded as one, a mark named a birthmark in its own clause.
    @Test func medicalMarksAndBirthmarksAreNoBruise() {
        for text in [
            "Tiny mark on his thigh from the jab yesterday.",
            "Little bruise on her heel from the heel prick.",
            "Two small marks on the back of his hand from the cannula.",
            "mark on back = mongolian blue spot, in red book",
            "patch on sacrum = MBS, documented NIPE",
            "Purple patch on his eyelid = salmon patch.",
            "Bruising at the injection site on her leg.",
            "Small bruise on his thigh at the site of his 8 week jabs.",
            "Heel prick marks on both heels.",
            "Mark on his arm from the BCG.",
            "Blue-grey patches over her sacrum and buttocks, documented as Mongolian blue spots at the NIPE.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        for text in [
            "Mum was worried about a pink mark on the baby's neck; it's a stork mark, not a bruise.",
            "HV concerned about a brown patch on his leg; it's a birthmark the GP has seen, not bruising.",
            "Skin check: clear of bruises.",
            "Body map clear of any marks.",
            "Full skin check, free of bruising.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
        }
    }

    /// A mark nobody explains, a carer's word against the record, a contrast after the clear check.
    @Test func aMarkNotExplainedStays() {
        for text in [
            "There's a puncture mark on his arm and mum can't explain it.",
            "Bruise on his arm, mum says from the jab but the jab was in his thigh.",
            "Mark on his cheek; it's a bruise, not a birthmark.",
            "Body map clear of bruises except one on his ear.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        for text in [
            "Bruise on his arm, mum says it's from the jab.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        for text in [
            "Blue patch on his back, mum says it's a birthmark but it wasn't recorded at the newborn check.",
            "Grey patch over his lower back, not documented as a mongolian spot.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
        }
    }

    /// A threat made by one now held, no current risk, now in a refuge, a report found untrue.
    @Test func dangerThatIsOver() {
        #expect(MatcherFixture.status(.immediateDanger, in: "Last year dad said he'd kill the baby; he is now on remand.") == nil)
        // An urge told with the baby put down and help rung keeps its danger: the same words end
        // an urge now ("she says she wants to hurt him but she put him down and rang her mum").
        for text in [
            "She felt like shaking him when he wouldn't stop crying, but she put him down and rang her sister.",
            "She says she wants to hurt him but she put him down and rang her mum.",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) != nil, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        for text in [
            "Years ago her ex threatened to stab her; he's been in prison since and there's no current risk to the baby.",
            "was in danger last week, now in a refuge, safe",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .absent, "\(text)")
        }
        for text in [
            "The report said the baby was left alone but she was in fact with her nan next door.",
        ] {
            // Answered, not closed: the same words are a carer's claim, so the neglect is only possible.
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "The baby was left alone all night, mum claims she was in fact with nan.") != nil)
        for text in [
            "Dad was arrested for threatening to stab mum and is now in custody.",
            "Last month dad threatened to stab mum; he's been on remand since.",
        ] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
    }

    /// A baby left alone in a month or a season gone by: neglect, no danger now.
    @Test func aBabyLeftAloneInAMonthGoneByIsNeglect() {
        for text in [
            "In March she was left on her own in the flat while mum went to the shop.",
            "Back in January the baby was left alone in the house for an hour.",
            "In the summer he was left alone in the car outside the shop.",
            "Mum left him in the car in June while she went into the shop.",
        ] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in [
            "In March she was left on her own in the flat while mum went to the shop.",
            "Back in January the baby was left alone in the house for an hour.",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// Danger told as now stays, with a past, a prison or a putting down beside it.
    @Test func dangerNowStays() {
        for text in [
            "He's threatening to kill her right now and the baby is in the flat.",
            "He threatened to kill the baby last night and he's still outside.",
            "She says she feels like shaking him right now.",
            "I feel like shaking him, I've put him down but I can't cope.",
            "He's been released from prison and threatened to kill her and the baby tonight.",
            "Police attended but he's still in the house with the baby and a knife.",
            "The baby was left alone last night and mum still isn't back.",
            "Years ago he hit her, and tonight he is outside with a knife and the baby is in the flat.",
            "He smashed the window and he's still outside with the baby in there.",
            "Mum has left him in the car in the car park, it's June and boiling.",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        for text in [
            "The baby has been shaken.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
    }

    /// An untidy home with the baby's needs met, a landlord's repair, the adult's own appointments, an older child's plan.
    @Test func messRepairsAndAnAdultsAppointmentsAreNotNeglect() {
        for text in [
            "The flat's a mess but he's always clean and well fed.",
        ] {
            #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
        }
        for text in [
            "There's mould in the bathroom that the landlord still hasn't fixed.",
            "Damp and mould in the bedroom is a repair the council has booked.",
            "Mum has missed her last two counselling appointments.",
            "Dad keeps missing his probation appointments.",
            "She missed her own postnatal check and hasn't seen the GP.",
            "His eldest, now 6, was on a CP plan last year for neglect.",
        ] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// Neglect of the baby stays.
    @Test func realNeglectStays() {
        for text in [
            "She's missed the baby's 8 week check and two sets of jabs.",
            "The baby was discharged from the paediatric clinic after missing three appointments.",
            "The flat is a tip, dog mess on the floor, and the baby is in a dirty nappy.",
            "Damp and mould all over the baby's room and mum won't open the windows.",
            "The place is a mess and the baby hasn't been fed since this morning.",
            "The flat is a mess and she's not fed properly.",
            "The baby was on a CP plan for neglect last year.",
        ] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
    }

    /// A training's topic, why people hurt babies, a broken window left as a repair.
    @Test func aTopicIsNoFinding() {
        for text in [
            "We had a session about recognising burns in babies.",
            "She said she can see how parents end up shaking their babies, but she never has.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        for text in [
            "We had a session about recognising bruising in babies.",
            "The session about bruising was useful.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        for text in [
            "Training was on burns and fractures in babies.",
            "Training yesterday was on burns and fractures.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        for text in [
            "Broken window in the lounge, boarded up, landlord aware.",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        for text in [
            "Broken window in the lounge, boarded up, landlord aware.",
        ] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        }
        for text in [
            "After the training on bruising I saw a bruise on his ear.",
            "We did a session on the baby's bruise with mum.",
            "I need to talk about a bruise on the baby's ear.",
            "Session with mum about bruising on his arm.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
    }

    /// A sibling hitting the baby, a conviction for harm to a partner's child: no abuse between the adults.
    @Test func violenceNotBetweenTheAdultsIsNotAbuse() {
        for text in [
            "Bruise on her cheek from her brother hitting her with a spoon.",
            "He has a conviction for GBH against his ex-girlfriend's son.",
        ] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        }
        for text in [
            "Dad has a conviction for ABH against a previous partner.",
            "Mum says her partner hits her.",
        ] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
    }

    /// A danger told as over calls no 999.
    @Test(arguments: [
        "Last month dad threatened to stab mum; he's been on remand since.",
        "In March she was left on her own in the flat while mum went to the shop.",
    ])
    func noEmergencyForADangerOver(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A procedure's mark or a clear body map on a young baby starts no bruising protocol.
    @Test(arguments: [
        "Tiny mark on his thigh from the jab yesterday, he's 8 weeks.",
        "Body map clear of bruises, she is 10 weeks old.",
    ])
    func noBruisingProtocolForAMedicalMark(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("bruising-protocol"), "\(text)")
    }

    /// The baby's own injury, told beside a sibling or an adult, still refers.
    @Test(arguments: [
        "Her brother fractured the baby's arm when he fell on him.",
        "Mum brought him in with a cut on his head, he is 6 weeks.",
    ])
    func theBabysInjuryStillRefers(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }
}
