import Testing

@testable import CurioCore

/// Danger told with what has ended it since ("he's in prison now", "not now, she's at her
/// nan's"), a leaving told with its day first ("at the weekend dad left the baby on her own in the
/// flat"): a history (neglect kept), no danger now. Another household's baby named by a parent's
/// tie ("her friend's baby that was left on his own", "her sister's boyfriend hit their baby"):
/// not this baby. Look-alikes that keep their danger: a threat told with its time and its maker
/// back now, the baby collected by a carer who is drunk, this baby's own fall beside a cousin's
/// visit.
@Suite("Danger over, another household's baby")
struct DangerOverAndAnotherHouseholdsBabyTests {
    @Test(arguments: [
        "in march he said he'd throw the baby out of the window, he's in prison now",
        "he said he'd shut her up, not now though, she's at her nan's",
        "years back he said he'd throw the baby out the window, no contact since",
    ])
    func dangerEndedIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A weapon got out with a threat to the two of them, told as last night: the abuse told.
    @Test func aWeaponAndAThreatLastNightIsAbuse() {
        let text = "baby's at my mum's now, but last night he had a blade out saying he'd finish the pair of them"
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present)
    }

    /// A threat to the mother told as done in front of the baby: abuse, no danger now; with him
    /// still there, danger as well.
    @Test func aThreatToMumInFrontOfTheBaby() {
        let past = "a fortnight ago he threatened to strangle her in front of the baby, he's on bail now"
        #expect(MatcherFixture.status(.immediateDanger, in: past) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: past) == .present)
        let now = "he threatened to strangle her in front of the baby and he's still there"
        #expect(MatcherFixture.status(.immediateDanger, in: now) == .present)
    }

    @Test(arguments: [
        "on saturday mum left the baby on his own in the house for twenty minutes",
        "it was last week she left her in the car outside the chemist",
    ])
    func aLeavingWithItsDayFirstIsNeglect(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "it's her mate's baby that was left on her own, not this one",
        "his cousin's baby has bruises on her legs",
        "her brother's girlfriend shook their baby",
        "she's upset about her cousin's baby, she's always left on her own",
        "the couple across the landing leave their kids on their own",
    ])
    func anotherHouseholdsBabyGivesNothing(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// The end of one danger does not end another told before it: the baby alone now, mum held.
    @Test func aBabyAloneWithMumInCustodyStaysDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby's on his own in the flat, mum's in custody") == .present)
    }

    @Test(arguments: [
        "her ex has just turned up and he threatened to hurt the baby last week",
        "not at her nan's now, dad's picked her up and he's off his face",
        "he's back and he's got her, he said before he'd hurt her",
    ])
    func dangerBesideAPastOneStays(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// This baby's own injury told after another's visit stays.
    @Test func thisBabysInjuryAfterACousinsVisitStays() {
        #expect(MatcherFixture.status(.otherInjury, in: "her friend's baby came round and the baby fell off the bed and has a lump on his head") != nil)
    }
}
