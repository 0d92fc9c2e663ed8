import Testing

@testable import CurioCore

/// "Sits only" or "rolls only" ending its clause is all the baby does: pre-mobile (said with a
/// bruise at the mobility question it had waited for the protocol); not a parent who "sits only
/// in the kitchen". A carer not wanting to live, said now, alone with the baby, is danger now;
/// told of the past ("was not wanting to live after her first baby") it is not.
@Suite("Sits only, and not wanting to live")
struct SitsOnlyAndNotWantingToLiveTests {
    @Test(arguments: ["sits only, and I saw a bruise on his thigh", "rolls only."])
    func isPreMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["mum sits only in the kitchen"])
    func sittingLookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "mum says she doesn't want to live any more and she's alone with him",
        "she's on her own with the baby and is not wanting to live",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "she was not wanting to live after her first baby, she has the baby now",
        "she said she didn't want to live when she was 15, she has the baby",
    ])
    func pastLookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
