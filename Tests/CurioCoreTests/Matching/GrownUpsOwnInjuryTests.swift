import Testing

@testable import CurioCore

/// A grown-up relative's, friend's or lodger's own bruise or injury ("nans got a bruise on her
/// face", "grandma is covered in bruises", "the lodger has cuts all up his arms") is theirs, not the
/// baby's. The baby's, told by them or said with them, stays: "nan noticed a bruise on her arm" may
/// be the baby girl's.
@Suite("A grown-up's own injury")
struct GrownUpsOwnInjuryTests {
    @Test(arguments: ["nans got a bruise on her face", "grandma is covered in bruises", "nan bruises easily",
        "MGM bruising to both arms - fall"])
    func aGrownUpsBruiseStaysSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["mum's friend had a burn on her face", "the lodger has cuts all up his arms",
        "PGF has burns to hands from work"])
    func aGrownUpsInjuryStaysSilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("nan noticed a bruise on her arm", FindingStatus.possible),
        ("nan says the baby has a bruise on her arm", FindingStatus.possible),
        ("nans got the baby, he has a bruise on his cheek", FindingStatus.present),
        ("nan has bruises on the baby's arms", FindingStatus.present),
    ])
    func theBabysBruiseStays(text: String, status: FindingStatus) {
        #expect(MatcherFixture.status(.bruising, in: text) == status, "\(text)")
    }
}
