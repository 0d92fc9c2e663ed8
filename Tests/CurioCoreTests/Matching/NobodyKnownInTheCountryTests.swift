import Testing

@testable import CurioCore

/// Nobody known where the family lives, said as a lack ("no-one they know in the country",
/// "nobody she knows round here"), is isolation.
@Suite("Nobody known in the country")
struct NobodyKnownInTheCountryTests {
    @Test(arguments: ["Came over from Eritrea last month, no-one they know in the country.", "Nobody she knows round here."])
    func isIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
}
