import Testing

@testable import CurioCore

/// Second round of the briefing's non-critical themes, for classes an independent battery found
/// the first round missed. Missed: untreated mental ill health told as help asked for a named
/// condition and nothing came or "told to wait", a referral never yet given an appointment (the
/// team named in full), discharged when the parent stopped turning up, an offer and its refusal
/// further apart; isolation told as the answer "no one" when asked whom she could ring; crying
/// said never to stop; an adult's own tears after a state only an adult is in, struggling to get
/// out of bed, a mind giving way in lay words ("feels like he's drowning"); the father kept back
/// by going quiet or clamming up when he is asked about, known only by a first name, no number
/// or address for him, the father not discussed; a birth with the shoulder stuck, the room
/// filling with doctors, "the worst" birth, a birth she still cannot talk about. False: a
/// medicine and "not taking any other drugs" read as a medicine not taken, someone else living
/// alone or support not wanted read as isolation, sepsis weeks after the birth read as a
/// traumatic birth. Sentences written for the classes.
@Suite("Briefing themes, round two")
struct BriefingThemesRoundTwoTests {
    /// Help sought or offered for a condition and never had: untreated, and the ill health said.
    @Test(arguments: [
        "He went to the doctor about his depression last year, nothing happened.",
        "She asked for a referral for her low mood and was told to wait six months.",
        "She begged the GP for support with her PND but never heard anything.",
        "Referred to talking therapies in March, she's still not been sent a date.",
        "She was referred to the CMHT in June and hasn't been offered an appointment yet.",
        "The CPN discharged him when he stopped answering the phone.",
        "Dad was offered CBT for his anxiety but turned it down.",
    ])
    func helpNeverHadIsUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    /// Help for something else, or treatment that came: no untreated mental ill health.
    @Test func helpThatCameOrWasForSomethingElse() {
        for text in ["She asked for help with the damp and nothing ever came.",
            "Referred to physio months ago and still hasn't had an appointment.",
            "Paediatrics discharged him after he stopped vomiting."] {
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
        }
        for text in ["Mum was referred to the perinatal mental health team and had her first appointment last week.",
            "She was offered counselling for the panic attacks and has been going weekly.",
            "She's on sertraline, not taking any other drugs.",
            "Takes her citalopram daily, isn't on any other medication."] {
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .absent, "\(text)")
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.substanceMisuse, in: "She's on sertraline, not taking any other drugs.") == .absent)
        let notTaken = "She was prescribed sertraline but isn't taking any."
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: notTaken) == .present)
    }

    /// Asked whom she could ring, the answer no one: isolation.
    @Test(arguments: [
        "I asked if she had anyone to call on and she said no.",
        "Asked who he could turn to, dad said nobody really.",
        "I asked who she'd phone in an emergency and she said nobody.",
        "I asked if there's anyone who could help overnight and she said not really.",
    ])
    func nobodyToRing(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    /// Someone named, someone else alone, support not wanted: no isolation of hers.
    @Test func notHerIsolation() {
        for text in ["When I asked who she could ring she said her mum, no one else.",
            "I asked if she wanted me to call the GP and she said no.",
            "I asked who she could call and she said her sister would come any time.",
            "Her nan, who lives by herself, visits on Sundays.",
            "She doesn't want any support."] {
            #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.isolation, in: "Her friend moved away and she lives on her own now.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "She doesn't have any support.") == .present)
    }

    /// Crying said never to stop.
    @Test func cryingThatNeverStops() {
        for text in ["His screaming just won't stop, day after day.", "Dad says the crying never lets up."] {
            #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .present, "\(text)")
        }
        for text in ["She cries when you put her down but it doesn't stop her sleeping.",
            "The crying in the background didn't stop the whole call."] {
            #expect(MatcherFixture.status(.inconsolableCrying, in: text) == nil, "\(text)")
        }
    }

    /// An adult's tears, the day's things too hard, a mind giving way in lay words: mental health
    /// to ask about; the baby's crying stays the baby's.
    @Test func mentalHealthInLayWords() {
        for text in ["Mum is overwhelmed since the birth and keeps crying every evening.",
            "She can barely drag herself out of bed.",
            "She feels like she's going under.",
            "Mum says she feels like she is losing her mind.",
            "Mum says she's falling apart.",
            "Mum's not in a good place at the moment."] {
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
            #expect(MatcherFixture.status(.inconsolableCrying, in: text) == nil, "\(text)")
        }
        for text in ["Mum is overwhelmed and he's crying all the time.",
            "He won't settle in his bed and is crying all the time."] {
            #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
        }
        for text in ["The flat is falling apart.", "She feels like the house is under siege.",
            "It feels like the baby is sinking in the mattress."] {
            #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
        }
    }

    /// The father kept back or known only by a first name.
    @Test func fatherKeptBack() {
        for text in ["She only knows him as Jay.", "She clams up whenever I ask about the father.",
            "Mum gets defensive when I ask about dad.", "She goes quiet when I bring up the baby's father.",
            "She refuses to discuss the father.", "She won't name the dad."] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
        }
        for text in ["She goes quiet when he comes into the room.", "She only calls him when she needs money.",
            "She has no number for the health visitor.", "We've got no NHS number for him yet.",
            "She gets defensive when I ask about the baby's weight.", "She won't name him."] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad is called Jay and comes to every visit.") == .absent)
    }

    /// A hard birth in lay words; an illness weeks later, or something stuck that is no birth, is not.
    @Test func birthInLayWords() {
        for text in ["Her shoulders got stuck and they had to pull the emergency cord.",
            "The labour was the worst experience of her life.",
            "She developed sepsis after the emergency section."] {
            #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.traumaticBirth, in: "She still can't talk about the birth without crying.") == .possible)
        for text in ["She had sepsis a few weeks after the delivery from a kidney infection.",
            "His arm got stuck in the cot bars.",
            "His arm and shoulder got stuck in the cot bars last night.",
            "The room was full of doctors at the ward round for her mum.",
            "He got stuck in the car seat on the way out of the shop."] {
            #expect(MatcherFixture.status(.traumaticBirth, in: text) == nil, "\(text)")
        }
    }
}
