import Testing

@testable import CurioCore

/// Classes from the retired BY probe's failures (danger, neglect, bruising, other injury, crying):
/// danger told as over, a baby left alone told by its end, neglect told as a home scene, a mark
/// doubted in the teller's own words, someone at the door now, another's injury beside the baby,
/// a parent's childhood violence, crying told late or with "up", adults screaming at each other,
/// and the denials of a normal examination or a fine home. Each has look-alikes; the urgent
/// finding stays beside the new words. Sentences written for the classes.
@Suite("sb classes")
struct sbClassesTests {
    /// Danger told as over (U1): he has gone or been arrested, mum and baby safe, then mum's report
    /// of what he did ("they're safe at her mum's tonight, but she says he pulled a knife on her"):
    /// no danger now, a negation error before.
    @Test(arguments: [
        "He's cleared off now and they're safe at her mum's tonight, but she says he grabbed her by the throat.",
        "Baby and mum are safe with her nan tonight, but she told us he pushed her down the stairs.",
    ])
    func dangerToldAsOverIsAbsent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .absent, "\(text)")
    }

    /// Danger told as over (U1, look-alike): a danger going on after the safe-now keeps its danger.
    @Test(arguments: [
        "They're safe at her sister's tonight, but she says he's outside with a knife right now.",
    ])
    func dangerGoingOnAfterSafeStays(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A baby found on its own, the carer back after a stretch (U2): neglect, present.
    @Test(arguments: [
        "The baby was asleep in the back seat on her own, mum came back after thirty minutes with shopping.",
        "Infant on his own in the buggy outside the bookies, dad came out after an hour.",
    ])
    func babyFoundAloneUntilCarerCameBackIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A baby found on its own (U2, look-alike): a carer back after a few minutes from the next
    /// room is no neglect.
    @Test(arguments: [
        "The baby was in his cot on his own, mum came back after two minutes with a bottle.",
    ])
    func aShortReturnIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// Neglect told as a home scene by a lay reporter (U3): bins said to overflow, a smell from the
    /// flat, left in a nappy that leaked through, not a drop of milk in the house.
    @Test(arguments: [
        "I live downstairs and their rubbish bags are piled up in the hall and there's a terrible stench from their door.",
        "Her granddad says she'd been left in a nappy that was soaked right through.",
        "There wasn't a single tin of formula in the flat when I called.",
    ])
    func neglectToldAsAHomeSceneIsFound(text: String) {
        #expect([.present, .possible].contains(MatcherFixture.status(.neglect, in: text)), "\(text)")
    }

    /// Neglect as a home scene (U3, look-alikes): a shortage told with its remedy or a pleasant
    /// smell is no neglect.
    @Test(arguments: [
        "There wasn't a drop of milk left in the carton so I popped to the shop for more.",
        "A lovely smell of baking coming from the kitchen.",
    ])
    func aHomeTidyOrAPassingShortageIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A mark doubted in the teller's own words (U4): "I don't think it's a bruise" is a doubt,
    /// possible, as "I doubt it's a bruise" is; it had read as absent (a critical miss).
    @Test(arguments: [
        "I don't think it's a bruise, could be a birthmark, but can someone check.",
        "We don't believe it's a bruise, maybe a blue spot, but paeds should see it.",
        "Don't think those are bruises, want them looked at.",
    ])
    func aMarkDoubtedInTheTellersWordsIsPossible(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    /// A mark doubted (U4): the same for another injury.
    @Test(arguments: [
        "I don't think that's a burn, maybe a patch of eczema.",
    ])
    func aBurnDoubtedIsPossible(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
    }

    /// A mark doubted (U4, look-alike): a denial of what is not an injury stays absent.
    @Test(arguments: [
        "I don't think she's drinking at the moment.",
        "We don't think it's a drink problem, she has the odd glass.",
    ])
    func aHabitDeniedStaysAbsent(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }

    /// A mark doubted (U4, look-alike): the same words of a parent's factor stay a denial (the
    /// doubt is the injuries' only).
    @Test(arguments: [
        "I don't think it's postnatal depression, she's just tired.",
    ])
    func aDoubtedLabelOfAParentStaysDenied(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
    }

    /// A mark doubted (U4, look-alike): a cue starting inside the words ("think it's going to be
    /// easy") keeps its denial.
    @Test(arguments: [
        "Mum doesn't think it's going to be easy at all.",
    ])
    func anExpectationDeniedStaysDenied(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .absent, "\(text)")
    }

    /// Perpetrator at the door now (U5): "he's been hammering on her door all evening" after an
    /// order keeping him from mum and the baby: a possible danger.
    @Test(arguments: [
        "He's got bail conditions not to contact her or the baby, and tonight he's been hammering on her door.",
    ])
    func bangingOnTheDoorTonightWithAnOrderIsPossibleDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }

    /// Perpetrator at the door (U5, look-alike): a knock last month is no danger now.
    @Test(arguments: [
        "He was banging on the door last month, he's not allowed near her or the baby.",
    ])
    func aPastKnockIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Another's injury beside the baby (U6): "she" shown to be mum, by her own account of him or
    /// after his violence, is not the baby's bruise or injury.
    @Test(arguments: [
        "She had marks on her neck and told me he'd choked her at the weekend.",
        "He grabbed her and she had bruises on her wrists, the baby was in his cot.",
    ])
    func mumsOwnInjuryIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// Another's injury beside the baby (U6): the same for a cut lip after his violence.
    @Test(arguments: [
        "He'd punched the wall and she had a split lip when we arrived, baby asleep upstairs.",
        "She came in with a fat lip and told me he'd punched her.",
    ])
    func mumsOwnCutIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// Another's injury beside the baby (U6): an older child's bruises from play are theirs.
    @Test(arguments: [
        "His sister has bruised knees from the trampoline.",
    ])
    func anOlderChildsPlayBruisesAreTheirs(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// Another's injury beside the baby (U6, look-alikes): the baby's own injury keeps its finding.
    @Test(arguments: [
        "His sister has bruised knees from the trampoline, and the baby has a bruise on her cheek.",
        "She's got a bruise on her leg and dad says he dropped her.",
    ])
    func theBabysInjuryBesideAnotherStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A parent's childhood violence (U7): "my dad used to beat us all" is no threat now.
    @Test(arguments: [
        "My stepdad used to hit us all when we were growing up.",
    ])
    func aPastBeatingOfUsAllIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A parent's childhood violence (U7, look-alike): a threat now stays danger.
    @Test(arguments: [
        "He says he's going to beat us all when he gets back.",
    ])
    func aThreatToBeatUsAllStays(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// Crying with the baby named late or told with "up" (C1): "he's been awake half the night
    /// howling, the baby I mean" is the baby's crying.
    @Test(arguments: [
        "He's been awake half the night howling, the baby I mean.",
    ])
    func upAllNightScreamingIsCrying(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .present, "\(text)")
    }

    /// Crying with the experiencer told late (C1, look-alikes): a grown-up named late, or a grown-
    /// up up all night crying, is not the baby's crying.
    @Test(arguments: [
        "He's been crying on and off all night, my husband I mean.",
        "Mum's been up all night crying since the funeral.",
    ])
    func aGrownUpCryingNamedLateIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == nil, "\(text)")
    }

    /// Adults screaming at each other (C2): a row, not the baby's crying.
    @Test(arguments: [
        "You can hear them screaming at one another most evenings.",
    ])
    func adultsScreamingAtEachOtherIsNoCrying(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == nil, "\(text)")
    }

    /// Mum's own care refused after her illness is told: her untreated illness, not the baby's
    /// medical neglect.
    @Test(arguments: [
        "She's been so paranoid since the birth and refuses to let her partner get her to the GP.",
    ])
    func mumsOwnCareRefusedIsNotNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A full examination recorded as normal in shorthand ("NAD on a full head-to-toe", "body
    /// check: NAD"): no other injury, absent.
    @Test(arguments: [
        "NAD on a full head-to-toe today.",
        "Head to toe completed: NAD.",
    ])
    func aNormalFullExaminationDeniesInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .absent, "\(text)")
    }

    /// The home and the baby told as fine in a visit's words ("flat was lovely, clean, food in", "a
    /// healthy weight"): no neglect, absent.
    @Test(arguments: [
        "Flat was lovely, clean, food in.",
        "She's a healthy weight, feeding well.",
    ])
    func theHomeAndBabyToldFineDenyNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
    }

    /// The baby told as fine (look-alike): a weight denied good stays a sign of neglect.
    @Test(arguments: [
        "He's not a good weight, he's dropped since the last visit.",
    ])
    func aNotGoodWeightStaysNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Another's injury beside the baby (U6): mum's injury told with her account of his violence,
    /// or after it with "still" ("he choked her on Sunday, she still has marks on her neck"), is
    /// domestic abuse told, present.
    @Test(arguments: [
        "She came in with a fat lip and told me he'd punched her.",
        "He throttled her at the weekend, she still has marks on her neck.",
    ])
    func mumsInjuryWithHerAccountOrAfterHisActIsDA(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// Another's injury beside the baby (U6, look-alike): an injury told with an account of an
    /// accident, not of violence to her, stays the baby's.
    @Test(arguments: [
        "She came in with a swollen wrist and says her dad dropped her.",
    ])
    func theBabysInjuryWithACarersAccountStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Danger told as over (U1, look-alike): the abuse she reports after it is still found, not
    /// taken by a relative named before it.
    @Test(arguments: [
        "They're safe at her gran's tonight, but she says he kicked her.",
    ])
    func theAbuseToldAfterTheSafeNowStays(text: String) {
        #expect([.present, .possible].contains(MatcherFixture.status(.domesticAbuse, in: text)), "\(text)")
    }
}
