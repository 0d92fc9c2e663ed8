import Testing

@testable import CurioCore

/// A carer's own mobility ("mum isn't very mobile since her section") is not the baby's: no
/// pre-mobile finding. The baby said not to be mobile stays pre-mobile.
@Suite("An adult's own mobility")
struct AnAdultsOwnMobilityTests {
    @Test(arguments: ["mum is not very mobile after the caesarean", "nan isn't mobile enough to help with him", "dad has been immobile since his accident"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["he's 8 months and still not mobile", "mum says she isn't mobile yet"])
    func theBabyStaysPreMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }
}
