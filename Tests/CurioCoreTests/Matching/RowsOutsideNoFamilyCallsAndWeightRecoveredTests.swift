import Testing

@testable import CurioCore

/// Look-alikes of a factor's words: a row with someone outside the couple is no domestic abuse, no
/// relative having called is no isolation, a weight that dipped and recovered is no faltering
/// growth, and nobody having raised concerns from the family denies the family's concern. The
/// couple's rows, no family nearby and a weight dropping through centiles stay.
@Suite("Rows outside, no family calls and weight recovered")
struct RowsOutsideNoFamilyCallsAndWeightRecoveredTests {
    @Test(arguments: ["mum had a row with her landlord", "he had an argument with his manager"])
    func rowOutsideIsNoAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["no relatives have rung the team", "no family members have been in touch with us"])
    func noCallIsNoIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["no family nearby"])
    func noFamilyStays(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["her weight dipped after birth but has recovered", "weight fell at first then caught up"])
    func recoveredWeightIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["weight has dropped from the 75th to the 9th centile"])
    func droppingWeightStays(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["nobody has raised concerns from the wider family"])
    func familyConcernDenied(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .absent, "\(text)")
    }
}
