import Testing

@testable import CurioCore

/// What is told of a professional's own life ("the HV herself had PND") or of the parent's son or
/// daughter ("her son has learning difficulties") is not the parent's. A time told by the child
/// ("since her son was born she has been very low") is only when; "her son" said a few words before
/// the mother's own factor ("her son is 6 weeks old, she has LD") leaves it hers.
@Suite("A professional's own life and the parent's son or daughter")
struct ProfessionalsAndParentsOwnChildrenAsOtherPeopleTests {
    @Test(arguments: [
        "The health visitor herself had postnatal depression.",
        "The social worker herself is very anxious.",
    ])
    func professionalsOwnLifeGivesNothing(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "The midwife herself drinks heavily.",
    ])
    func professionalsOwnDrinkingGivesNothing(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Her son has learning difficulties.",
        "His daughter goes to a special school.",
        "Her son has a statement of SEN.",
    ])
    func childsLearningNeedsGiveNothing(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Her daughter was on a CP plan last year.",
    ])
    func childsCarePlanGivesNothing(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Her son smokes weed every day.",
    ])
    func childsDrugUseGivesNothing(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Since her son was born she has been very low.",
        "She had PND after having her daughter.",
    ])
    func timeByTheChildKeepsTheMothersMood(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Her son is 6 weeks old, she has LD.",
    ])
    func mothersOwnLearningNeedAfterTheChild(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Her son has a bruise on his cheek.",
    ])
    func childsBruiseStillRead(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}
