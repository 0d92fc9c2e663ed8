import Testing

@testable import CurioCore

/// Injuries told without their word: a swelling by comparison ("his elbow's double the size it
/// should be"), blood in the white of the eye. The caller's own body ("marks all over my legs",
/// "I bruise so easily", "my wrist is all swollen") is never the baby's.
@Suite("Injuries told by comparison, and the caller's own")
struct InjuriesToldByComparisonAndCallersOwnTests {
    @Test(arguments: ["his elbow's double the size it should be", "there's blood in the white of her eye"])
    func isAnotherInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["I've got marks all over my legs from the dog", "I bruise so easily"])
    func theCallersBruisesStaySilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["my wrist is all swollen from carrying the car seat"])
    func theCallersSwellingStaysSilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
}
