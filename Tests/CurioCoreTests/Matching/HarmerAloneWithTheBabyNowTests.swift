import Testing

@testable import CurioCore

/// The baby hurt by an act told as just done ("he shook her last night") with the one who did it
/// now having the baby on their own ("now he's got her on his own", "she's alone with him now"):
/// that person is still where the baby is, immediate danger. A time long gone by with the act,
/// or another carer with the baby, is no danger now.
@Suite("The one who hurt the baby alone with it now")
struct HarmerAloneWithTheBabyNowTests {
    @Test(arguments: [
        "dad shook the baby last night and now he's got her on his own",
        "she slapped the baby this morning and she's on her own with him now",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "dad shook him last night, mum has got him on her own now",
        "he shook the baby last year and now he's got him on his own",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
