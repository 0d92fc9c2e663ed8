import Testing

@testable import CurioCore

/// Classes from the s17 K probes: words of injury or abuse used of feelings ("felt bruised", an
/// adult "shaken" by an event, a landlord's or council's threat of eviction or court); findings
/// explained by what they turned out to be (a bruise that was crayon, blood from a nappy rash,
/// eczema or a fissure); an explicit "no danger" before a carer's "about to snap"; a parent's
/// care history told as "looked after until", social care through her childhood or a care
/// order; a parent's adverse childhood told through her own parents; and a mark the speaker has
/// not seen. With the look-alikes both ways: real shaking, real threats, unexplained blood, the
/// baby neglected by a parent now. Sentences written for the classes.
@Suite("Figurative words, explained findings and care history")
struct FigurativeExplainedAndCareHistoryTests {
    /// "Bruised" of a grown-up's feelings is no mark.
    @Test(arguments: [
        "mum said she felt really bruised after the case conference",
        "dad is feeling a bit bruised by the comments from his family",
        "she was left emotionally bruised by how the ward staff treated her",
        "mum feels bruised",
    ])
    func bruisedFeelingsAreNoBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A grown-up shaken by an event is upset, not injured.
    @Test(arguments: [
        "dad was really shaken after the crash on the motorway, the baby was checked and is fine",
        "mum looked shaken up over what happened at the clinic",
        "grandma is still quite shaken following the burglary",
    ])
    func anAdultShakenByAnEventIsNoInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// A threat of eviction or court is no abuse and no danger.
    @Test(arguments: [
        "the council has threatened them with eviction over rent arrears",
        "the landlord threatened to take them to court",
    ])
    func aLegalThreatIsNoAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The real ones stay: a bruise from a buckle, shaking, a baby harmed by a parent, threats.
    @Test func theRealOnesStay() {
        #expect(MatcherFixture.status(.bruising, in: "his leg was bruised by the car seat buckle") == .present)
        #expect(MatcherFixture.status(.bruising, in: "she has a bruised cheek") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "dad shook the baby when he would not stop crying") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the baby was shaken by his father") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "the baby was shaken by his father") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "the newborn has been hit by her mum") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "he threatens her and controls the money") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he has threatened to hurt the baby") == .present)
    }

    /// A bruise or mark found to be something on the skin: no bruise.
    @Test(arguments: [
        "the bruise on his thigh turned out to be blue crayon",
        "the mark under her eye was actually ink from a pen",
    ])
    func aMarkFoundToBeSomethingElseIsAbsent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    /// A little blood with its ordinary cause named is no injury.
    @Test(arguments: [
        "blood in her nappy from a sore nappy rash",
        "his eczema has been bleeding a little",
        "blood in his poo, it's from a small fissure",
    ])
    func bloodWithItsOrdinaryCauseIsNoInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// Blood with no cause, or the cause denied, or another injury beside a rash, stays.
    @Test(arguments: [
        "blood in her nappy and no rash",
        "blood in the nappy, it's not nappy rash",
        "bleeding from his ear and he has eczema",
    ])
    func unexplainedBloodStaysAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// "No danger now" then a carer's strain: the no holds; a threat to the baby after it does not.
    @Test func anExplicitNoDangerHolds() {
        #expect(MatcherFixture.status(.immediateDanger, in: "no danger now, but mum says she's about to snap with the crying") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "mum says she's about to snap with the baby") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "no danger at the moment, but dad says he's about to lose it and hit the baby") == .present)
    }

    /// A parent's care history in other words.
    @Test(arguments: [
        "she was looked after until she was 17",
        "social care were involved with him throughout his childhood",
        "dad was on a care order as a teenager",
    ])
    func careHistoryInOtherWords(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }

    /// ...not the baby's care now or an everyday minding, and hedged when hedged.
    @Test func careHistoryLookAlikes() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "nan looked after the baby until 6 tonight") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "social services are involved with the baby now") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "the baby is subject to a care order") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "she may have been looked after until she was 16") == .possible)
    }

    /// A parent's adverse childhood told through her own parents.
    @Test(arguments: [
        "her dad had bipolar when she was growing up",
        "his mother was an addict throughout his childhood",
        "she was raised by an alcoholic father",
        "he was neglected by his own parents",
        "there was violence between his parents",
    ])
    func adverseChildhoodThroughTheGrandparents(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// ...not a grandparent's illness now, nor the baby neglected now; hedged when hedged.
    @Test func adverseChildhoodLookAlikes() {
        let nan = "her mum has bipolar and helps with the baby"
        #expect(MatcherFixture.status(.adverseChildhood, in: nan) == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: nan) == nil)
        let now = "the baby is being neglected by her parents"
        #expect(MatcherFixture.status(.neglect, in: now) == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: now) == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: "there might have been some neglect in his childhood") == .possible)
    }

    /// A mark someone else told of, which the speaker has not seen: possible.
    @Test func aMarkNotSeenIsSecondHand() {
        #expect(MatcherFixture.status(.bruising, in: "the childminder says there's a bruise on her arm but I haven't seen it") == .possible)
    }

    /// Look-alikes of these classes the lead's read of them found, each kept as it was: a baby
    /// "shaken about" is shaken; blood in a baby's mouth put down to mum's cracked nipples is still
    /// an injury to be checked; a baby looked after since birth says nothing of a parent's care
    /// history; the mother beaten by "his dad" (the baby's father) is abuse now, not her childhood.
    @Test func theLeadsLookAlikesStayAsTheyWere() {
        #expect(MatcherFixture.status(.otherInjury, in: "the baby had been shaken about the place, he is 8 weeks") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "blood in his mouth, mum says it is from her cracked nipples") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "the baby has been looked after since he was born by nan") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum was beaten by his dad last night") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "mum was beaten by his dad last night") == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: "mum was beaten by her dad when she was little") == .present)
    }
}
