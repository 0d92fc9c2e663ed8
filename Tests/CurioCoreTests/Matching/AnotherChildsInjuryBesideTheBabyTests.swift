import Testing

@testable import CurioCore

/// An older child's injury told beside the baby ("his big sister's covered in bruises, the baby
/// himself hasn't got a mark", "the toddler came in with a broken arm; the baby has no
/// injuries") is that child's: the baby's denial stands, with no injury of the baby's read from
/// the sibling's words. An injury the baby has too, or "one" of the same placed on the baby,
/// stays the baby's; a toddler alone may be the child asked about and keeps its injury.
@Suite("Another child's injury beside the baby")
struct AnotherChildsInjuryBesideTheBabyTests {
    @Test(arguments: [
        "her older sister's covered in bruises from rugby, the baby hasn't got a mark on her",
        "his brother's covered in bruises, the baby's skin is clear and he has no marks",
    ])
    func babysBruisingDenied(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "the toddler turned up with a broken wrist in May; the baby has been examined and has no injuries",
        "her brother came in with a broken leg, the baby has no injuries",
    ])
    func babysOtherInjuryDenied(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "the toddler has a bruise and the baby has one on her forehead",
        "his sister has bruises and the baby has bruises on his back too",
    ])
    func babysOwnBruiseStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the toddler has a burn and the baby has one on her foot", "the toddler has a broken arm"])
    func babysOwnOrToddlerAloneStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
}
