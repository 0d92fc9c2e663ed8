import Testing

@testable import CurioCore

@Suite("Dialogue graph and lint")
struct DialogueGraphAndLintTests {
    let knowledge = DialogueFixtures.knowledge

    @Test("the shipped dialogues and rules pass every check")
    func shippedDataIsClean() {
        #expect(KnowledgeCheck.problems(in: knowledge).map(\.description) == [])
    }

    @Test("DOT names every state and transition, and shades what is not covered")
    func dot() throws {
        let dialogue = try #require(knowledge.dialogues["duty-triage"])
        let dot = DialogueGraph.render(dialogue, format: .dot, unvisitedStates: ["mobility"], unvisitedTransitions: ["bruising->mobility"])
        #expect(dot.hasPrefix("digraph \"duty-triage\""))
        for step in dialogue.states { #expect(dot.contains("\"\(step.id)\" [")) }
        #expect(dot.contains("\"danger\" -> \"call-999\" [label=\"child.immediate_danger\"]"))
        #expect(dot.contains("fillcolor=\"#f8d7da\""))
        #expect(dot.contains("\"bruising\" -> \"mobility\" [color=\"#c0392b\", style=dashed]"))
    }

    @Test("Mermaid draws the same flow")
    func mermaid() throws {
        let dialogue = try #require(knowledge.dialogues["duty-triage"])
        let text = DialogueGraph.render(dialogue, format: .mermaid)
        #expect(text.hasPrefix("flowchart TD"))
        #expect(text.contains("s_danger -->|\"child.immediate_danger\"| s_call_999"))
        #expect(text.contains("s_triaged([\""))
    }

    @Test("lint finds unreachable states, dead ends, unknown ids and bad offers")
    func lint() throws {
        let dialogue = try DialogueFixtures.dialogue(
            """
            dialogue: broken
            start: a
            states:
              a:
                ask: Q?
                about: injury.bruses
                options: [yes, no]
                answers:
                  maybe: {injury.bruising: possible}
                next:
                  - when: {recommendation: no-such-rule}
                    goto: loop
                  - goto: end
              loop:
                ask: Again?
                next: loop
              orphan:
                ask: Never asked?
                next: end
              end:
                say: Done.
                terminal: true
                offer: nowhere
            """)
        let problems = DialogueLint.problems(
            in: dialogue, riskFactors: knowledge.riskFactors.ids,
            recommendations: knowledge.recommender.rules.recommendationIDs, dialogues: ["broken"]
        ).map(\.description)
        func has(_ text: String) -> Bool { problems.contains { $0.contains(text) } }
        #expect(has("state `orphan`: no transition leads here"))
        #expect(has("state `loop`: no path leads from here to a terminal state"))
        #expect(has("unknown risk-factor id `injury.bruses`"))
        #expect(has("unknown recommendation id `no-such-rule`"))
        #expect(has("`answers` names `maybe`, which is not one of the options"))
        #expect(has("offers dialogue `nowhere`"))
        #expect(problems.allSatisfy { $0.hasPrefix("flows/test.yaml:") })
    }
}
