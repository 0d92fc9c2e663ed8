import Testing

@testable import CurioCore

/// Advice about an injury placed on the baby ("advised re burns on his arm", "Advised re bruise
/// on cheek, refer to CSC") tells the injury: the advice is about it. Advice about injuries as a
/// topic ("advised re burns", "safety-net advice given re head injury", "advised re scalds and
/// burns from hot drinks", "advised re safe sleep and alcohol") tells none. Two helpers' "advised
/// re" over every factor had taken the placed bruise: a missed bruising protocol.
@Suite("Advice about placed injuries")
struct AdviceAboutPlacedInjuriesTests {
    @Test(arguments: ["advised re burns on his arm", "advice given re burns on her left hand", "advised about the fractures to her ribs"])
    func aPlacedInjuryIsTold(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["Advised re bruise on cheek, refer to CSC.", "advised regarding bruise on his ear"])
    func aPlacedBruiseIsTold(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["advised re burns", "safety-net advice given re head injury", "advised re scalds and burns from hot drinks"])
    func aTopicTellsNone(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
}
