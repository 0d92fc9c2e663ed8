import Testing

@testable import CurioCore

/// A dialogue tells whether its guards and skips name a recommendation: when none does, a
/// consultation gives its conditions only the highest fired priority (all that `priority:`
/// reads), so the flag must never say no for a dialogue that does name one.
@Suite("Dialogue: guards naming recommendations")
struct DialogueNamesRecommendationsTests {
    @Test func aConditionNamesARecommendationAnywhereInIt() {
        #expect(Dialogue.namesRecommendation(.recommendation("refer-csc")))
        #expect(Dialogue.namesRecommendation(.not(.recommendation("refer-csc"))))
        #expect(Dialogue.namesRecommendation(.all([.known(.bruising), .any([.priority(.high), .recommendation("x")])])))
        #expect(Dialogue.namesRecommendation(.atLeast(1, [.always, .recommendation("x")])))
        #expect(!Dialogue.namesRecommendation(.not(.priority(.urgent))))
        #expect(!Dialogue.namesRecommendation(.all([.finding(.bruising, statuses: [.present]), .fact("child.age_weeks", nil)])))
        #expect(!Dialogue.namesRecommendation(.always))
    }

    @Test func aDialogueNamesOneInASkipOrATransitionGuard() {
        let plain = Dialogue.Step(id: "a", ask: "?", next: [.init(when: .priority(.urgent), goto: "b")])
        let end = Dialogue.Step(id: "b", terminal: true)
        let skipping = Dialogue.Step(id: "a", ask: "?", next: [.init(goto: "b")], skipWhen: .recommendation("refer-csc"))
        let guarding = Dialogue.Step(id: "a", ask: "?", next: [.init(when: .any([.recommendation("refer-csc")]), goto: "b")])
        func dialogue(_ states: [Dialogue.Step]) -> Dialogue {
            Dialogue(name: "d", title: "D", description: "", start: "a", states: states, file: "d.yaml")
        }
        #expect(!dialogue([plain, end]).namesRecommendations)
        #expect(dialogue([skipping, end]).namesRecommendations)
        #expect(dialogue([guarding, end]).namesRecommendations)
        // Kept up to date when the states change.
        var changed = dialogue([plain, end])
        changed.states = [guarding, end]
        #expect(changed.namesRecommendations)
    }

    /// The shipped consultation reads priorities (`skip_when: {not: {priority: urgent}}`) but
    /// names no recommendation; its answers are held to the full reading elsewhere (the
    /// dialogue test scripts and the server's byte-for-byte checks).
    @Test func theShippedDialoguesNameNone() {
        for dialogue in DialogueFixtures.knowledge.dialogues.values {
            #expect(!dialogue.namesRecommendations, "\(dialogue.name)")
        }
    }
}
