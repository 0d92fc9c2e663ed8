import Testing

@testable import CurioCore

/// Urgent factors, negation and look-alikes as the retired probe BZ's writers told them (fixer ua):
/// a negation of saying beside an injury, neglect told as a scene, a drunk carer about to take the
/// baby, an injury told as a first-aid scene, dismissive hedges, rules told as advice, an emergency
/// over, a call cut off in fear, and a pregnancy placed now. Sentences written for the classes.
@Suite("ua classes: urgent factors told as scenes")
struct uaClassesTests {
    /// U1, a negation of saying: "mum said nothing at drop-off", "dad said nothing about it" denies the telling, not the injury told beside it (present). A parent's answer "no" to a question still denies.
    @Test(arguments: [
        ("there's a graze on his knee, dad said nothing about it at pick-up", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("a burn on her thumb and mum said nothing when she dropped her off", .otherInjury, .present),
        ("bruise on his forehead, mum said nothing to us at drop-off", .bruising, .present),
        ("asked if he'd had any falls, dad said no", .otherInjury, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aNegationOfSayingDeniesNoInjury(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// U2, neglect told as a scene of daily unmet needs: the same clothes every morning, staff having started to feed the baby, a room full of rubbish (present). A bare mattress alone is safe sleep; a nursery's breakfast for all is no sign.
    @Test(arguments: [
        ("she turns up every morning in the same babygro and the staff have started giving her breakfast", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("her bedroom is full of bin bags and old nappies", .neglect, .present),
        ("he sleeps on a bare mattress in his cot, nothing else in it", .neglect, nil),
        ("the nursery gives all the children breakfast", .neglect, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func neglectToldAsADailySceneIsPresent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// U2b, a carer found passed out or asleep in a public place with the baby's pram: neglect present. A mother dozing beside the pram is not.
    @Test(arguments: [
        ("police found mum out cold on a park bench with the pram beside her", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("mum fell asleep in the park while the baby napped in the pram beside her", .neglect, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aCarerFoundIncapacitatedInPublicWithThePramIsNeglect(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// U3, a drunk carer come to collect or insisting on taking the baby: in charge of it now, so immediate danger. Another carer collecting, or a time that makes it over, is not.
    @Test(arguments: [
        ("grandad's come to collect the baby and he's absolutely hammered", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("mum is staggering drunk and she's insisting on taking him home", .immediateDanger, .present),
        ("mum is drunk, nan has come to collect the baby", .immediateDanger, nil),
        ("he turned up to collect him last week completely wasted", .immediateDanger, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aDrunkCarerAboutToTakeTheBabyIsDanger(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// U3, a grown-up too drunk to stand ("steaming, can barely stand up") says nothing of the baby's mobility; the baby who can't stand yet keeps it.
    @Test(arguments: [
        ("dad's come for her and he's steaming, can barely stand up", RiskFactorID.preMobile, FindingStatus?.none),
        ("mum's drunk again, the baby can't stand up yet", .preMobile, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aGrownUpTooDrunkToStandIsNoPreMobileBaby(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// U4, an injury told as a scene: a part of the baby wrapped in a tea towel, a flannel pressed to it (possible other injury). A towel after a bath or a blanket for warmth is nothing.
    @Test(arguments: [
        ("there was a scream from next door and later she carried him out with his hand wrapped in a tea towel", RiskFactorID.otherInjury, FindingStatus?.some(.possible)),
        ("she had a flannel pressed to his head and wouldn't let me look", .otherInjury, .possible),
        ("his head was wrapped in a towel after his bath", .otherInjury, nil),
        ("she brought him out wrapped in a blanket because it was cold", .otherInjury, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func anInjuryToldAsAFirstAidSceneIsPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// N1, a dismissive hedge offered first ("probably nothing but", "might just be biro but") makes the mark after it possible; a denial before "probably nothing" stays absent.
    @Test(arguments: [
        ("probably nothing but there's a purple mark behind his ear", RiskFactorID.bruising, FindingStatus?.some(.possible)),
        ("might just be biro but she has a blue line on her wrist", .bruising, .possible),
        ("no bruises, probably nothing to worry about", .bruising, .absent),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aDismissiveHedgeOfferedFirstMakesTheMarkPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// S1, a rule about bruises told as advice ("any bruise on a baby that small gets referred"): no finding; a real bruise said beside it stays present.
    @Test(arguments: [
        ("any bruise at all on a baby that small gets referred", RiskFactorID.bruising, FindingStatus?.none),
        ("every mark on an infant under six months goes to the paediatrician", .bruising, nil),
        ("there's a bruise on her cheek and any bruise at that age we refer", .bruising, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aRuleAboutBruisesToldAsAdviceIsNoFinding(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// R1, an emergency over, the doctor's check and the baby fine with "'s" dropped ("the GP checked her and she's completely fine now"): no danger now. A baby blue and floppy now is danger.
    @Test(arguments: [
        ("she went grey round the lips on Monday, the GP checked her and she's completely fine now", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("he's gone blue round the lips and he's floppy", .immediateDanger, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func anEmergencyOverWithTheBabyFineEndsTheDanger(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// U5, a call cut off with the caller in fear ("the line went dead ... she was panicking", "whispering and then the call cut off"): possible immediate danger. A call back with its reason is nothing.
    @Test(arguments: [
        ("the line went dead halfway through and she was panicking", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("she was whispering and then the call cut off", .immediateDanger, .possible),
        ("the phone went dead, she rang straight back, her battery had died", .immediateDanger, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aCallCutOffInFearIsPossibleDanger(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// P1, a pregnancy placed now by "this" stage ("this early in the pregnancy", "at this stage of her pregnancy"): an unborn baby. "In the pregnancy with her eldest" is the past.
    @Test(arguments: [
        ("she's struggling already, this early in the pregnancy", RiskFactorID.unborn, FindingStatus?.some(.present)),
        ("at this stage of her pregnancy she should have booked", .unborn, .present),
        ("she smoked in the pregnancy with her eldest", .unborn, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aPregnancyPlacedNowByThisStageIsUnborn(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// G1, faltering growth told as the weigher's own mild doubt ("he's a bit under where I'd like him", "lighter than we'd want"): possible neglect; a comparison, not a hypothetical, so a filthy home told after it stays present. An EPDS score below expectation is no growth.
    @Test(arguments: [
        ("he's a bit under where we'd want him at this age", RiskFactorID.neglect, FindingStatus?.some(.possible)),
        ("she's lighter than I would like", .neglect, .possible),
        ("he's under where I'd like him and the flat was filthy", .neglect, .present),
        ("her EPDS score is below where I'd expect", .neglect, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func falteringGrowthAsTheWeighersDoubtIsPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// C1, a parent's account of crying that the practitioner's own visits contradict ("but he was settled both times I called"): possible. Crying told plainly stays present.
    @Test(arguments: [
        ("mum says he screams non-stop but he was fast asleep both times I called", RiskFactorID.inconsolableCrying, FindingStatus?.some(.possible)),
        ("dad says she never stops crying but she's been calm whenever I've visited", .inconsolableCrying, .possible),
        ("she screams for hours every evening and nothing settles her", .inconsolableCrying, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func cryingContradictedByTheVisitsIsPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// SH1, an ex-partner's call as the source ("her ex phoned saying the baby isn't fed"): an allegation about the other parent, second-hand, possible; a threat he makes on that call stays his own act.
    @Test(arguments: [
        ("her ex-boyfriend rang us saying mum leaves the baby in a filthy nappy", RiskFactorID.neglect, FindingStatus?.some(.possible)),
        ("mum's ex-partner phoned claiming she's drinking every night", .substanceMisuse, .possible),
        ("her ex rang saying he's going to take the baby tonight", .immediateDanger, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func anExPartnersCallIsSecondHand(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// SH2, the parent's own message relayed by a relative caller ("it's his aunt, she's just messaged me saying she can't go on and she'll take the baby with her"): the mother's own words of her intent, present; what a relative says she saw stays second-hand.
    @Test(arguments: [
        ("it's her cousin, she's just messaged me saying she can't go on and she'll take the baby with her", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("it's his gran, she texted me saying she saw marks on his back", .bruising, .possible),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func theParentsOwnMessageRelayedIsHerAccount(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
