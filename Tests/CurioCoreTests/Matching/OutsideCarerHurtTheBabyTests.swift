import Testing

@testable import CurioCore

/// A childminder, babysitter or nursery worker who hit or hurt the baby ("mum thinks the
/// childminder may have hurt her"): an injury (possible when doubted), and "her" is the baby, no
/// abuse between the adults. A partner who hurt her is still domestic abuse.
@Suite("An outside carer hurt the baby")
struct OutsideCarerHurtTheBabyTests {
    @Test(arguments: [
        "Mum thinks the childminder may have hurt her",
        "she's worried the nursery worker may have hit her",
        "the babysitter hit him",
    ])
    func isInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) != nil, "\(text)")
    }
    @Test(arguments: [
        "Mum thinks the childminder may have hurt her",
        "she's worried the nursery worker may have hit her",
    ])
    func noDomesticAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Mum says her partner may have hurt her",
    ])
    func partnerStaysAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
    }
}
