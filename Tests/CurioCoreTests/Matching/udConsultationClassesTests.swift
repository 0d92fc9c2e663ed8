import Testing

@testable import CurioCore

/// Consultation-ordering classes fixed by the ud grid: look-alikes told at the baby's own
/// questions that must stay silent, and a danger told as a scene that must be read as now.
@Suite("ud consultation classes")
struct udConsultationClassesTests {
    /// Another person's bruise told at the baby's bruising question (a sister covered in
    /// bruises, mum the one with bruised knees, a pregnant mum's bruised tummy after a fall) is
    /// no bruise on the baby.
    @Test(arguments: [
        "not on him - it's his older brother who's covered in bruises from rugby",
        "mum's the one with the bruises, she came off her bike",
        "she slipped on the ice and bruised her bump",
    ])
    func anotherPersonsBruiseIsSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// The baby's own bruise told beside the look-alike keeps its finding.
    @Test(arguments: [
        "her sister bruised her knees at school, and the baby has a mark on her cheek",
        "mum fell and bruised her tummy; he has a bruise on his ear",
    ])
    func babysOwnBruiseBesideItIsPresent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A breathing or choking episode told as over, checked since and said to be fine, is no
    /// danger now; one still going on, or checked and not fine, stays danger.
    @Test(arguments: [
        "she went floppy at lunchtime but the GP examined her and she is fine",
        "he stopped breathing for a moment in the night but the crew checked him over and he is fine",
        // "He's" as said: the tokens read "he", its "'s" dropped before "fine", so the cue names
        // "he" and "she" as well as the unmarked "hes" and "shes" (the lead, from ud's t20).
        "he went blue in the bath but the paramedics checked him over, he's fine",
        "she choked on a crisp, dad got it out and the GP examined her, she's okay",
    ])
    func episodeOverAndCheckedIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "she choked, they checked her and she's not fine, still gasping",
        "he choked on a grape and he's still struggling to breathe",
    ])
    func episodeGoingOnIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// The baby being minded now by a young child, or a young child the only one with the baby
    /// now, is danger (and neglect).
    @Test(arguments: [
        "dad's out and she's being looked after by her 7 year old brother",
        "the only one with her at home right now is her 5 year old sister",
    ])
    func youngChildInChargeNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["his 6 year old sister helps mum bath him"])
    func youngChildBesideAnAdultIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// An older child named by an age, in a cleft or with "who", as the one hurt is that child's
    /// injury, not the baby's; the baby's own injury beside it stays.
    @Test(arguments: [
        "no, not her - it's her 7 year old who's burnt her hand on the iron",
        "the 5 year old who cut his knee at the park is fine",
    ])
    func agedSiblingsOwnInjuryIsSilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["her 7 year old who's burnt her hand on the iron, and the baby has a burn on his foot too"])
    func babysOwnInjuryBesideItIsPresent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Mum told as having the injury, then saying her partner did it: her own account of abuse,
    /// present (not only possible); no bruise on the baby.
    @Test(arguments: [
        "mum has a cut lip and told us her husband did it on Sunday",
        "she came in with a bruised eye and said her fella did that",
    ])
    func mumsAccountIsDomesticAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A movement set right as another child's ("the crawling was his brother; this one isn't
    /// crawling yet"): the baby's own "not crawling" is read, pre-mobile present.
    @Test(arguments: [
        "sorry - the cruising was her big sister; this one isn't crawling yet",
        "the walking was his twin; this one can't crawl or shuffle",
    ])
    func movementMovedToAnotherChild(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }

    /// Another family's baby the caller saw with the mark ("it's my neighbour's baby I saw with
    /// the black eye") is no bruise on this baby; the baby's own bruise beside it stays.
    @Test(arguments: ["no - it's my cousin's little girl I saw with a bruised cheek"])
    func anotherFamilysBabySeenWithAMarkIsSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["the neighbour's little boy I saw with a black eye, and she has a bruise on her arm too"])
    func thisBabysBruiseBesideItIsPresent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Left alone last night or earlier today, the carer told back now: over and put right,
    /// neglect but no danger now; still not back, it stays danger.
    @Test(arguments: ["earlier today she left him by himself to go to the shop, mum is back home now"])
    func leftAloneEarlierCarerBackIsNeglectOnly(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["last night mum left him alone and she still isn't back",
                      "she was left on her own this morning and dad still hasn't come home"])
    func leftAloneCarerNotBackIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
