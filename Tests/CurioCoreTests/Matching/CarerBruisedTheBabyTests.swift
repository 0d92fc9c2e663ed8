import Testing

@testable import CurioCore

/// Someone who bruised or marked the baby ("mums bruised the babys arm", "dad's marked the baby's
/// face") tells the baby's bruise: the mother's own "mums bruised" (domestic abuse's words) must not
/// take it, or a bruise on a baby is missed. A carer's own bruise stays theirs.
@Suite("A carer who bruised the baby")
struct CarerBruisedTheBabyTests {
    @Test(arguments: ["mums bruised the babys arm", "dad's marked the baby's face",
        "her boyfriend bruised the baby's leg", "nan bruised the little one when she grabbed him"])
    func isTheBabysBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["mums bruised her arm on the door", "dad bruised his ribs playing rugby"])
    func aCarersOwnBruiseStaysSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
