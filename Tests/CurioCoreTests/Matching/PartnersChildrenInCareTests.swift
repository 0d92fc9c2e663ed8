import Testing

@testable import CurioCore

/// A parent's or partner's children in care from an earlier relationship ("current partner has 3 kids in care
/// from a previous relationship"): those children's care, not the parent's own childhood in care. The parent's own
/// time in care stays.
@Suite("A partner's children in care")
struct PartnersChildrenInCareTests {
    @Test(arguments: [
        "current partner Lee (29) is not the father and has 3 kids in care from a previous relationship",
        "FOB has two children in foster care from his first marriage",
        "Mum's partner has 2 children in care",
        "his older ones are in care from an earlier relationship",
        "her two older children in care with her ex's family",
    ])
    func staysSilentChildhoodInCare0(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Mum was in care from age 9 to 16",
        "dad was in care as a child and has 2 children from a previous relationship",
        "mum in care from 12, care leaver, PA involved",
        "FOB grew up in care",
    ])
    func isPresentChildhoodInCare1(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }
}
