import Foundation
import Testing

@testable import CurioCore

/// The trainers' scripts shipped in `dialogues/tests/` pass, and together cover every state and
/// transition of the shipped dialogues (what `curio test --min-coverage 1.0` checks).
@Suite("Shipped dialogue scripts")
struct ShippedScriptsTests {
    static func sources() throws -> [ScriptSuite.Source] {
        let folder = DialogueFixtures.dialogues.appendingPathComponent("tests")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".\(ScriptParser.fileExtension)") }.sorted()
        return try names.map { name in
            ScriptSuite.Source(
                file: "tests/\(name)",
                text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    @Test("every shipped script passes and they cover every state and transition")
    func shippedScripts() throws {
        let sources = try Self.sources()
        #expect(sources.count >= 4)
        var suite = ScriptSuite()
        suite.run(sources) { InProcessScriptDriver(knowledge: DialogueFixtures.knowledge) }
        #expect(suite.failedCount == 0, "\(suite.report())")
        for dialogue in DialogueFixtures.knowledge.dialogues.values {
            let figures = suite.coverage.figures(for: dialogue)
            #expect(figures.unvisitedStates.isEmpty, "\(dialogue.name): never visited \(figures.unvisitedStates)")
            #expect(figures.untakenTransitions.isEmpty, "\(dialogue.name): never taken \(figures.untakenTransitions)")
        }
    }
}
