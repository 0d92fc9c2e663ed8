import CurioCore
import Testing

/// A baby credited with an adult's intent (crying "on purpose", "to wind him up", a "naughty"
/// or "manipulative" baby) is an unrealistic picture of what a baby is: the naive expectations
/// the briefing names, and the one that turns crying into anger. Sentences written for the class.
@Suite("A baby credited with intent")
struct IntentCreditedToTheBabyTests {
    @Test(arguments: [
        "Dad thinks the baby cries on purpose to wind him up",
        "He reckons she's doing it deliberately when she screams",
        "Mum feels the baby is spoilt and manipulative",
        "Partner says the baby is winding him up on purpose",
        "Dad said he's just trying it on when he cries at night",
        "she thinks he wakes up deliberately to annoy her",
    ])
    func intentIsANaiveExpectation(text: String) {
        let status = MatcherFixture.status(.naiveExpectations, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }

    /// Crying itself and a manipulative adult are other things; intent denied is absent.
    @Test(arguments: [
        ("Baby cries a lot in the evening and is hard to settle", RiskFactorID.naiveExpectations, FindingStatus?.none),
        ("Her partner is manipulative and controlling", RiskFactorID.naiveExpectations, FindingStatus?.none),
        ("Her partner is manipulative and controlling", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("Mum knows the crying is not on purpose and asks for help", RiskFactorID.naiveExpectations, FindingStatus?.some(.absent)),
    ])
    func otherThingsAreNot(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
