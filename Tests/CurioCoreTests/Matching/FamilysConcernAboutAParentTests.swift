import Testing

@testable import CurioCore

/// "Grandma has concerns about mum's drinking" is a family concern and a possible substance misuse
/// (told second-hand); what is told plainly after the concern ("worried about him, he has been
/// really depressed") stays present.
@Suite("A relative's concern about what a parent does")
struct FamilysConcernAboutAParentTests {
    @Test(arguments: [
        "Grandma has concerns about mum's drinking.",
        "Dad is worried about mum's cannabis use.",
    ])
    func possibleDrinking(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "Grandma has concerns about mum's drinking.",
    ])
    func concernRaised(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Her partner's mum is worried about him, he has been really depressed.",
    ])
    func toldAfterStays(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
}
