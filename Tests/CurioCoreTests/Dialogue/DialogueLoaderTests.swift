import Foundation
import Testing

@testable import CurioCore

@Suite("Dialogue loader")
struct DialogueLoaderTests {
    @Test("the shipped dialogues load, with the consultation and the duty triage")
    func shippedDialoguesLoad() throws {
        let dialogues = DialogueFixtures.knowledge.dialogues
        #expect(dialogues["consultation"] != nil)
        #expect(dialogues["duty-triage"] != nil)
        #expect(dialogues["duty-triage"]?.states.last?.offer == "consultation")
    }

    @Test("the consultation asks about every theme of the briefing")
    func consultationCoversEveryTheme() throws {
        let consultation = try #require(DialogueFixtures.knowledge.dialogues["consultation"])
        let asked = Set(consultation.states.flatMap(\.about))
        let themes: [RiskFactorID] = [
            .immediateDanger, .unborn, .preMobile, .bruising, .otherInjury, .neglect, .inconsolableCrying,
            .mentalHealth, .mentalHealthUntreated, .traumaticBirth, .isolation, .adverseChildhood,
            .childhoodInCare, .learningDifficulty, .naiveExpectations, .fatherUnknown, .familyConcern,
            .domesticAbuse, .substanceMisuse,
        ]
        for theme in themes { #expect(asked.contains(theme), "no question about \(theme)") }
        let slots = Set(consultation.states.compactMap(\.slot?.name))
        #expect(slots.isSuperset(of: ["caller.role", "child.age_weeks", "strategy.meeting"]))
        #expect(consultation.states.first?.about == [.immediateDanger], "immediate danger must come first")
    }

    @Test("a minimal dialogue loads with states in file order and default yes/no answers")
    func minimalDialogue() throws {
        let dialogue = try DialogueFixtures.dialogue(
            """
            dialogue: tiny
            start: ask
            states:
              ask:
                ask: Any bruising?
                about: injury.bruising
                options: [yes, no, not sure]
                next: done
              done:
                say: Thank you.
                terminal: true
            """)
        #expect(dialogue.name == "tiny")
        #expect(dialogue.states.map(\.id) == ["ask", "done"])
        #expect(dialogue["ask"]?.answers["yes"]?.findings == [.bruising: .present])
        #expect(dialogue["ask"]?.answers["no"]?.findings == [.bruising: .absent])
        #expect(dialogue["ask"]?.answers["not sure"]?.findings == [.bruising: .possible])
    }

    @Test(
        "a malformed dialogue fails with the file, the line and what is wrong",
        arguments: [
            // A YAML syntax error (an unquoted colon inside a value).
            ("dialogue: x\nstart: a\nstates:\n  a:\n    ask: Is it: yes?\n    next: a\n", 5, "YAML syntax"),
            // A transition to a state that does not exist.
            ("dialogue: x\nstart: a\nstates:\n  a:\n    ask: Q?\n    next: nowhere\n", 6, "`nowhere`, which is not defined"),
            // A misspelt key is an error, not a silently ignored setting.
            ("dialogue: x\nstart: a\nstates:\n  a:\n    aks: Q?\n    next: a\n", 5, "unknown key `aks`"),
            // A state with no way forward.
            ("dialogue: x\nstart: a\nstates:\n  a:\n    ask: Q?\n", 5, "has no `next`"),
            // A start state that is not defined.
            ("dialogue: x\nstart: b\nstates:\n  a:\n    say: Hi\n    terminal: true\n", 2, "start state `b`"),
            // Every guarded list needs an unguarded way out.
            ("dialogue: x\nstart: a\nstates:\n  a:\n    ask: Q?\n    next:\n      - when: {finding: injury.bruising}\n        goto: a\n", 7, "needs no `when`"),
            // An unknown condition.
            ("dialogue: x\nstart: a\nstates:\n  a:\n    ask: Q?\n    skip_when: {findng: injury.bruising}\n    next: a\n", 6, "unknown condition `findng`"),
        ] as [(String, Int, String)])
    func malformedDialogue(yaml: String, line: Int, message: String) throws {
        let error = try #require(DialogueFixtures.loadError(yaml))
        #expect(error.file == "flows/test.yaml")
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test("a dialogues folder with no flows is an error naming the folder")
    func emptyFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("curio-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("flows"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: DataFileError.self) { try DialogueLoader.loadAll(from: folder) }
    }
}
