import Testing

@testable import CurioCore

/// Time words about the born baby ("before he was born", "just after she was born") told of the
/// partner leaving: the mother is left without him, so isolation. Denied, it gives nothing.
@Suite("Partner gone before the baby was born")
struct PartnerGoneBeforeTheBabyWasBornTests {
    @Test(arguments: [
        "dad left before he was born and she's on her own with him",
        "her boyfriend walked out just after she was born",
        "he went before they were born, the twins have never met him",
    ])
    func isIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["dad was at the birth and has been there since she was born"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
}
