import ArgumentParser
import CurioCore
import Foundation

/// `--dialogues DIR`, shared by every command that reads `dialogues/`.
struct DialoguesOption: ParsableArguments {
    @Option(name: .long, help: "The dialogues folder (default: $CURIO_DIALOGUES, ./dialogues, or the one shipped with curio).")
    var dialogues: String?

    /// Loads the knowledge, turning a data problem into a clean exit with its message.
    func loadKnowledge() throws -> Knowledge {
        do {
            return try Knowledge.load(from: try DialoguesLocator.locate(explicit: dialogues))
        } catch let error as DataFileError {
            throw ValidationError(error.description)
        } catch let error as DataFileErrors {
            throw ValidationError(error.description)
        }
    }
}
