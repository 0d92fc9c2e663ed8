import Foundation
import Testing

@testable import CurioCore
import CurioTestSupport

/// The shipped `dialogues/` folder and small throwaway folders for the dialogue tests.
enum DialogueFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dialogues = repository.appendingPathComponent("dialogues")

    /// The real knowledge, loaded once per test process.
    static let knowledge: Knowledge = ShippedKnowledge.required

    /// The ids of the recommendations `curio ask` gives for `text`, highest priority first.
    static func recommendationIDs(_ text: String) -> [String] {
        knowledge.ask(text).advice.recommendations.map(\.id)
    }

    static func consultation(_ name: String) throws -> Consultation {
        let dialogue = try #require(knowledge.dialogues[name])
        return Consultation(dialogue: dialogue, knowledge: knowledge)
    }

    /// The dialogue `name` after `answers`, one a turn, and the reply to the last (the opening
    /// when there are none): where a test asks what one more answer records.
    static func consultation(_ name: String, after answers: [String]) throws -> (consultation: Consultation, reply: Reply) {
        var consultation = try consultation(name)
        var reply = consultation.opening()
        for answer in answers { reply = consultation.answer(answer) }
        return (consultation, reply)
    }

    /// What one more answer records for `id`, given to the question `asked` (expected to be the
    /// one the dialogue `name` puts after `opening`).
    static func status(
        of id: RiskFactorID, in name: String, after opening: [String], asked: String, answer: String
    ) throws -> FindingStatus? {
        var (consultation, reply) = try consultation(name, after: opening)
        #expect(reply.state == asked, "\(name) after \(opening)")
        reply = consultation.answer(answer)
        return reply.findings.first { $0.id == id }?.status
    }

    /// Parses a dialogue written inline, as a trainer would write it.
    static func dialogue(_ yaml: String, file: String = "flows/test.yaml") throws -> Dialogue {
        try DialogueLoader.load(DataNode.parse(yaml, file: file))
    }

    /// The error loading `yaml` fails with.
    static func loadError(_ yaml: String) -> DataFileError? {
        do {
            _ = try dialogue(yaml)
            return nil
        } catch let error as DataFileError {
            return error
        } catch {
            return DataFileError(file: "?", "\(error)")
        }
    }
}
