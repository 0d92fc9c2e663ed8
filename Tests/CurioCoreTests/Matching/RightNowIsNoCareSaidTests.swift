import Testing

@testable import CurioCore

/// "Right now" after looking after the baby is a time, not care done right: "she's the only one
/// looking after the baby right now" said nothing of neglect, but was read as neglect denied
/// (absent), a denial the practitioner never made. Care said to be done right, or denied so,
/// stays as it was.
@Suite("Right now is no care said")
struct RightNowIsNoCareSaidTests {
    @Test(arguments: [
        "she's the only one looking after the baby right now", "he's looking after her right now",
        "dad is caring for him right now while mum is at work",
    ])
    func saysNothingOfNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test func careDeniedIsStillNeglect() {
        #expect(MatcherFixture.status(.neglect, in: "the baby isn't looked after right") == .present)
        #expect(MatcherFixture.status(.neglect, in: "she doesn't look after him properly") == .present)
    }

    @Test func aloneWithTheBabyRightNowStillCounts() {
        let situation = MatcherFixture.matcher.match("she's the only one looking after the baby right now").situations
            .first { $0.id == "now.sole_care" }?.status
        #expect(situation == .present)
    }
}
