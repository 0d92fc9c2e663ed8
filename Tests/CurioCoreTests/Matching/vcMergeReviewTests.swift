import Testing

@testable import CurioCore

/// Merge review of merge36c (reviewer vc, ud's consultation classes): sentences where the merged rules lost an
/// urgent finding or a pregnancy that the starting rules kept, mended as classes, with ud's own look-alikes beside
/// them still holding. Sentences written for the review; checked with the frozen32 binary.
@Suite("vc merge review: what ud's consultation classes took from the baby's own findings")
struct vcMergeReviewTests {
    /// The baby's own injury that ud's look-alikes took: "her" hurt by a child named only by an age ("her 6 year
    /// old who broke her leg, he dropped the baby") is the baby girl's, and a baby "shaken" with a degree and
    /// a person after "by" is a shaking, not the nerves of "she's a bit shaken".
    @Test(arguments: [
        ("His 9 year old who broke her wrist, he pulled the baby off the bed by her arm", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Her 7 year old who scalded her leg with his tea, the baby was on the floor", RiskFactorID.otherInjury, .present),
        ("Dad says she was really shaken by her stepdad, she's been sick since", RiskFactorID.otherInjury, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func injuryTheMergeLostIsKept(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The baby's own bruise that ud's look-alikes took: a little or younger sister covered in bruises
    /// (the baby), "she fell and bruised her tummy" of the baby girl, a black eye mum says her boyfriend gave
    /// "her" (the baby), and the caller ringing about a friend's or neighbour's baby she saw with marks.
    @Test(arguments: [
        ("It's his younger sister who's covered in bruises, she's 11 weeks", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("She fell off the sofa and bruised her tummy, she's only 8 weeks", RiskFactorID.bruising, .present),
        ("Mum slipped holding him and he bruised his tummy on the step", RiskFactorID.bruising, .present),
        ("She has a bruised cheek and mum says her boyfriend did it", RiskFactorID.bruising, .present),
        ("I'm calling about my neighbour's little girl I saw with bruises on her arms", RiskFactorID.bruising, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func bruiseTheMergeLostIsKept(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A mother's bruised bump keeps the pregnancy now (ud's look-alike had taken "her bump" from it).
    @Test(arguments: [
        ("She slipped on the wet floor and bruised her bump", RiskFactorID.unborn, FindingStatus?.some(.present)),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func pregnancyTheMergeLostIsKept(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Danger now that ud's "over and put right" rules took: a colour still blue or grey after a check,
    /// a swallowed tablet or battery checked and "fine", and a carer "back" somewhere else with the baby still alone.
    @Test(arguments: [
        ("She choked, the crew checked her and she's fine they said, but her face is still grey", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("He swallowed one of mum's tablets, the nurse has seen him and he is fine", RiskFactorID.immediateDanger, .present),
        ("This morning dad left her on her own, he's back at the pub now and she's still alone", RiskFactorID.immediateDanger, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func dangerTheMergeLostIsKept(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// ud's classes still hold after the mends: the other person's injury stays silent, mum's own account
    /// is abuse, an episode or absence over and put right is no danger, and a young minder as a habit is no danger now.
    @Test(arguments: [
        ("no, not him - it's his 10 year old who's cut his hand on a tin", RiskFactorID.otherInjury, FindingStatus?.none),
        ("it's my friend's little boy I saw with a bruised face, not this one", RiskFactorID.bruising, nil),
        ("mum fell down the step and bruised her bump", RiskFactorID.bruising, nil),
        ("mum tripped on the rug and bruised her belly", RiskFactorID.bruising, nil),
        ("it's her older brother who's covered in bruises from judo", RiskFactorID.bruising, nil),
        ("she had a fat lip and said her partner did it", RiskFactorID.domesticAbuse, .present),
        ("earlier dad left him alone to go to the shop, he's back now", RiskFactorID.immediateDanger, nil),
        ("she choked on a bit of banana, mum checked her over and she's fine", RiskFactorID.immediateDanger, nil),
        ("he's being babysat by his 12 year old sister most weekends", RiskFactorID.immediateDanger, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func udLookAlikesStillHold(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A young child told first as in charge of the baby now ("the 7 year old is minding him right now"): danger
    /// now and neglect, as ud's "being minded by" (missed by both rule sets before; mended beside the review).
    @Test(arguments: ["the 7 year old is minding him right now, mum has gone to the shop",
                      "her 9 year old sister is babysitting the baby at the moment"])
    func youngChildInChargeToldFirstIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
}
