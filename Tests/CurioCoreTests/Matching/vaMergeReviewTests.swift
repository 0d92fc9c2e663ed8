import Testing

@testable import CurioCore

/// What the merge of ub's classes (merge36b) lost, found by the merge review va and mended: the police stop and the
/// watched-for relapse, made boundaries, had ended every scope, so a denial, an "if", a watch or another person's
/// experience before them no longer reached what came after (a denied bruise read present); the control scene read a
/// denied scene and her own phone as his control; the separated dad's worry displaced the cue that had kept his "we
/// split up" from reading as her isolation. ub's own classes keep their findings beside them. Sentences written for
/// the review.
@Suite("va merge review: ub's boundaries, control scene and separated dad")
struct vaMergeReviewTests {
    /// A denial, an "if", a question or a watch reaches past a police stop or a relapse named in it: the injury or
    /// bruise after it stays denied or hypothetical, never present; the stop is still no cessation and the relapse
    /// of her named illness still presupposes it.
    @Test(arguments: [
        ("She denies being stopped by police or any bruising to the baby.", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("Denies any relapse of her psychosis or any injury to the baby.", RiskFactorID.otherInjury, .absent),
        ("Advise her to ring us if he's stopped by police again or hits the baby.", RiskFactorID.otherInjury, nil),
        ("Watch for a relapse of her drinking and for any bruising on the baby.", RiskFactorID.bruising, nil),
        ("If there's a relapse of her bipolar she could hurt the baby.", RiskFactorID.immediateDanger, nil),
        ("Ask mum if there's been any relapse of her depression or any bruising.", RiskFactorID.bruising, nil),
        ("Her sister was stopped by police twice over the limit, and the baby has a burn on his hand.", RiskFactorID.substanceMisuse, nil),
        ("Her sister was stopped by police twice over the limit, and the baby has a burn on his hand.", RiskFactorID.otherInjury, .present),
        ("Mum was stopped by police last night over the limit and the baby in the back had a bruise across his forehead.", RiskFactorID.substanceMisuse, .present),
        ("Mum was stopped by police last night over the limit and the baby in the back had a bruise across his forehead.", RiskFactorID.bruising, .present),
        ("Watch for a relapse of her psychosis; the baby had a bruise on his cheek at today's visit.", RiskFactorID.mentalHealth, .present),
        ("Watch for a relapse of her psychosis; the baby had a bruise on his cheek at today's visit.", RiskFactorID.bruising, .present),
        ("we would need to look out for signs of a relapse of her bipolar", RiskFactorID.mentalHealth, .present),
        ("Keep an eye out for a relapse in her mood; baby noted to have a cut lip.", RiskFactorID.substanceMisuse, nil),
        ("Keep an eye out for a relapse in her mood; baby noted to have a cut lip.", RiskFactorID.otherInjury, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func scopesReachPastAStopOrARelapse(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Control told as a scene and then denied is no abuse (absent, not present), and her own phone kept to hand is
    /// no control; his keeping of it still is, and the bruise or burn beside it stays.
    @Test(arguments: [
        ("She doesn't have to ask him for money, she has her own card; no bruises on the baby.", RiskFactorID.domesticAbuse, FindingStatus?.some(.absent)),
        ("She doesn't need to ask her partner for money and the baby has a bruise on his chin.", RiskFactorID.bruising, .present),
        ("Mum keeps hold of her phone all the time in case the hospital rings about the baby.", RiskFactorID.domesticAbuse, nil),
        ("Mum keeps hold of her bank card and her phone, no concerns about DA, and the baby has a burn on his hand.", RiskFactorID.otherInjury, .present),
        ("She has to ask him for money for nappies and the baby's got a bruise on his ear.", RiskFactorID.domesticAbuse, .present),
        ("She has to ask him for money for nappies and the baby's got a bruise on his ear.", RiskFactorID.bruising, .present),
        ("he keeps hold of her phone and her bank card", RiskFactorID.domesticAbuse, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func controlDeniedOrHerOwnIsNoAbuse(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The baby's father ringing, parted from mum, with his own worry: a known father and a family concern, and
    /// his "we split up" no isolation of hers; the injury or neglect he tells stays.
    @Test(arguments: [
        ("I'm the baby's dad, we split up, her new fella hits the baby and I'm terrified.", RiskFactorID.isolation, FindingStatus?.none),
        ("I'm the baby's dad, we split up, her new fella hits the baby and I'm terrified.", RiskFactorID.otherInjury, .present),
        ("I'm the baby's dad, we split up, her new fella hits the baby and I'm terrified.", RiskFactorID.familyConcern, .present),
        ("I'm the baby's dad, we split up in the spring, she's leaving him with strangers and I'm worried sick.", RiskFactorID.isolation, nil),
        ("I'm the baby's dad, we split up in the spring, she's leaving him with strangers and I'm worried sick.", RiskFactorID.fatherUnknown, .absent),
        ("this is his father, we separated last year, she's drinking again and I'm scared for him", RiskFactorID.familyConcern, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aSeparatedDadsPartingIsNoIsolation(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
