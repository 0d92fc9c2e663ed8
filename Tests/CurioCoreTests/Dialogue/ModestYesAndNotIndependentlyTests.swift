import Foundation
import Testing

@testable import CurioCore

/// A yes put modestly ("I'd say yes, a faint mark under his eye") chooses yes; "not
/// independently" (to "is the baby moving independently yet?") chooses no, whole: it had chosen
/// nothing, so a baby of 7 months with a bruise waited for the bruising protocol.
@Suite("Modest yes and not independently")
struct ModestYesAndNotIndependentlyTests {
    let vocabulary = DialogueFixtures.knowledge.answers
    let options = ["yes", "no", "not sure"]

    @Test(arguments: [("I'd say yes, a faint mark under his eye", "yes"), ("I would say so", "yes"),
                      ("not independently, no", "no"), ("not independently", "no"), ("not by herself", "no")])
    func chooses(answer: String, option: String) {
        #expect(vocabulary.choose(answer, among: options) == option, "\(answer)")
    }
}
