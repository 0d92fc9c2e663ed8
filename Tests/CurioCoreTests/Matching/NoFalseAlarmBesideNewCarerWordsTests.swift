import Testing

@testable import CurioCore

/// The rules merged for a carer told gone, a baby left, smoke smelt, a mark changing colour and
/// hesitant speech (taken back, soft answers, days gone by) read some look-alikes wrongly: told
/// dangers as denied, and a baby with an adult, a habit or a smoke with its source as danger now.
/// Narrowed so that each reads as a practitioner means it; the merged findings themselves stay.
/// Sentences written for the classes.
@Suite("No false alarm beside new carer words")
struct NoFalseAlarmBesideNewCarerWordsTests {
    /// A danger told and then hedged after a dash ("- as far as I'm aware.") is told, not denied
    /// (the soft-denial heading now needs its "not"); a day gone by after "since" goes on to now.
    @Test(arguments: [
        "the baby has been left alone in the flat all night - as far as I'm aware.",
        "mum has been leaving him alone at night - as far as I know.",
        "she's left him on his own in the flat again - that's another thing I wanted to mention",
        "he's got the baby now and he's been off his face since the other day",
        "mum left him alone in the bath, that was wrong of her",
    ])
    func aDangerToldStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// "That's another one", "I misread the notes ... and said" after an injury are no
    /// retraction: the injury stays (it had read as absent, a missed bruising protocol).
    @Test(arguments: [
        ("there's a new bruise on his cheek - that's another one since last week", RiskFactorID.bruising),
        ("there's a bruise on his ear, I misread the notes earlier and said his cheek", .bruising),
        ("he's got a burn on his hand, I misread the notes earlier and said his arm", .otherInjury),
    ])
    func anInjuryToldIsNotTakenBack(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// A retraction of the baby itself still takes the bruise back (as merged).
    @Test func aWrongBabyStillTakesTheBruiseBack() {
        let text = "there's a new bruise on his cheek - sorry, wrong baby, that's another family"
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    /// Look-alikes: a carer gone but the baby with an adult, a man left on his own, a baby in its
    /// cot while mum showers, a bath with another adult there, smoke smelt with its source told,
    /// builders' work: no danger now.
    @Test(arguments: [
        "dad's gone to work, nobody else is home and the baby's upstairs with mum",
        "her partner went out, no one else is in the flat, the baby's asleep upstairs with mum",
        "her mum went home so nobody else is with the baby now apart from mum",
        "he's been left on his own while mum's in hospital with the baby and he's struggling",
        "he's left alone while mum is in the shower, he's in his cot",
        "mum leaves him with the dog for a minute while she hangs the washing out",
        "the baby's in the bath and mum's gone to get a towel, dad's in the bathroom with her",
        "I can smell smoke, the neighbours are having a bonfire in their garden, the baby's inside with mum",
        "can smell smoke in the stairwell from someone's cigarette, the baby's in the flat with mum",
        "I can smell burning, mum's just burnt the toast, the baby's in the high chair with her",
        "the builders have just smashed the kitchen up, it's being refitted, the baby's at nan's",
    ])
    func lookAlikesAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A man told gone and "nobody else with her": "her" may be mum or a baby girl, so a
    /// possible danger (still urgent advice), not a plain one.
    @Test(arguments: [
        "dad went to the pub and nobody else is with her, so mum's coping on her own with the baby",
        "dad's gone out, nobody else is there with her tonight",
    ])
    func aPronounAfterAManGoneIsPossible(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }

    /// The merged dangers stay: the carer gone and the baby alone, left with a pet, smoke smelt.
    @Test(arguments: [
        "mum's got in a taxi, nobody else is in the flat and the baby's in there",
        "mum's walked out and left him with the dog",
        "she's gone out, no one else is home, the baby's upstairs",
        "I can smell smoke and the baby's upstairs",
        "mum's gone out and nobody else is with her, she's 8 weeks old",
        "he's just smashed the kitchen up and the baby's in the lounge",
    ])
    func theMergedDangersStay(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// Look-alikes of a mark changing colour: a Mongolian spot, eczema, a grass stain, the yellow
    /// of jaundice are no bruise. A mark or bruise going a colour on the body stays a bruise.
    @Test(arguments: [
        "it's gone yellow on his face and in his eyes, the midwife thinks it's jaundice",
        "his Mongolian spot has gone bluey on his bum, mum says it's always been there",
        "the eczema patch has turned brown on her arm as it heals",
        "the skin has gone yellow on his tummy, he's jaundiced and under the midwife",
        "the grass stain has gone green on his leg",
    ])
    func marksThatAreNoBruiseStaySilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A mark or a bruise gone a colour on the body stays a bruise (kb's class kept).
    @Test(arguments: ["it's gone purple on his cheek", "the bruise has gone yellow on his arm"])
    func aMarkGoneAColourIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A hand flicked away is mum's, no rough handling; the baby's ear flicked stays possible.
    @Test func aHandFlickedAwayIsNoInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "he flicked her hand away when she reached for his phone") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "dad flicked his ear to wake him for a feed") == .possible)
    }

    /// "A little one" is folded into "baby", so a denial taken back with it ("no marks except a
    /// little one on his back") had read as denied, a missed bruise. It is the bruise or burn.
    @Test(arguments: [
        ("no marks except a little one on his back", RiskFactorID.bruising),
        ("no bruises, well, actually there's a little one behind his ear", .bruising),
        ("didn't see any marks, oh wait, there's a little one on her arm", .bruising),
        ("no burns, well, actually there's a little one on his palm", .otherInjury),
    ])
    func aLittleOneTakenBackIsTheInjury(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// ...but "one" placed on someone else is theirs, no injury of the baby's.
    @Test(arguments: [
        ("no bruises apart from the one on his brother's knee", RiskFactorID.bruising),
        ("no bruises, oh wait, mum showed me one on her own arm", .bruising),
        ("no marks except one on the toddler's forehead from nursery", .bruising),
        ("no burns, well, actually there's a small one on dad's hand from the oven", .otherInjury),
    ])
    func oneOnSomeoneElseIsNotTheBabys(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) != .present, "\(text)")
    }

    /// An adult sick since her or his own fall is no head injury of the baby's; the baby sick
    /// since a fall stays one.
    @Test func anAdultsFallIsNotTheBabys() {
        #expect(MatcherFixture.status(.otherInjury, in: "mum's been sick since she fell down the stairs last week") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "nan's been a bit dizzy and sick since she had a fall") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "she was sick after she fell off the bed") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "he's been sick and really sleepy since he fell off the sofa") == .present)
    }

    /// "If anything" as a condition ("if anything goes wrong, like...") keeps its hypothetical;
    /// the baby "on his own" set against twins together is apart, not alone. The baby on his own
    /// with a sibling taken out stays danger.
    @Test func aConditionAndSleepingApartAreNoDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "if anything goes wrong, like he turns up drunk and takes the baby, ring us") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "sleeping arrangements: the twins share a cot, the baby on his own.") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "she feeds the twins together and the baby on her own.") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "mum's taken the toddler to nursery and the baby's on his own") == .present)
    }
}
