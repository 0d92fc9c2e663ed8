import Testing

@testable import CurioCore

/// What the merge of sc (parent and family factors) and se (whose mum or dad is the baby's) had
/// lost, mended in review (tb): the baby's bruise read as mum's DA after the baby's age, the
/// baby's mum's own report after the baby's age taking her illness and her threat with it, a
/// denial taken by the trailing-age trigger, a relative caller read as the father, something
/// taken as an object read as drug use, and DA or care status given where none was told. Each
/// test keeps the helper's class beside the look-alike it had swallowed. Sentences written for
/// the classes.
@Suite("tb merge review: sc and se classes")
struct tbMergeReviewTests {
    /// Urgent findings lost: "her dad" hurting "her", or "he" hurting "her" just after the baby's
    /// age, is the baby hurt, so her bruise is the baby's, not mum's DA (a couple's months together
    /// stay mum's); the baby's mum telling of her
    /// own voices, thoughts or suicidality keeps the danger and the ill health (the family-concern
    /// look-alike had taken those words with the report).
    @Test(arguments: [
        ("She's 7 weeks, her dad grabbed her and she's got a bruise on her thigh.", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("She's 2 months and her dad slapped her, and she still has a mark on her cheek.", RiskFactorID.bruising, .present),
        ("She's 5 weeks old and he squeezed her and she's got marks on her ribs.", RiskFactorID.bruising, .present),
        ("The baby is 9 weeks; dad shoved her and she has a bruise on her back.", RiskFactorID.bruising, .present),
        ("They've been together 8 months and he shoved her and she has a bruise on her arm.", RiskFactorID.bruising, nil),
        ("He's 5 weeks, his mum has said she hears voices telling her to hurt him.", RiskFactorID.immediateDanger, .present),
        ("He's 5 weeks, his mum has said she hears voices telling her to hurt him.", RiskFactorID.mentalHealth, .present),
        ("She's 10 weeks and her mum told me she has thoughts of harming her.", RiskFactorID.immediateDanger, .possible),
        ("He's 5 weeks and his mum told us she is suicidal.", RiskFactorID.mentalHealth, .present),
        ("He's 5 weeks and his mum told us she is suicidal.", RiskFactorID.familyConcern, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func urgentFindingsBesideTheBabysParentStay(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A denial before the baby's age at the end ("her mum doesn't drink, she's 7 weeks") is never
    /// the habit present (the trailing-age trigger had taken the "doesn't"); a "not" told in the
    /// gap stays a denial.
    @Test(arguments: [
        ("Her mum doesn't drink, she's 7 weeks.", RiskFactorID.substanceMisuse, FindingStatus?.none),
        ("His mum hasn't been depressed, baby 9 weeks.", RiskFactorID.mentalHealth, nil),
        ("Her mum is not drinking, she's 7 weeks.", RiskFactorID.substanceMisuse, .absent),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aDenialBeforeTheBabysAgeIsNoFinding(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A relative on the line ("I'm her dad" of the young mother, "I'm the dad's mum") raises a
    /// family concern and says nothing of the father; "I'm the baby's dad" stays the father known.
    @Test(arguments: [
        ("I'm her dad, she's 16 and had the baby last month.", RiskFactorID.familyConcern, FindingStatus?.some(.present)),
        ("I'm her dad, she's 16 and had the baby last month.", RiskFactorID.fatherUnknown, nil),
        ("I'm the dad's mum and I'm worried about the baby.", RiskFactorID.familyConcern, .present),
        ("I'm the dad's mum and I'm worried about the baby.", RiskFactorID.fatherUnknown, nil),
        ("I'm the baby's dad and I want some advice.", RiskFactorID.fatherUnknown, .absent),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aRelativeCallerIsNoFather(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Something taken as an object, from or to a place ("took something out of the cupboard",
    /// "to the charity shop"), is no drug use; "he'd taken something" with a sign stays suspected.
    @Test(arguments: [
        ("She took something out of the cupboard and threw it at him.", RiskFactorID.substanceMisuse, FindingStatus?.none),
        ("He took something from the baby's room.", RiskFactorID.substanceMisuse, nil),
        ("She took something to the charity shop.", RiskFactorID.substanceMisuse, nil),
        ("We think he'd taken something, he was slurring.", RiskFactorID.substanceMisuse, .possible),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func somethingTakenAsAnObjectIsNoDrug(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// No DA where none is told between the parents (mum's own mum scared of her dad, a complaint
    /// about a service, mum arrested for hitting "him" who may be the baby), while mum arrested for
    /// assaulting dad stays DA; services never involved with her baby do not deny her own care.
    @Test(arguments: [
        ("Mum told me her mum is scared of her dad.", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("She refused to make a complaint about the midwife.", RiskFactorID.domesticAbuse, nil),
        ("Mum was arrested for hitting him, he's 9 weeks old.", RiskFactorID.domesticAbuse, nil),
        ("Mum was arrested for assaulting dad.", RiskFactorID.domesticAbuse, .present),
        ("She was in care from 14 and social services never got involved with her baby.", RiskFactorID.childhoodInCare, .present),
        ("Social services never got involved when he was a boy.", RiskFactorID.childhoodInCare, .absent),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func noFindingWhereNoneWasTold(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Still missed at the start and in the merge (mended in review): the baby found alone with a
    /// stop or a time after it ("found on her own yesterday") is neglect, as "left alone" is; found
    /// alone in a car keeps its danger (the new cue never takes a place's words).
    @Test(arguments: [
        ("The baby was found on her own yesterday.", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("The twins were found alone by a neighbour.", RiskFactorID.neglect, .present),
        ("The baby was found alone in the car outside the shop.", RiskFactorID.immediateDanger, .present),
        ("The baby was found alone in the car outside the shop.", RiskFactorID.neglect, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func theBabyFoundAloneIsNeglect(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
