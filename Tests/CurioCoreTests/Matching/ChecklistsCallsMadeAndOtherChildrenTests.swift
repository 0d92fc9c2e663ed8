import Testing

@testable import CurioCore

/// Classes from the s18 N consultation probes (section B, urgent advice wrongly given): a form's
/// headings read as findings with their answers ignored ("Bruises: N", "DA - no", "Bruising Y/N:
/// N", an empty tick box "[ ] DA", "No concerns re: ..."); a 999 call told as done, the baby now
/// safe, or as the reason for a visit in a report; another member of the household, or the
/// parent's own parent named by the parent's name, who drinks or uses; an older child named, with
/// an age in years, whose bruise is not the baby's; "bruce" for a bruise (no BRUE), "not
/// non-mobile", and "in a row" (no quarrel). With the look-alikes both ways: a "Y" answer, a
/// heading answered with what is missing ("Bruise: no explanation"), a call made with the danger
/// going on, the parent's own use, and a named child who may be the baby. Sentences written for
/// the classes.
@Suite("Checklists, calls made and other children")
struct ChecklistsCallsMadeAndOtherChildrenTests {
    /// A heading answered "N", "no" or "nope" after its colon or dash is denied; "Y" is a finding.
    @Test func headingsAnsweredNoAreDenied() {
        let form = "Marks: N. Fractures: N. Home conditions: N. DV: Y, police attended last week."
        #expect(MatcherFixture.status(.bruising, in: form) == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: form) == .absent)
        #expect(MatcherFixture.status(.neglect, in: form) == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: form) == .present)
        let yn = "Injuries Y/N: N. Bruising Y/N: N. Scalds Y/N: Y - left foot."
        #expect(MatcherFixture.status(.bruising, in: yn) == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: yn) == .present)
        let dashes = "Substances - no. DV - no. Mood - no."
        #expect(MatcherFixture.status(.substanceMisuse, in: dashes) == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: dashes) == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: dashes) == .absent)
        #expect(MatcherFixture.status(.neglect, in: "Bruising - no. Neglect - nope.") == .absent)
    }

    /// A heading answered with what is missing about it is no "no": the injury or abuse is there.
    /// "N/K" (not known) is no "N", and "Drugs/alcohol: nil" is one heading.
    @Test func headingsAnsweredOtherwise() {
        #expect(MatcherFixture.status(.bruising, in: "Mark: no explanation offered by either parent") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "DV: no further incidents since the injunction") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "DA: N/K.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Drugs/alcohol: nil.") == .absent)
    }

