import Testing

@testable import CurioCore

/// Classes a fresh probe found in the urgent findings. Missed: a threat to harm the baby told
/// indirectly (threats made online or by text with the medium between, taking the baby and
/// "ending it", a carer asking for the baby to be taken before they do something to it); a row
/// reported as going on (for the last hour, police en route) with a baby heard crying there; a
/// baby "not brought for" appointments named at length; nobody seeing to the baby; neglect
/// found by officers at a "concern for welfare" call-out read as a doubt. False: a police
/// note's adult woman's injury, a grown-up "tired and shaken", a sibling's injury with the
/// sibling's age between, a fall told ("says he dropped her off the changing table") read as a
/// threat, a parent's childhood after a dash, "watch for" advice and a parent's own GP
/// registration read as neglect. Sentences written for the classes.
@Suite("Indirect threats, live incidents, adults' and siblings' injuries")
struct IndirectThreatsAndAdultsInjuriesTests {
    /// A threat to take or harm the baby with where it was made between, or "and end it".
    @Test(arguments: [
        "Her ex has sent threats by text to take the baby and kill him.",
        "Partner has messaged threats on WhatsApp to hurt the baby.",
        "Her ex keeps posting threats online to snatch the kids.",
        "He wants to take the kids and end it all.",
    ])
    func indirectThreatIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A carer asking for the baby to be taken before they harm it.
    @Test(arguments: [
        "Please take him before I do something to him.",
        "Mum said she needs the baby taken off her before she does something stupid.",
        "Dad said get the twins out of here before I hurt them.",
    ])
    func beforeIDoSomethingIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// Chores before something, threats to someone else, care proceedings, a threat long past.
    @Test func threatLookAlikes() {
        for text in ["Mum wants to get the baby weighed before she goes back to work.",
            "Can you take the baby before I do the bottles?",
            "He received threats on social media after the court case.",
            "Threats to take the baby into care were discussed at conference.",
            "Two years ago he posted threats on Facebook to take the baby."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// A row reported as going on, with a baby heard there: a possible danger now, 999.
    @Test(arguments: [
        "Caller reports a man yelling next door for the past 20 minutes and a baby crying upstairs.",
        "Neighbour says there has been banging and shouting for over an hour and the kids can be heard crying.",
        "Neighbour reports arguing in the flat, police en route, a baby screaming through the wall.",
    ])
    func liveIncidentIsPossibleDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A row heard last week, a baby who has cried for an hour: no danger now.
    @Test func pastRowOrCryingIsNoLiveIncident() {
        for text in ["Neighbours heard shouting last week and the baby crying.",
            "The baby has been screaming for the last hour and won't settle."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// Not brought to appointments named at length, nobody seeing to the baby, neglect found at
    /// a "concern for welfare" call-out.
    @Test func neglectSaidIndirectly() {
        for text in ["She has not been brought for any of her 12 or 16 week jabs.",
            "He wasn't brought to either of his hip or hearing checks.",
            "Police attended a concern for welfare, 4 month old left alone in the house while mum was at the shop."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "The neighbour says nobody ever seems to see to him at night.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "There are concerns for the baby's welfare as a bruise was possibly seen.") == .possible)
        for text in ["This has not been brought to the attention of the clinic before.",
            "The issue hasn't been brought up at any of the reviews.",
            "Dad sees to him at night so mum can sleep."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// A police note's adult woman, a grown-up shaken in feeling, a sibling's injury: not the
    /// baby's. The baby named by its age, or a baby shaken by someone, stays.
    @Test func adultsAndSiblingsInjuries() {
        for text in ["The female sustained a cut to her eyebrow, the 3 month old was asleep.",
            "Female had a cut lip, male arrested.",
            "Dad upset and shaken after the car crash."] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "Adult female had a black eye, 10 week old in the flat.") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "Her brother, 7, broke his arm at school; the baby was checked and has no injuries.") == .absent)
        for text in ["4 month old female had a cut lip.",
            "Female infant with a cut lip, no explanation given.",
            "Baby distressed and shaken by dad last night.",
            "Sibling 4 had a fracture, and the baby has a fracture too."] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "10 week old female with bruising to her arm.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum was tearful and shaken after the row.") == .possible)
    }

    /// A fall told is a possible injury, not a threat; a threat to drop the baby stays danger.
    @Test func fallToldIsNoThreat() {
        let fall = "Mum said she dropped him from the sofa this morning."
        #expect(MatcherFixture.status(.immediateDanger, in: fall) == nil)
        #expect(MatcherFixture.status(.otherInjury, in: fall) == .possible)
        for text in ["Dad says he'll drop her off the balcony if mum doesn't come back.",
            "She says she will drop him if he does not stop crying."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// A parent's childhood after a dash, advice to watch for, a parent's own GP: no neglect.
    @Test func neglectLookAlikes() {
        let childhood = "She was neglected growing up - often no food or heating."
        #expect(MatcherFixture.status(.neglect, in: childhood) == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: childhood) == .present)
        for text in ["Watch for faltering growth if he keeps refusing feeds.",
            "Mum isn't registered with a GP yet, the baby is registered."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        for text in ["Baby has faltering growth, watch for dehydration.",
            "Baby not registered with a GP.",
            "Growing up - mum says she had a good childhood, the baby has no food in the house now."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
    }
}
