import Testing

@testable import CurioCore

/// An injury told by what is seen, not named: a dip or a squishy bit on the head, a ripped bit
/// under the tongue, skin peeling after the bath, one eye gone bloodshot, a limb left dangling,
/// or a joint named and then "won't move it". An adult's bloodshot eyes, a dent in the furniture
/// and a parent's own peeling hands stay silent.
@Suite("Injury signs told without their word")
struct InjurySignsToldWithoutTheirWordTests {
    @Test(arguments: ["there's a little dip in the top of his head", "I noticed a squishy bit on the side of her skull",
        "a ripped bit under her tongue", "his toes are peeling after the bath", "her right eye has gone bloodshot",
        "his leg's just dangling there", "something's not right with her shoulder, she won't move it"])
    func isAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["his leg's just dangling there"])
    func aDanglingLimbIsNoCollapse(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["dad's eyes are bloodshot from drinking", "the dent in the cot rail is from the move",
        "mum's hands are sore and peeling from the cold"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
}
