import Testing

@testable import CurioCore

/// What merge36c (ua's urgent classes beside ud's) took from urgent findings, found by vb's merge review: a rule about
/// bruises told as advice (ua S1, an ignore) took the only bruise word from this baby's own bruise told after it by
/// "one", "two" or "there are three"; a carer out cold in a public place with the pram (ua U2b, neglect) took the
/// words of the older bare "unconscious" danger cue, so the baby with an unconscious carer lost its danger.
/// Sentences written for the review; look-alikes (the advice alone, a mother dozing by the pram) stay silent.
@Suite("vb merge review: bruise advice beside a real bruise, a carer out cold in public with the pram")
struct vbMergeReviewTests {
    /// A rule about bruises told as advice, then this baby's own bruise told by "one"/"two"/"there are": the bruise is
    /// this baby's, present. The advice alone, or with the baby's bruises denied, gives nothing.
    @Test(arguments: [
        ("every bruise on an infant needs a paediatrician, he's got two on his arm", FindingStatus?.some(.present)),
        ("any bruise on a baby is referred, she has one on her cheek", .present),
        ("all marks on babies are referred, this one has one on his ear", .present),
        ("any bruise on a baby is referred, there is one on his cheek", .present),
        ("every bruise on a baby matters, and there are three on her back", .present),
        ("any bruise on a baby goes to CSC, the one on her cheek is fresh", .present),
        ("any bruise at all on a baby that young and you refer", nil),
        ("every bruise on an infant goes to the paediatrician", nil),
        ("any bruise on a baby gets a body map, she has none on her at all", nil),
    ] as [(String, FindingStatus?)])
    func bruiseAdviceBesideTheBabysOwnBruise(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.bruising, in: text) == status, "\(text)")
    }

    /// A carer found unconscious, out cold or collapsed in a public place with the baby's pram or buggy: neglect and
    /// immediate danger (the baby with no one able to care for it). A mother dozing beside the pram is neither.
    @Test(arguments: [
        ("police found dad unconscious at the bus stop with the buggy beside him", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("police found dad unconscious at the bus stop with the buggy beside him", .neglect, .present),
        ("mum was found out cold on a park bench, the pram beside her", .immediateDanger, .present),
        ("mum was passed out in a shop doorway with the baby in the pushchair", .immediateDanger, .present),
        ("dad was collapsed in the street with the pram, nobody else around", .immediateDanger, .present),
        ("mum fell asleep in the park while the baby napped in the pram beside her", .immediateDanger, nil),
        ("mum fell asleep in the park while the baby napped in the pram beside her", .neglect, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aCarerOutColdInPublicWithThePramIsDanger(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Beside ua's classes, still missed by both rule sets and mended here: the same clothes told first ("same vest
    /// every day") is neglect, a favourite worn each day is not; a carer come to collect the baby with the state told
    /// after "and he's" is in charge of it impaired, so immediate danger; sober, nothing.
    @Test(arguments: [
        ("same vest every day and it stinks", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("he's in the same sleepsuit every morning, soaked", .neglect, .present),
        ("she wears the same vest every day because it's her favourite, it's washed each night", .neglect, nil),
        ("he's turned up to collect her and he's clearly high", .immediateDanger, .present),
        ("dad's turned up to collect him, he's sober", .immediateDanger, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func sameClothesToldFirstAndAnImpairedCarerCollecting(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