    /// A heading with a "Y" after a comma is out of the denial before it.
    @Test func aYesAfterADenialIsAFinding() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "no bruises, DV: Y") == .present)
        #expect(MatcherFixture.status(.bruising, in: "no bruises, DV: Y") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "Nil bruising, Neglect: Y") == .present)
    }

    /// An empty tick box denies what it stands before; a ticked one is a finding.
    @Test func tickBoxes() {
        let boxes = "[ ] domestic abuse [ ] drugs [x] low mood [ ] learning needs"
        #expect(MatcherFixture.status(.domesticAbuse, in: boxes) == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: boxes) == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: boxes) == .present)
        #expect(MatcherFixture.status(.learningDifficulty, in: boxes) == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "[x] DV [ ] alcohol [ ] mental health") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "[x] DV [ ] alcohol [ ] mental health") == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "☐ DV ☑ alcohol") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "☐ DV ☑ alcohol") == .present)
        // A bracket around words is no box: its verdict still reaches the heading.
        #expect(MatcherFixture.status(.bruising, in: "Bruising [none seen]") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "Neglect [absent]") == .absent)
    }

    /// "No concerns re:" denies the list after its colon.
    @Test func noConcernsReColonDeniesTheList() {
        let text = "No concerns re: bruising, neglect or domestic abuse."
        #expect(MatcherFixture.status(.bruising, in: text) == .absent)
        #expect(MatcherFixture.status(.neglect, in: text) == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .absent)
    }

    /// A 999 call already made with the baby now safe, or told as the reason for a visit: no
    /// second call advised.
    @Test(arguments: [
        "I've called 999 already and the police are with them now, the baby is safe at her nan's. He punched her in the face.",
        "Called 999 an hour ago and she's now with the paramedics",
        "Following a 999 call from a neighbour, officers attended and found mum intoxicated; the 6 week old is now with his aunt.",
    ])
    func aCallMadeWithTheBabySafeIsNoDanger(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A call just made, with the danger going on or the baby not safe: still danger now.
    @Test(arguments: [
        "I've just called 999, he's still punching her and the baby is in the room with them",
        "I called 999 because the baby isn't safe with him, he's drunk",
        "I've rung 999, I'm not sure she's safe, he has a knife",
    ])
    func aCallMadeWithTheDangerGoingOnIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Another child of the household, or the parent's own mother named by the parent's name:
    /// their drinking or drugs are not the parent's.
    @Test(arguments: [
        "Her brother Jayden, 9, smokes weed in his bedroom; mum doesn't use.",
        "Kerry's own mum is a heavy drinker, Kerry is 17 and the baby is 3 weeks",
    ])
    func anotherPersonsUseIsNotTheParents(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) != .present, "\(text)")
    }

    /// ...but the parent named, a parent who is the eldest of her family, and "Ella's mum" (the
    /// baby's mother) are the parent.
    @Test(arguments: [
        "Kerry drinks heavily and the baby is 3 weeks",
        "Ella's mum drinks every night",
        "mum is the eldest of five and smokes weed daily",
    ])
    func theParentsOwnUseStays(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// An older child named with an age in years, or in months past a year: the bruise is theirs.
    @Test(arguments: [
        "Mason is 5 and has a bruise on his shin from the trampoline, the baby is 10 weeks",
        "Oscar is 18 months and has a bruised knee, the baby Isla is 6 weeks",
        "Her sister Hana, 3, has bad eczema with scratch marks on her arms",
    ])
    func anOlderNamedChildsBruiseIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A named child who may be the baby (an age in weeks, no age, "the baby, X"), or the baby
    /// hurt by the older child: the bruise stays.
    @Test(arguments: [
        "Poppy is 6 weeks and has a bruise on her cheek",
        "Poppy has a bruise on her cheek",
        "the baby, Poppy, has a bruise on her cheek",
        "Alfie, 7 weeks, has a bruise on his ear",
        "Grace has a bruise on her arm and Jack has nothing",
        "Jack, 5, hit the baby and she now has a bruise on her arm",
    ])
    func aNamedChildWhoMayBeTheBabyKeepsTheBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// "Bruce" for a bruise where a bruise is placed or described, never the acronym BRUE; a man
    /// named Bruce is no bruise.
    @Test func bruceIsABruiseNotABrue() {
        let text = "there's a bruce on her forehead, she's 10 weeks"
        #expect(MatcherFixture.status(.bruising, in: text) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil)
        #expect(MatcherFixture.status(.bruising, in: "small bruce to his ear, non mobile") == .present)
        #expect(MatcherFixture.status(.bruising, in: "her boyfriend Bruce hit her again") == nil)
    }

    /// Two denials of mobility are a mobile baby, and the "not" reaches no further.
    @Test func notNonMobileIsMobile() {
        let text = "he's not non-mobile, he crawls everywhere, bruise on his knee"
        #expect(MatcherFixture.status(.preMobile, in: text) == .absent)
        #expect(MatcherFixture.status(.bruising, in: text) == .present)
        #expect(MatcherFixture.status(.preMobile, in: "she isn't pre mobile, she's been cruising since 9 months") == .absent)
    }

    /// Marks "in a row" are a line, not a quarrel; a row between the parents is one.
    @Test func inARowIsNoQuarrel() {
        let marks = "a row of three small bruises on his back"
        #expect(MatcherFixture.status(.domesticAbuse, in: marks) == nil)
        #expect(MatcherFixture.status(.bruising, in: marks) == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "three small round marks in a row on his back") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "they had a massive row last night and he pushed her") == .present)
    }
}
