import Testing

@testable import CurioCore

/// Classes from the s16 matcher probes (probes-I) and consultations (probes-J): neglect told as
/// what the carer does or how the baby looks (left in the cot while mum pops out, fed nothing
/// but water or juice, ribs showing, lying in the pram for hours, hardly ever picked up, too few
/// feeds, a relative's worry that the baby is getting thin); men off the record (no details
/// held, a man at the door or a man's voice, only a first name, not traced, a record naming no
/// father, a man's things in the home, several men about); little family support; the separated
/// father or the partner's own mother raising a concern. And the look-alikes: a baby left alone
/// now (still danger), a drink of water for hiccups, a baby picked up from nursery, a poorly
/// baby off his feeds, an adult's own ribs, a sibling's plan, the parent's own childhood, an
/// adult not registered with a GP, a DNA test, a father away at work, a home said to have no
/// man in it. Sentences written for the classes.
@Suite("Neglect, father and family words")
struct NeglectFatherAndFamilyWordsTests {
    /// Neglect told as a habit or a scene: left in the cot while the carer nips out, fed
    /// nothing but water or juice.
    @Test(arguments: [
        "She says she leaves him asleep upstairs while she pops to the Co-op.",
        "Mum leaves the twins in their cots when she nips out to the garage.",
        "He has been feeding her nothing but juice.",
        "Dad feeds him only water from a bottle.",
        "The baby isn't registered with a GP.",
    ])
    func neglectToldAsWhatTheCarerDoes(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A suspicion of neglect: the ribs showing, hours in the pram, hardly ever held, too few
    /// feeds, not woken for them, a relative's worry that the baby is getting thin.
    @Test(arguments: [
        "You can see her ribs.",
        "He lies in his pram for hours most days.",
        "Mum hardly ever picks her up.",
        "The baby has only had one bottle today.",
        "Dad doesn't wake her for her feeds.",
        "Nan is worried she isn't feeding well and is getting skinny.",
        "Grandad thinks she's too thin.",
    ])
    func neglectSuspectedFromHowTheBabyLooksAndFeeds(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// The relative's worry is a family concern as well.
    @Test func aRelativesWorryAboutThinnessIsAFamilyConcernToo() {
        let text = "Nan is worried she isn't feeding well and is getting skinny."
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present)
    }

    /// Look-alikes: no neglect of this baby.
    @Test(arguments: [
        "She gives him only water when he has hiccups.",
        "Dad picks her up from nursery every day.",
        "You don't need to wake him for feeds now.",
        "He isn't feeding well and has a temperature.",
        "Mum's ribs are showing, she has anorexia.",
        "Her older brother was on a plan under the category of neglect in 2020.",
        "My mum never fed us when we were little.",
        "Dad isn't registered with a GP.",
        "DNA testing is booked for next week.",
        "Police took a DNA swab.",
    ])
    func lookAlikesAreNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// The parent's own childhood told in her words is her adverse childhood.
    @Test func aParentNotFedAsAChildIsHerAdverseChildhood() {
        #expect(MatcherFixture.status(.adverseChildhood, in: "My mum never fed us when we were little.") == .present)
    }

    /// Left alone now, even to nip to the shop, is still danger now; and the habit denied is
    /// no neglect.
    @Test func leftAloneNowStaysDangerAndADenialIsAbsent() {
        #expect(MatcherFixture.status(.immediateDanger, in: "Mum left the baby alone while she nipped to the shop.") == .present)
        let denied = "Mum doesn't leave him in the cot when she goes to the shop, she takes him with her."
        #expect(MatcherFixture.status(.neglect, in: denied) == .absent)
    }

    /// Men off the record: no details held, a man at the door or a voice, only a first name,
    /// not traced, a record naming no father, his things in the home, not available, not met.
    @Test(arguments: [
        "No information recorded about the father.",
        "Her boyfriend stays most nights but we hold no details on him.",
        "A bloke opened the door and said she was out.",
        "A man's voice could be heard shouting in the background.",
        "I heard a male voice, but mum said she was alone.",
        "We only know his first name.",
        "Police were unable to locate the father.",
        "The birth certificate lists no father.",
        "Men's trainers and a razor in the hallway, though she says she's single.",
        "She told me it might be either of two guys.",
        "Mum won't tell us who he is.",
        "Dad still hasn't been available for any appointments.",
        "Her partner has moved in and we still haven't met him.",
    ])
    func menOffTheRecordAreAnUnknownFather(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    /// In doubt: several men about, whether he lives there, a paternity test.
    @Test(arguments: [
        "Various men are visiting the flat late at night.",
        "Not sure whether dad lives with them.",
        "DNA testing is booked for next week.",
    ])
    func aManInDoubtIsAPossibleUnknownFather(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .possible, "\(text)")
    }

    /// A father who sees the baby, helps, or is proved the father is known.
    @Test(arguments: [
        "The baby's dad visits him every weekend.",
        "Dad helps out loads.",
        "A DNA test has confirmed he is the father.",
    ])
    func aKnownInvolvedFatherIsAbsent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    /// A father away at work when the worker came is no unknown father; not at the visit, with
    /// no reason, still counts.
    @Test func aFatherAtWorkIsNoUnknownFather() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad wasn't at the visit because he was working.") == nil)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad wasn't seen today, he was on shift.") == nil)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad was not present at the visit.") == .present)
    }

    /// Little family or social support, or no family to call on, is isolation.
    @Test(arguments: [
        "Minimal social support.",
        "Her family support is patchy.",
        "She says she hasn't got any relatives here.",
        "Nobody from her family visits.",
        "Mum lives alone with the baby.",
    ])
    func littleSupportIsIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    /// Good support is isolation absent; "alone" said to deny a man in the home is none.
    @Test func supportAndAloneDenyingAManInTheHome() {
        #expect(MatcherFixture.status(.isolation, in: "She has good family support.") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "A man's coat on the sofa; mum insists she lives alone.") == nil)
        #expect(MatcherFixture.status(.fatherUnknown, in: "A man's coat on the sofa; mum insists she lives alone.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "I heard a male voice, but mum said she was alone.") == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Her family history is unremarkable.") == nil)
        #expect(MatcherFixture.status(.isolation, in: "Her family history is unremarkable.") == nil)
    }

    /// The separated father, or the partner's own mother, raising a concern; a grandparent
    /// who says he has none.
    @Test func familyConcernFromTheOtherParentAndThePartnersFamily() {
        #expect(MatcherFixture.status(.familyConcern, in: "I'm the father, me and her mum are separated.") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "Her boyfriend's mother phoned the duty desk.") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "Grandad told me he has no concerns at all.") == .absent)
    }

    /// "Too thin" said of the baby in a relative's words is a suspicion, and the relative's
    /// words are still a family concern; said after a parent is named, it is the parent's own
    /// (or a parent seeking help).
    @Test func tooThinInARelativesWordsIsASuspicionAndAFamilyConcern() {
        let text = "nan keeps telling me for weeks now he's too thin"
        #expect(MatcherFixture.status(.neglect, in: text) == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: "nan is worried she's too thin") == .present)
        #expect(MatcherFixture.status(.neglect, in: "mum has an eating disorder and she is too thin") == nil)
    }
}
