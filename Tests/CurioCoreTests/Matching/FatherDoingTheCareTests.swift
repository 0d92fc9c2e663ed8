import Testing

@testable import CurioCore

/// A father named doing the care or coming and going ("dad's collecting her", "dad gets in at 6",
/// "dad is looking after the baby"): a known man, involved; father.unknown absent.
@Suite("Father doing the care")
struct FatherDoingTheCareTests {
    @Test(arguments: [
        "baby's at nursery till 3 and dad's collecting her",
        "she's alone with him till dad gets in at 6",
        "Dad is looking after the baby tonight",
    ])
    func isKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }
}
