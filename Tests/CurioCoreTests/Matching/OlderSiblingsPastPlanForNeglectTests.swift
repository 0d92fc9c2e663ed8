import Testing

@testable import CurioCore

/// An older child's plan, removal, proceedings or concerns for neglect, told in notes with that child's age in
/// brackets or the plan's years between ("older sister (6) was on a CP plan 2019-21 under neglect"), or its growth
/// that faltered and resolved, is that child's history, not this baby's neglect. The baby named with the sibling as
/// on a plan, or this baby's own neglect told after the sibling's history ("her brother was removed last year and the
/// baby is now being neglected"), stays neglect: a missed neglect is a missed referral.
@Suite("An older sibling's past plan for neglect")
struct OlderSiblingsPastPlanForNeglectTests {
    @Test(arguments: [
        "Older sister (6) was on a CP plan 2019-21 under neglect; now closed.",
        "older sib (5) subject to CPP for neglect 2019-2021, stepped down to CIN then closed",
        "Older brother, 6, had a CIN plan re neglect 2019-2020; closed",
        "Previous CP involvement with older siblings (neglect), closed 2021",
        "Sibling on CP plan (neglect) until 2022, no current involvement",
        "Mum's eldest (now 9) was subject to a CPP for neglect in 2019",
        "Her older two were on CP plans in 2018 under the category of neglect, both now living with MGM",
        "older sister (4) previously on a child protection plan (2021-2023) for neglect, closed",
        "half-brother (8) was on a CIN plan in 2020, category neglect",
        "older siblings were removed in 2019 following neglect proceedings",
        "The 6 year old had a CP plan 2021-22 for neglect",
        "Previous CSC involvement: older sibling CIN 2019 (neglect)",
        "Sibling previously subject to CPP (neglect), closed 2021",
        "Hx: older child LAC due to neglect, placed with PGM",
        "Mum's older child adopted 2018 (neglect)",
        "Older siblings (5 and 7) removed in 2021 due to neglect",
        "eldest (now 8) previously CIN for neglect, closed",
        "half-sibling, 6, on a CPP under neglect until last year",
    ])
    func staysSilentNeglect0(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "History: older sib on CP plan under neglect 2018-19, closed. This baby well cared for.",
        "older brother was on a CP plan for neglect in 2020; this baby clean, well fed and thriving",
        "Previous concerns re neglect of older child (2017) - NFA",
        "referral re neglect of her eldest in 2020, NFA",
        "older brother FTT as a baby, caught up by 2",
    ])
    func isNotFoundNeglect1(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.neglect, in: text)), "\(text)")
    }
    @Test(arguments: [
        "older sibling was on a CP plan for neglect and the baby is now being neglected too",
        "The baby and his older brother are both on CP plans for neglect",
        "Both children, including bb, are on CP plans under neglect since March",
        "Older sibling on CP plan for neglect; this baby is also unkempt, nappy not changed all day",
        "bb (6/52) subject to CP plan under neglect, older sibling (4) also on a plan",
        "Baby on a CP plan for neglect since 2024, older sib not known to us",
        "older sibling on CP plan for neglect; bb today in soiled clothes, nappy rash, underweight",
        "this baby now subject to CP plan under neglect, as was her older brother",
    ])
    func isPresentNeglect2(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "concerns re neglect of the baby, home very dirty",
        "her brother was removed last year and the baby is now being neglected",
        "older sibling removed in 2020, and now this baby is neglected too",
        "Sibling on CP plan; bb appears neglected, dirty and hungry",
        "the older two were adopted; the baby's care is neglectful",
        "brother was on a plan, baby now also showing signs of neglect",
        "sister (4) in foster care since 2022; concerns this baby is being neglected",
        "Older sib previously on CP plan; current concerns of neglect for bb - poor weight gain, missed imms",
        "older brother was in care; baby now neglected, left in dirty nappies",
        "sibling had a CIN plan for neglect in 2019 and the same neglect is now seen with the baby",
        "siblings removed under neglect; this baby is also being neglected",
        "the eldest's CP plan closed in 2021 - now neglect of the baby reported by nursery",
    ])
    func isFoundNeglect3(text: String) {
        #expect([.present, .possible].contains(MatcherFixture.status(.neglect, in: text)), "\(text)")
    }
}
