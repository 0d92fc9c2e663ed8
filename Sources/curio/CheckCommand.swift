import ArgumentParser
import CurioCore
import Foundation

/// `curio check [DIR]`: validates everything under `dialogues/` before a trainer's change goes
/// live: the files load (syntax, keys, states), and the lints find no unreachable state, dead
/// end, unknown id or rule that can never fire.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the dialogues, lexicon, rules and protocol sections.")

    @Argument(help: "The dialogues folder (default: as for every command).")
    var directory: String?

    func run() throws {
        let folder: URL
        let knowledge: Knowledge
        do {
            folder = try DialoguesLocator.locate(explicit: directory)
            knowledge = try Knowledge.load(from: folder)
        } catch {
            StandardStreams.error("curio check: \(error)")
            throw ExitCode(1)
        }
        let problems = KnowledgeCheck.problems(in: knowledge)
        for problem in problems { StandardStreams.error(problem.description) }
        guard problems.isEmpty else {
            StandardStreams.error("curio check: \(problems.count) problem(s) in \(folder.path)")
            throw ExitCode(1)
        }
        StandardStreams.write(
            "ok: \(folder.path): \(knowledge.riskFactors.factors.count) risk factors, \(knowledge.riskFactors.situations.count) situations, \(knowledge.dialogues.count) dialogues (\(knowledge.dialogues.keys.sorted().joined(separator: ", ")))")
    }
}
