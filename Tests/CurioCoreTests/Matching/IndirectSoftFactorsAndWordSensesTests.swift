import Testing

@testable import CurioCore

/// Classes a probe of indirect wording found in the softer factors, and two false urgent ones.
/// False: a grown-up's own hurt (a man's grazed knuckles, a grandparent's swollen hand, bruising
/// on a father's arms) and the mother's bleed that a section was done for read as the baby's
/// injury; "rows" of marks read as arguments, and plain rows or arguments read as abuse told.
/// Missed: isolation told indirectly (friends lost, no other adult to talk to, help promised
/// but the helper ill, a partner away through the week); a relative as the source without a
/// call (an older child telling someone, a concern passed on from a great-aunt); a father no
/// professional has met and a man nobody can name; learning difficulty told by what the parent
/// can't do; untreated mental health told as treatment turned down or not known; mental health
/// in lay words; childhood care said as put into care or known to children's services;
/// pre-mobility told as no attempt to crawl; paraphrases of a hard birth, of a baby to mend the
/// couple, of drink to sleep, of a MARAC discussion; a relative's birth read as this birth.
/// Sentences written for the classes.
@Suite("Indirect soft factors and word senses")
struct IndirectSoftFactorsAndWordSensesTests {
    /// F1: a grown-up's own injury, with its owner named, is no injury or bruise of the baby;
    /// the mother's or a partner's is a doubt of abuse. The baby's stays the baby's.
    @Test func anAdultsOwnInjuryIsNotTheBabys() {
        for text in ["Grandad's hand was swollen and bruised when he came to visit.",
            "Stepdad had scratched and bleeding knuckles when the police arrived.",
            "Bruising on her dad's arms from his building job.",
            "Her uncle's shin was cut and bleeding after he fell off the ladder."] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        let partner = "Her partner's knuckles were cut and swollen after the incident."
        #expect(MatcherFixture.status(.otherInjury, in: partner) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: partner) == .possible)
        for text in ["The baby's fingers were grazed and swollen.", "His hand is swollen and he won't use it.",
            "Dad's arm was fine but the baby's lip was split."] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        #expect(!DialogueFixtures.recommendationIDs("Grandad's hand was swollen and bruised when he came to visit, the baby is 5 weeks old.")
            .contains("refer-csc"))
    }

    /// F1: a section done because of a bleed is the mother's haemorrhage, a traumatic birth.
    @Test func aSectionForABleedIsTheMothers() {
        for text in ["Emergency caesarean due to a major bleed, mum needed two units of blood.",
            "Delivered by category 1 section under GA because of a heavy bleed."] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "Section for a bleed; now the baby has a bleed from his ear.") == .present)
    }

    /// F2: rows of things, in a row, the front row are no argument; plain rows or arguments are
    /// a doubt of abuse; rows told as physical, or with fear or control, are abuse.
    @Test func rowsAsLinesAndRowsAsArguments() {
        for text in ["There were three rows of tiny dots along her spine.", "Mum sat in the front row at the parenting class.",
            "Five nights in a row he's woken screaming."] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        }
        for text in ["They have blazing rows about his gambling.", "They argue all the time about the washing up.",
            "She says they've been rowing since the baby came."] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
        }
        for text in ["The arguments have turned physical since the birth.", "They have rows and she's frightened of him."] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.domesticAbuse, in: "They never row.") == .absent)
    }

    /// K1: isolation told indirectly; help and company that are there are no isolation.
    @Test func isolationToldIndirectly() {
        for text in ["She lost contact with her mates when she moved in with him.",
            "She hasn't had a proper conversation with another adult in days.",
            "There's nobody she can really talk to round here.",
            "Her mum is supposed to be coming round to help but she's always poorly.",
            "Her partner's only back at weekends, he drives for a haulage firm.",
            "Dad's away a lot with the army."] {
            #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
        }
        for text in ["Dad was home at the weekend when the rash appeared.", "She keeps in touch with her friends online.",
            "Mum talks to other adults at the baby group every week.", "No, she can talk to her mum any time.",
            "Nobody can talk to her when she's like this."] {
            #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.isolation, in: "She hasn't lost touch with her friends, they visit weekly.") == .absent)
    }

    /// K2: a relative as the source, without a call; a carer of the same age is no relative.
    @Test func aRelativeAsTheSource() {
        for text in ["Her 15 year old told the school nurse there's never any food in.",
            "Police passed on concerns from the baby's great-aunt about the shouting.",
            "Mum's eldest told her form tutor the baby cries all night.",
            "His sister says dad knocks mum about when he's drunk."] {
            #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.domesticAbuse, in: "His sister says dad knocks mum about when he's drunk.") == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: "Her 19 year old partner told me he works nights.") == nil)
    }

    /// K3: a father no professional has met, a man nobody can name or who comes and goes.
    @Test func aFatherNobodyHasMet() {
        for text in ["We have dad's NHS number but nobody from the team has ever met him.",
            "Not known who the man staying at the flat is.",
            "There's a man who comes and goes at all hours."] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.fatherUnknown, in: "Neighbours say a bloke keeps coming and going at all hours.") == .possible)
        for text in ["I know who the man at the door was, it's her brother.", "Her brother comes and goes, he lives with their mum."] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
        }
    }

    /// K4: learning difficulty told by what the parent can't do; forms alone are a doubt; a
    /// teacher of a special class and reading a baby's cues are none.
    @Test func learningDifficultyByWhatTheyCantDo() {
        for text in ["He went to a special needs unit at secondary school.",
            "She can't properly read or write, her sister reads the letters for her.",
            "Dad can't really do writing."] {
            #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.learningDifficulty, in: "She needs help filling in forms.") == .possible)
        for text in ["She teaches a special class at the primary school.", "She can't read his cues yet, he's only 2 weeks."] {
            #expect(MatcherFixture.status(.learningDifficulty, in: text) == nil, "\(text)")
        }
    }

    /// K5: treatment turned down after a "but", keeping from the doctor, treatment not known.
    @Test func untreatedToldAsDecliningOrNotKnowing() {
        for text in ["The midwife offered to refer her to talking therapies but she declined.",
            "The GP offered sertraline but she'd rather cope on her own.",
            "She won't go anywhere near her GP."] {
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "PND after her first, not sure whether she got any treatment for it.") == .possible)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "The GP started her on sertraline but she's still not sleeping.") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "She won't go anywhere near her GP.") == nil)
    }

    /// K6: mental ill health in lay or quoted words; a harm only pictured is no injury.
    @Test func mentalHealthInLayWords() {
        for text in ["She says she gets horrible thoughts of him drowning in the bath.",
            "She can't stop checking the windows are locked.",
            "Her partner's not been right in the head since he left the army.",
            "She has flashes in her head of dropping him down the stairs."] {
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "She has flashes in her head of dropping him down the stairs.") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "Nan says mum's not right in the head lately.") == .possible)
        for text in ["I checked he was breathing when I got there.", "She's right in the head, just tired."] {
            #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
        }
    }

    /// K7: put into care or known to children's services, in the parent's past.
    @Test func childhoodCareSaidOtherwise() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "She was put into foster care at 11 due to her dad's violence.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "She was put into foster care at 11 due to her dad's violence.") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Dad may have been known to social services as a teenager.") == .possible)
        for text in ["Her son was put into foster care last year.", "The family has been known to social services for years."] {
            #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
        }
    }

    /// K9: no attempt, interest or sign of crawling is not mobile.
    @Test func noAttemptToCrawlIsPreMobile() {
        for text in ["At 7 months she makes no attempt to crawl.", "He's 8 months and shows no interest in moving about.",
            "He hasn't shown any sign of crawling.", "She stays right where you leave her."] {
            #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.preMobile, in: "He's crawling everywhere, no stopping him.") == .absent)
    }

    /// K10: the paraphrases, and their look-alikes.
    @Test func paraphrases() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "Labour went badly towards the end, she hasn't wanted to talk about it.") == .possible)
        #expect(MatcherFixture.status(.traumaticBirth, in: "Her hair went wrong at the end of the pregnancy, she laughs about it.") == nil)
        for text in ["She thinks the baby will make things right with her ex.", "She thinks the baby will get them back together."] {
            #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.naiveExpectations, in: "The baby has brought them closer together.") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "He has a few beers every night to help him sleep.") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "She has a glass of milk to help her sleep.") == nil)
        for text in ["The family were discussed at MARAC last week.", "Heard at MARAC in March, high risk."] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.domesticAbuse, in: "Discussed safe sleep with mum.") == nil)
    }

    /// K11: a relative's birth, told with her "'s", is not this birth; this mother's stays.
    @Test func aRelativesBirthIsNotThisBirth() {
        for text in ["Her friend's birth was traumatic and she's scared about hers.", "Her cousin's baby was premature.",
            "Mum's sister's traumatic delivery has scared her."] {
            #expect(MatcherFixture.status(.traumaticBirth, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.traumaticBirth, in: "Her sister's birth went fine but mum had an emergency section.") == .present)
    }
}
