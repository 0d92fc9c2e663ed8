import CurioCore
import Testing

/// "No concerns", "not a concern", "not worried" after something placed on the body is a
/// person's attitude to it, not a denial that it is there; after a heading ("bruising - no
/// concerns") it is the heading's verdict; after a reassurance it is the same reassurance.
/// Sentences written for the class.
@Suite("Worry, or none, about a finding")
struct WorryAboutAFindingTests {
    @Test(arguments: [
        ("bruise on his cheek not a concern to mum", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("mark behind her ear, dad not bothered", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("burn on her hand not a concern to dad", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("bruising - no concerns", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("feeding well no concerns", RiskFactorID.neglect, FindingStatus?.some(.absent)),
        ("thriving, not an issue", RiskFactorID.neglect, FindingStatus?.some(.absent)),
        ("mood - no concerns", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
    ])
    func attitudeIsNotDenial(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
