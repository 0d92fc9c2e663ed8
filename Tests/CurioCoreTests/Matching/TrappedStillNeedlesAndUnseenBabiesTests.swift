import Testing

@testable import CurioCore

/// Scenes told by callers: a baby trapped and still ("she's stuck down the side of the sofa and
/// isn't breathing") is danger, though "not moving yet" stays the pre-mobility it was; a needle
/// or syringe lying right by the baby is a hazard with the baby there, danger; a limb shorter
/// than the other is another injury; a place red or dark where someone pinched or grabbed the
/// baby is a bruise ("where he slapped her" stays the mother's abuse); a baby nobody has seen
/// since coming home is neglect; a mark on "its" nose is an animal's.
@Suite("Trapped and still, needles by the baby, babies unseen")
struct TrappedStillNeedlesAndUnseenBabiesTests {
    @Test(arguments: ["she's stuck down the side of the sofa and isn't breathing", "there's a used syringe on the sofa right next to the little one"])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test func notMovingYetStaysPreMobile() {
        let text = "he's not moving yet, he just lies on his mat"
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["his arm looks a bit shorter than the other side"])
    func aShorterLimbIsAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["his cheek's all dark where she pinched it", "his arm is red where he grabbed him"])
    func aMarkByItsCauseIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test func theMothersSlapStaysAbuse() {
        let text = "her cheek's red where he slapped her"
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["nobody's seen her since she came home from hospital"])
    func unseenIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["the cat has a mark on its nose"])
    func anAnimalsMarkStaysSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
