import Testing

@testable import CurioCore

/// Classes from probe BF's critical misses and false urgent findings. Missed: a carer's plan to
/// die with the baby said as a euphemism (better off gone, won't be around much longer, wants
/// them both gone, ending things for the pair, better off dead "and so would the baby"); neglect
/// in a neighbour's or relative's lay words (not looked after properly, never taken out, kept
/// indoors). False: a skin heading's "nil" read as its verdict and denied again by the next
/// item's "nil"; a parent's own danger at the birth, scars or old fractures read as the baby's;
/// a bruise said not to be the baby's read as one; the birth injury that explains a bruise read
/// as a second injury. Sentences written for the classes.
@Suite("Euphemised threats, lay neglect, someone else's hurt")
struct EuphemisedThreatsLayNeglectAndSomeoneElsesHurtTests {
    /// A death planned for carer and baby, said as a euphemism: danger now and mental ill health.
    @Test(arguments: [
        "Her text said 'the two of us would be better off gone'",
        "Dad messaged: me and the baby won't be around much longer",
        "Mum keeps saying both of us would be better off dead",
        "She rang crying that she wants us both gone, the baby is in the car with her",
        "He says he'll end things for himself and the twins tonight",
        "Mum said we'll both be gone by the morning",
        "She told me she'd be better off dead and so would the baby",
    ])
    func aDeathForBothSaidAsAEuphemism(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The carer's own wish to die, the baby not named in it: mental ill health, no 999.
    @Test(arguments: [
        "Mum says she'd be better off gone, the baby is at his nan's",
        "He told his GP he'd be better off dead",
        "She thinks the kids would all be better off without her",
    ])
    func aCarersOwnWishToDie(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// An absence, a move, tiredness or a break-up told in the same words: nothing.
    @Test(arguments: [
        "Me and her won't be around tomorrow, we're staying at nan's",
        "She says she'd be better off gone from that flat",
        "The landlord wants them both gone from the house by Friday",
        "Mum's shattered, says she feels completely gone",
        "She wants to end things with him for the baby's sake",
    ])
    func absencesMovesAndTirednessAreNoThreat(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }

    /// Neglect in lay words: told by a neighbour or a relative, possible; said plainly, present;
    /// care said to be proper, absent.
    @Test func neglectInLayWords() {
        for text in ["Her aunt reckons the twins aren't looked after properly",
            "The neighbour says the baby is never taken out of the flat",
            "A neighbour has hardly ever seen the baby out in the pram",
            "Nan worries the baby is kept indoors all the time"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        for text in ["The baby isn't cared for properly", "He's rarely taken outside", "She doesn't look after him properly"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
        }
    }

    /// A pet, an adult on a ward, a trip abroad, a mother who rarely goes out: no neglect.
    @Test(arguments: [
        "The baby is looked after properly",
        "The cat isn't looked after properly",
        "Mum's not being cared for properly on the ward",
        "He's never been taken out of the country",
        "Mum hardly ever gets out since the birth",
    ])
    func careLookAlikesAreNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) != .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) != .possible, "\(text)")
    }

    /// A skin heading followed by a list of nil items denies them all; a mark after it is seen.
    @Test func aSkinHeadingThenNilItems() {
        for text in ["Skin: nil bruises, nil marks, nil rashes", "Skin check - nil marks, none seen",
            "Skin inspection: nil bruising, NAD"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "Skin check: nil bruising, small mark behind his ear") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Support: no concerns, nil isolation") == .absent)
    }

    /// A mother's danger at the birth is a traumatic birth, not danger now.
    @Test(arguments: [
        "She felt her life was at risk during the delivery",
        "Mum was in danger in theatre after a big bleed",
        "Her life was in danger because of the haemorrhage",
    ])
    func aMothersDangerAtTheBirth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// An adult's scars are no child injury; a partner's old or face-bone assault on her is
    /// domestic abuse; the baby's own broken arm or scars stay injuries, its danger now danger.
    @Test func anAdultsOwnHurt() {
        for text in ["Dad has a burn scar on his hand from work", "Mum has scars on her legs from a car accident"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        for text in ["Her ex (the twins' dad) fractured her cheekbone", "He broke her arm three years ago"] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        for text in ["Mum's partner broke her arm last night, she's 10 weeks old", "The baby has burn scars on his feet"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "The baby is in danger right now, dad has a knife") == .present)
    }

    /// A bruise said not to be the baby's gives no baby bruise; "not the first" or "not the only"
    /// bruise, or a bruise placed elsewhere on the baby, is one.
    @Test func whoseBruise() {
        for text in ["Not a baby bruise - the marks are on mum's arms", "It's not the baby who's bruised, it's his mum",
            "The bruise isn't the baby's, it's her brother's"] {
            #expect(MatcherFixture.status(.bruising, in: text) != .present, "\(text)")
            #expect(MatcherFixture.status(.bruising, in: text) != .possible, "\(text)")
        }
        for text in ["This isn't the baby's first bruise", "That's not the only mark on him",
            "The bruise isn't on the baby's arm, it's on his leg"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
    }

    /// The injury that explains a bruise is its cause, not a second injury; a second injury
    /// named, or a non-accidental one, stays.
    @Test func aBruisesExplanationIsNoSecondInjury() {
        for text in ["The mark was put down to a forceps injury",
            "Paediatrics felt the bruise was consistent with an accidental injury",
            "Dad says the bruise is an old injury from the birth"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "The bruise was explained as a birth injury but there is also a fracture of his arm") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "Findings consistent with non-accidental injury") == .present)
    }
}
