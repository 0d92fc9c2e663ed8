import Testing

@testable import CurioCore

/// A threat told with "would" or "'d" ("dad said he'd kill the baby") is a threat said, and
/// its "would" is not a hypothetical; but an "if" or an advice said before it still makes the
/// whole threat a condition ("advised mum to ring 999 if dad said he'd kill the baby"): advice,
/// no finding. The threat said plainly stays danger, denied stays absent, and reported by a
/// relative it is possible.
@Suite("A threat told inside an if")
struct ThreatToldInsideAnIfTests {
    @Test(arguments: [
        "advised her to phone the police if he ever says he'd hurt the baby",
        "told mum to dial 999 if her partner says he would kill the little one",
        "we talked about what she'd do if he threatened he'd take the baby",
        "safety planning done: if he texts that he will hurt the baby she rings 999",
        "if her ex ever said he'd smother the baby she knows to call us",
    ])
    func conditionIsNoFinding(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "her partner said he'd hurt the baby if she went out",
        "she told me he would kill the baby, he was screaming it",
        "mum says dad would smother the baby if she left him",
        "if she leaves him he says he'll kill the baby",
        "unless she pays him he says he'll hurt the baby",
    ])
    func threatSaidIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["nan rang to say dad said he'd kill the baby"])
    func threatReportedIsPossible(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }
}
