import Testing

@testable import CurioCore

/// Her partner, a man in the home, told in notes as never seen at visits or with nothing held on him ("new
/// boyfriend Kyle - nil info held"): a male carer unknown to services. A carer alone with the baby while the other
/// works ("FOB caring for bb alone while mum is at work") is who has the baby then, not isolation; a mother caring
/// for the baby alone with no support stays isolated.
@Suite("A male carer unseen, and a carer alone with the baby for a while")
struct MaleCarerUnseenAndCarerAloneForAWhileTests {
    @Test(arguments: [
        "Mum's new boyfriend Kyle - nil info held, mum says he babysits sometimes",
        "New partner, never seen at visits, stays most nights",
        "partner (not bio dad) - not present at any appointments, details unknown",
        "Mum's partner has never been seen by professionals",
        "boyfriend: no details held, living at the address",
    ])
    func isPresentFatherUnknown0(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "partner present at visit, details recorded, known to HV",
        "partner - seen at every visit, supportive",
    ])
    func isNotFoundFatherUnknown1(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.fatherUnknown, in: text)), "\(text)")
    }
    @Test(arguments: [
        "FOB caring for bb alone while mum is at work",
        "dad has the baby on his own when she works nights",
    ])
    func isNotFoundIsolation2(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.isolation, in: text)), "\(text)")
    }
    @Test(arguments: [
        "mum is caring for the baby alone, no family nearby",
        "mum alone with bb most days, partner works away",
    ])
    func isFoundIsolation3(text: String) {
        #expect([.present, .possible].contains(MatcherFixture.status(.isolation, in: text)), "\(text)")
    }
}
