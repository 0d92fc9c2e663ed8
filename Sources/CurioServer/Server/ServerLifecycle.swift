import CurioCore
import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension CurioServer {
    /// The signals `curio serve` answers: SIGINT and SIGTERM shut down cleanly (the socket
    /// file is removed and the process exits 0); SIGHUP reloads `dialogues/`.
    public func watchSignals(logger: Logger = Logger(label: "curio.server")) -> SignalWatcher {
        SignalWatcher([
            SIGINT: { [self] in
                logger.info("SIGINT: shutting down")
                shutdown()
            },
            SIGTERM: { [self] in
                logger.info("SIGTERM: shutting down")
                shutdown()
            },
            SIGHUP: { [self] in reloadKnowledge(logger: logger) },
        ])
    }

    /// Reloads the dialogues folder the desk's knowledge came from. A reload that fails keeps
    /// the old knowledge and logs why; running consultations keep their dialogue either way.
    @discardableResult
    public func reloadKnowledge(logger: Logger = Logger(label: "curio.server")) -> Bool {
        let directory = desk.knowledge.directory
        do {
            // Through the cache, as at the start: changed lexicon files make its snapshot stale
            // and are compiled; unchanged ones are read back, so a reload of changed dialogues
            // or recommendations alone is quick.
            let knowledge = try Knowledge.load(from: directory, cache: LexiconCache.standard())
            desk.replaceKnowledge(knowledge)
            logger.info("reloaded dialogues", metadata: ["dialogues": "\(knowledge.dialogues.keys.sorted().joined(separator: ","))"])
            return true
        } catch {
            logger.error("reload failed; keeping the dialogues already loaded", metadata: ["reason": "\(error)"])
            return false
        }
    }
}
