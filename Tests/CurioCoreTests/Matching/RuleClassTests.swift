import CurioCore
import Testing

/// More rule classes the matcher must generalise over (a fourth session): each test is one
/// class, with sentences written for it the way practitioners talk, not taken from any
/// evaluation file.
@Suite("Rule classes: owners, siblings, feeding, ages, questions")
struct RuleClassTests {
    private static func found(_ id: RiskFactorID, in text: String) -> Bool {
        let status = MatcherFixture.status(id, in: text)
        return status == .present || status == .possible
    }

    /// A parent's own parent or sibling is another person: "mum's mum has bipolar" is the
    /// grandmother's illness, not mum's. What the parent's parent did to the parent is still
    /// the parent's own childhood.
    @Test(arguments: [
        ("mum's mum has bipolar", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("mums mum has depression, mum herself is fine", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("dad's brother drinks heavily", RiskFactorID.substanceMisuse, FindingStatus?.none),
        ("dads dad is on methadone", RiskFactorID.substanceMisuse, FindingStatus?.none),
        ("mum's sister was in foster care", RiskFactorID.childhoodInCare, FindingStatus?.none),
        ("mum's mum has bipolar and mum has PND", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("mum's partner drinks every night", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("mum's own mum kicked her out at 16", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("mum's dad used to beat her", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
    ])
    func aParentsRelativeIsAnotherPerson(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A brother's, sister's or cousin's injury is theirs, not the baby's; an injury a sibling
    /// gave the baby is the baby's.
    @Test(arguments: [
        ("his 2 year old brother has a bruise on his arm", RiskFactorID.bruising, FindingStatus?.none),
        ("her big sister has bruises on her legs from nursery", RiskFactorID.bruising, FindingStatus?.none),
        ("the 4 yr old sibling has a black eye", RiskFactorID.bruising, FindingStatus?.none),
        ("noticed bruising on her sister's shins", RiskFactorID.bruising, FindingStatus?.none),
        ("the older sibling has a broken arm", RiskFactorID.otherInjury, FindingStatus?.none),
        ("his brother broke his wrist at school", RiskFactorID.otherInjury, FindingStatus?.none),
        ("cousin has a burn on her hand", RiskFactorID.otherInjury, FindingStatus?.none),
        ("toddler brother hit him and left a bruise on his face", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("his brother has hit him, bruise on cheek", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("baby 10 wks with bruise on his cheek, older sibling has bruises too", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("brother fell on him and now he has a bruise on his forehead", RiskFactorID.bruising, FindingStatus?.some(.present)),
    ])
    func aSiblingsInjuryIsNotTheBabys(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A bite given to the baby, whoever gave it, is the baby's injury (not abuse of the mother).
    @Test(arguments: [
        "his brother bit him on the arm",
        "the toddler bit her on the cheek",
        "her sister keeps biting her",
        "dog bit him on the leg",
    ])
    func aBiteGivenToTheBabyIsAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }
}

extension RuleClassTests {
    /// A baby "not feeding (well)" is a poorly baby, not a neglected one; a baby "not fed",
    /// "not being fed" or a carer "not feeding him properly" is neglect.
    @Test(arguments: [
        ("baby not feeding well, temp 38", FindingStatus?.none),
        ("not feeding since last night", FindingStatus?.none),
        ("isnt feeding well and very sleepy", FindingStatus?.none),
        ("he's been feeding poorly for two days", FindingStatus?.none),
        ("baby not fed for hours", FindingStatus?.some(.present)),
        ("he's not been fed since this morning", FindingStatus?.some(.present)),
        ("baby is not being fed properly", FindingStatus?.some(.present)),
        ("mum isnt feeding him properly", FindingStatus?.some(.present)),
        ("baby feeding well, no concerns", FindingStatus?.some(.absent)),
    ])
    func notFeedingIsUnwellNotFedIsNeglect(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.neglect, in: text) == status, "\(text)")
    }
}
