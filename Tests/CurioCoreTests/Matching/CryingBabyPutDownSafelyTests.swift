import Testing

@testable import CurioCore

/// The ICON advice followed: the crying baby put down in the cot and the carer gone to calm down
/// ("I put him in his cot and go and sit in the kitchen for five minutes"): no danger, no neglect.
/// A carer who put the baby down and walked out of the home still is danger now.
@Suite("Crying baby put down safely")
struct CryingBabyPutDownSafelyTests {
    @Test(arguments: ["when she screams I put her in her cot and go and have a cuppa", "put him down in the cot and went and sat in the garden for five minutes"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["he put her in the cot and walked out of the flat", "put him down and stormed out of the house"])
    func leavingTheHomeStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
