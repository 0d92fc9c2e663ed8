import Testing

@testable import CurioCore

/// An answer "no" and then what he or she did ("No, he hit her last week but he's not there now",
/// at the danger question) answers the question asked; the act told after the comma is not
/// denied: domestic abuse present. A denial of its own after it stays ("no, he's never hit her").
@Suite("No, then what he did")
struct NoThenWhatHeDidTests {
    @Test(arguments: ["no, he hit her last week but he's not there now, he's been bailed to his mum's", "No - he punched her on Saturday, police came", "no, he hits her when he's had a drink", "nope, he's been violent to her before", "no, he pushed her down the stairs last month", "no, he threatened her with a knife last week"])
    func isAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["no, he's never hit her", "no, he's not been violent"])
    func ownDenialStays(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["no, he doesn't drink"])
    func drinkDenialStays(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }
}
