import Testing

@testable import CurioCore

/// A carer threatening to jump or throw herself off somewhere with the baby named between ("going
/// to throw herself and the baby off the bridge") is danger now and her own suicidal thoughts:
/// the shorter threat "to harm herself and the baby" took the words and dropped the mental health.
@Suite("Jumping with the baby")
struct JumpingWithTheBabyTests {
    @Test(arguments: [
        "she's threatening to throw herself and the baby in the canal",
        "mum texted that she'll jump with the baby off the multi-storey",
    ])
    func isDangerAndMentalHealth(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
}
