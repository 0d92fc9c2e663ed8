import Testing

@testable import CurioCore

/// "Smashed" joined by "and" to a clause of the same carer in sole charge of the baby ("mum is
/// smashed and she's home alone with the baby", "dad is smashed and he has the baby by himself")
/// is a carer unable to care in charge of the baby: danger now. "Smashed and" alone stays no
/// state ("he's smashed and broken the lot"), and alone without the baby is no sole care.
@Suite("Carer smashed and alone with the baby")
struct CarerSmashedAndAloneWithTheBabyTests {
    @Test(arguments: [
        "mum is smashed and she's home alone with the baby", "mum is smashed and she is alone with the baby tonight",
        "dad is smashed and he has the baby by himself", "mum is smashed and she's the only one looking after the baby right now",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["dad is smashed and he's broken the lot", "mum is smashed and she is alone"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
