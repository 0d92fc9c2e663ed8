import ArgumentParser
import CurioCore
import Foundation

/// `--dialogues DIR`, shared by every command that reads `dialogues/`.
struct DialoguesOption: ParsableArguments {
    @Option(name: .long, help: "The dialogues folder (default: $CURIO_DIALOGUES, ./dialogues, or the one shipped with curio).")
    var dialogues: String?

    /// Loads the knowledge, turning a data problem into a clean exit with its message. The
    /// lexicon comes from the cache folder's snapshot when that is current, its tables copied
    /// out of it (these commands, `serve` among them, may run on): a server started beside
    /// another, or again after a stop, no longer compiles the lexicon each time.
    func loadKnowledge() throws -> Knowledge {
        try reportingDataErrors { try Knowledge.load(from: try DialoguesLocator.locate(explicit: dialogues), cache: LexiconCache.standard()) }
    }

    /// Loads only the taxonomy and the lexicon: all `curio match` needs. The lexicon comes from
    /// the cache folder's snapshot when that is current (`LexiconCache`), its large tables read
    /// where they lie in the snapshot when `borrowingTables` (a one-shot command).
    func loadMatching(borrowingTables: Bool = false) throws -> MatchingKnowledge {
        var cache = LexiconCache.standard()
        cache?.borrowsTables = borrowingTables
        return try reportingDataErrors {
            try MatchingKnowledge.load(from: try DialoguesLocator.locate(explicit: dialogues), cache: cache)
        }
    }

    private func reportingDataErrors<T>(_ load: () throws -> T) throws -> T {
        do {
            return try load()
        } catch let error as DataFileError {
            throw ValidationError(error.description)
        } catch let error as DataFileErrors {
            throw ValidationError(error.description)
        }
    }
}
