import Testing

@testable import CurioCore

/// A parent's care history told with its cause: a plan, care or being a child in need because
/// of a parent's drinking or drugs, or care after a parent (or their partner) hurt them. Both
/// the care history and the adverse childhood; the cause cue used to take the care words and
/// drop the care history. The baby's own arm broken by "his dad" is an injury.
@Suite("Care in childhood with its cause")
struct CareInChildhoodWithItsCauseTests {
    @Test(arguments: [
        "she was on a child protection plan at 11 because of her dad's drinking",
        "he was a child in need at school because of his mum's heroin addiction",
        "dad grew up in foster care after his stepdad beat him",
        "she was fostered at 7 after her mum's boyfriend burned her hand",
    ])
    func isCareAndAdversity(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the baby was placed with foster carers after his dad broke his leg"])
    func theBabysInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["she's stressed because of her mum's drinking at the weekends", "dad broke his arm at football"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
}
