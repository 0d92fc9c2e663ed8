import Testing

@testable import CurioCore

/// Merge review of merge36 (reviewer ta): urgent findings the sb and sd classes had taken away from the baby, mended
/// as narrower rules. A baby girl's bruise or injury told as "he grabbed/threw her ... and she has" is hers, not
/// mum's, unless the blow is told with a grown-up's place ("in the face", "against the wall"); a bare "abuse" is no
/// domestic abuse; a brother's push that bruised the baby is no play bruise of the brother's; danger now told beside
/// "he was arrested, on bail", "coming round tonight, but she says he hit her", a drunk call "just before I rang",
/// and an ex hammering on the door stays danger; a low mother who won't let anyone take the baby girl to the doctor
/// is the baby's neglect. Look-alikes the helpers fixed keep their reading. Sentences written for the review.
@Suite("ta merge review: urgent findings kept beside the sb and sd classes")
struct taMergeReviewTests {
    /// The baby girl hurt by him (sb U6, sd): his act to "her" with a baby's place or cause between, then her
    /// bruise or injury, is the baby's; told as a bare "abuse" too. Mum's own, told with her account of him or a
    /// grown-up's place, stays domestic abuse and no bruise.
    @Test(arguments: [
        ("He yanked her out of the cot and she's got fingertip bruises on her thighs, she's 8 weeks", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Dad threw her onto the changing mat and she's got marks on her back", RiskFactorID.bruising, .present),
        ("Her stepdad pinned her down for a nappy change and she got bruises on her legs", RiskFactorID.bruising, .present),
        ("Physical abuse - he grabbed her and bruised her wrist, baby is 6 weeks", RiskFactorID.bruising, .present),
        ("The boyfriend threw her on the bed and she has a swollen cheek now, she's 11 weeks old", RiskFactorID.otherInjury, .present),
        ("He kicked the wall and slapped the baby, and she has a split lip", RiskFactorID.otherInjury, .present),
        ("Yes - dad grabbed her and she's got bruises on her wrist, and the baby as well", RiskFactorID.bruising, .present),
        ("He throttled her on Saturday, she still has marks on her neck", RiskFactorID.bruising, nil),
        ("She came in with a fat lip and said her partner had punched her", RiskFactorID.otherInjury, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func theBabyGirlHurtByHimIsTheBabys(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A brother or sister beside the baby (sb U6): the older child's own play bruise is theirs, but the baby
    /// pushed or dropped by them and bruised in the fall keeps the bruise.
    @Test(arguments: [
        ("Her big brother shoved him, he bruised his cheek in the fall", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("The toddler knocked him over and he bruised his ear on the slide", RiskFactorID.bruising, .present),
        ("His sister has grazed knees from the playground", RiskFactorID.bruising, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func theBabyBruisedByAnOlderChildKeepsIt(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Danger now beside danger told as over (sb U1, U5, sd): "arrested" before a comma, "tonight" without a safe
    /// place, a drunk call "just before" or "once again", an ex hammering on the door. Arrested and taken away, or
    /// a drunk call last Christmas, is over.
    @Test(arguments: [
        ("He's on her doorstep now saying he'll take the baby, he was arrested, he's on bail", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("He's round there tonight, but she says he hit her on Friday and he's threatened to stab the baby when he gets in", RiskFactorID.immediateDanger, .present),
        ("Mum rang me drunk just before I called you, she's got the baby on her own", RiskFactorID.immediateDanger, .present),
        ("Her ex is outside now hammering on the windows, the police are coming, she has the baby", RiskFactorID.immediateDanger, .present),
        ("He threatened to snatch the baby and he's been arrested and taken away", RiskFactorID.immediateDanger, nil),
        ("Dad phoned me drunk last Christmas", RiskFactorID.immediateDanger, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func dangerNowBesideDangerOver(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The baby girl not taken to the doctor (sb): a low mother who won't let anyone "take her" to the doctor, the
    /// baby ill, is the baby's neglect; mum's own care refused ("get her to the GP") stays her untreated illness.
    @Test(arguments: [
        ("Mum's so low and won't let anyone take her to the GP, the baby's been feverish since Monday", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("She's been paranoid for weeks and won't let her mum get her to the doctor", RiskFactorID.neglect, nil),
        ("The bins were piled up because of the bin strike, the flat itself was clean", RiskFactorID.neglect, nil),
        ("FTB (first time buyer), they moved in last spring", RiskFactorID.bruising, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func theBabyNotTakenToTheDoctor(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
