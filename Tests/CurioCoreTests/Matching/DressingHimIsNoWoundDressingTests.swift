import Testing

@testable import CurioCore

/// "Dressing" is also dressing the baby, and "monitor" the baby monitor or watching: a bruise
/// found a few words after them is a bruise, not a mark a wound dressing or a monitor's probe
/// left. Only the device told as leaving the mark ("a splint has left a red mark on his ankle",
/// "tape marks on her cheek") stays a mark of care.
@Suite("Dressing him is no wound dressing")
struct DressingHimIsNoWoundDressingTests {
    @Test(arguments: [
        "she dressed him this morning and I saw a bruise on his arm",
        "dad was dressing her after the bath and there was a mark on her thigh",
        "GP wants us to monitor him, he has a bruise on his forehead",
        "the baby monitor woke her and she found a bruise on his ear",
    ])
    func isBruising(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["a splint has left a red mark on his ankle", "tape marks on her cheek from the NG tube"])
    func marksOfCareStaySilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
