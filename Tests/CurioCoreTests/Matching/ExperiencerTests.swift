import CurioCore
import Testing

@Suite("Experiencer")
struct ExperiencerTests {
    @Test(arguments: [
        "His uncle has bipolar disorder.",
        "Her cousin uses heroin.",
        "The maternal grandmother has a learning disability.",
        "Her best friend is in an abusive relationship.",
    ])
    func otherPeoplesConditionsGiveNothing(text: String) {
        let result = MatcherFixture.matcher.match(text)
        #expect(result.findings.filter(\.status.isPositive).isEmpty, "\(result.findings)")
    }

    @Test func parentAfterRelativeCounts() {
        let result = MatcherFixture.matcher.match("Her sister has anxiety and mum herself has OCD.")
        #expect(result.status(of: .mentalHealth) == .present)
    }

    @Test func parentsChildhoodIsAdverseChildhood() {
        let result = MatcherFixture.matcher.match("Dad's father was an alcoholic when he was a boy.")
        #expect(result.status(of: .adverseChildhood) == .present)
        #expect(result.status(of: .substanceMisuse) == nil)
        let violence = MatcherFixture.matcher.match("She witnessed domestic violence as a child.")
        #expect(violence.status(of: .adverseChildhood) == .present)
        #expect(violence.status(of: .domesticAbuse) == nil)
    }

    @Test func siblingsCarePlanGivesNothing() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "Her older daughter was on a child protection plan in 2019.") == nil)
    }

    /// The father is a parent: his own condition is the parents' finding. ("dad has depression"
    /// had been swallowed whole by a look-alike meant for "dad has a ...".)
    @Test(arguments: [
        ("dad has depression", RiskFactorID.mentalHealth),
        ("dad has anxiety, mum is fine", .mentalHealth),
        ("father has bipolar", .mentalHealth),
        ("dad has LD", .learningDifficulty),
        ("dad is on subutex", .substanceMisuse),
        ("mum gets support from the community LD team", .learningDifficulty),
    ])
    func aParentsOwnConditionIsTheirs(text: String, factor: RiskFactorID) {
        #expect(MatcherFixture.status(factor, in: text) == .present, "\(text)")
    }

    /// A grandparent's drinking or violence while the parent was growing up, the parent named in
    /// the childhood phrase, is the parent's adverse childhood.
    @Test(arguments: [
        "nan was an alcoholic when mum was growing up",
        "grandad drank heavily, mum grew up with it",
        "maternal grandmother was violent when mum was little",
    ])
    func aGrandparentInTheParentsChildhoodIsAdverseChildhood(text: String) {
        let result = MatcherFixture.matcher.match(text)
        #expect(result.status(of: .adverseChildhood) == .present, "\(text)")
        #expect(result.status(of: .substanceMisuse) == nil, "\(text)")
    }

    /// A relative's habit now is theirs, not the parent's childhood; the same in the parent's
    /// childhood is an adverse childhood.
    @Test func aRelativesHabitNowIsNoAdverseChildhood() {
        #expect(MatcherFixture.status(.adverseChildhood, in: "her mum smokes cannabis and uses it daily") == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: "her dad used heroin when she was a child") == .present)
    }

    /// An adult walking is not the baby's mobility: "absent" there would have kept a bruise on a
    /// baby of unknown age from the bruising protocol's question. The baby walking still is.
    @Test(arguments: [
        ("she can't cope with the crying and has to walk away", FindingStatus?.none),
        ("mum walked to the clinic with him in the sling", FindingStatus?.none),
        ("takes her out for a walk in the pram every day", FindingStatus?.none),
        ("mum says she is walking on eggshells around him", FindingStatus?.none),
        ("the family are always on the move", FindingStatus?.none),
        ("dad walks with a stick", FindingStatus?.none),
        ("he is walking round the furniture", FindingStatus?.some(.absent)),
        ("she has just started walking", FindingStatus?.some(.absent)),
    ])
    func anAdultWalkingIsNoMobility(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.preMobile, in: text) == status, "\(text)")
    }

    /// An adult named as the subject of an injury, a neglect word or unsettledness has it
    /// themselves: none of it is the baby's (each had given an urgent referral or 999).
    @Test(arguments: [
        ("dad has a fractured wrist from football", RiskFactorID.otherInjury),
        ("mum is bleeding after the birth", .otherInjury),
        ("grandmother broke her hip in the spring", .otherInjury),
        ("mum looks very thin and unkempt", .neglect),
        ("partner was dehydrated with a stomach bug", .neglect),
        ("mum is often alone all day in the flat", .immediateDanger),
        ("dad seems very unsettled since losing his job", .inconsolableCrying),
        ("nan is walking with a frame now", .preMobile),
    ])
    func anAdultsOwnStateIsTheirs(text: String, factor: RiskFactorID) {
        #expect(MatcherFixture.status(factor, in: text) == nil, "\(text)")
    }

    /// The same words said of the baby still count.
    @Test func theBabysStateStillCounts() {
        #expect(MatcherFixture.status(.neglect, in: "baby looks very thin and unkempt") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the baby has a fractured wrist") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the nurse thinks dad fractured her arm") == .present)
    }

    /// The unborn baby named as the first ("expecting her first baby") is no older child of the
    /// family: the mother's own condition after it stays hers (it gives the pre-birth protocol).
    @Test func expectingHerFirstIsNoOtherChild() {
        #expect(MatcherFixture.status(.mentalHealth, in: "expecting her first baby in March, history of severe depression") == .present)
        #expect(MatcherFixture.status(.unborn, in: "expecting her first baby in March, history of severe depression") == .present)
        // An older child's condition is still theirs.
        #expect(MatcherFixture.status(.mentalHealth, in: "her first child has anxiety") == nil)
    }
}
