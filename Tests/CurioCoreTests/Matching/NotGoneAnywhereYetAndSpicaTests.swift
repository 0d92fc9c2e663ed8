import Testing

@testable import CurioCore

/// A baby who "hasn't gone anywhere yet", or one held in a spica cast, is not independently
/// mobile: pre-mobile. An adult who "hasn't gone anywhere" has stayed put: nothing.
@Suite("Not gone anywhere yet, and a spica")
struct NotGoneAnywhereYetAndSpicaTests {
    @Test(arguments: ["Gets up on all fours and rocks but hasn't gone anywhere yet.", "She's in a hip spica after her hip surgery."])
    func isPreMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }
    @Test func anAdultStayingPut() {
        #expect(MatcherFixture.status(.preMobile, in: "Dad hasn't gone anywhere.") == nil)
    }
}
