import Testing

@testable import CurioCore

/// A parent who says she is fine but cries through the visit: her account doubted by what the
/// practitioner saw, a possible mental ill health. The baby crying after "he's fine" is not hers.
@Suite("Tears against her word that she is fine")
struct TearsAgainstHerWordThatSheIsFineTests {
    @Test(arguments: ["mum told me she's coping but she sobbed all through the appointment", "he insists he's fine but he was in tears during the assessment"])
    func isPossibleMentalHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["mum says he's fine but he cried through the whole appointment"])
    func theBabysCryingIsNotHers(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
}
