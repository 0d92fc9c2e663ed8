import Testing

@testable import CurioCore

/// Mental ill health "not currently treated", "not presently medicated", "isn't being treated":
/// untreated. A body's condition left untreated (reflux, asthma) is no mental ill health.
@Suite("Not currently treated")
struct NotCurrentlyTreatedTests {
    @Test(arguments: ["low mood for months, not currently treated", "bipolar, not presently medicated"])
    func isUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["his reflux isn't being treated at the moment", "her asthma has never been treated"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }
}
