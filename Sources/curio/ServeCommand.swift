import ArgumentParser
import CurioCore
import CurioServer
import CurioStore
import Foundation
import Logging

/// `curio serve`: the consultation server on a Unix domain socket (`design/contracts.md`).
///
/// Wiring only: load the knowledge, open the journal, make the desk, listen, serve until
/// SIGINT/SIGTERM (SIGHUP reloads `dialogues/`).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve consultations over a Unix domain socket (JSON lines).",
        discussion: """
            SIGINT or SIGTERM stop the server cleanly (the socket file is removed); SIGHUP \
            reloads the dialogues folder (running consultations keep their dialogue).
            """)

    @Option(help: "The socket path (default: $CURIO_SOCKET, $XDG_RUNTIME_DIR/curio/curio.sock or /tmp/curio-$UID/curio.sock).")
    var socket: String?

    @OptionGroup var options: DialoguesOption

    @Option(help: "The case store (default: $CURIO_STORE or $XDG_DATA_HOME/curio/curio.sqlite); `:memory:` keeps records in memory only.")
    var store: String?

    @Option(name: .customLong("max-line"), help: "The longest request line accepted, in bytes.")
    var maxLine: Int = LineFrameDecoder.defaultMaximumLength

    @Option(name: .customLong("max-sessions"), help: "The most consultations open at once.")
    var maxSessions: Int = 10_000

    @Option(name: .customLong("max-sessions-per-connection"), help: "The most consultations one connection may hold open at once.")
    var maxSessionsPerConnection: Int = ServerConfiguration.defaultMaximumSessionsPerConnection

    @Option(name: .customLong("max-connections"), help: "The most connections served at once; more are answered with an error and closed.")
    var maxConnections: Int = ServerConfiguration.defaultMaximumConnections

    @Option(name: .customLong("idle-timeout"), help: "Close a connection that sends nothing for this many seconds (0: never). Its consultations stay open.")
    var idleTimeout: Int = ServerConfiguration.defaultIdleTimeoutSeconds ?? 0

    @Option(name: .customLong("allow-group"), help: "A group (name or id) whose members may connect besides this user; the socket is then made group-accessible.")
    var allowGroup: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (logs go to stderr).")
    var logLevel: String = "info"

    func validate() throws {
        guard maxLine >= 256 else { throw ValidationError("--max-line must be at least 256 bytes") }
        guard maxSessions >= 1 else { throw ValidationError("--max-sessions must be at least 1") }
        guard maxSessionsPerConnection >= 1 else { throw ValidationError("--max-sessions-per-connection must be at least 1") }
        guard maxConnections >= 1 else { throw ValidationError("--max-connections must be at least 1") }
        guard idleTimeout >= 0 else { throw ValidationError("--idle-timeout must be 0 (never) or a number of seconds") }
        if let allowGroup, PeerPolicy.group(named: allowGroup) == nil {
            throw ValidationError("--allow-group: there is no group \(allowGroup)")
        }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
    }

    func run() async throws {
        HeapTuning.apply()
        await HeapTuning.reserve()
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "curio.serve")
        let knowledge = try options.loadKnowledge()
        let storePath = store ?? DefaultPaths.store()
        let journal: any CaseJournal
        do {
            journal = try Self.makeJournal(storePath: storePath)
        } catch {
            throw fail("cannot open the case store \(storePath): \(error)")
        }
        let desk = ConsultationDesk(knowledge: knowledge, journal: journal, maxSessions: maxSessions)
        let socketPath = socket ?? DefaultPaths.socket()
        let server: CurioServer
        do {
            server = try await CurioServer.listen(
                serverConfiguration(socketPath: socketPath), desk: desk)
        } catch let error as ServerError {
            throw fail(error.message)
        }
        let signals = server.watchSignals()
        defer { signals.cancel() }
        StandardStreams.error("curio serve: listening on \(socketPath)")
        logger.info(
            "serving",
            metadata: [
                "store": "\(storePath)", "dialogues": "\(knowledge.directory.path)",
                "max-line": "\(maxLine)", "max-sessions": "\(maxSessions)",
                "max-sessions-per-connection": "\(maxSessionsPerConnection)", "max-connections": "\(maxConnections)",
                "idle-timeout": "\(idleTimeout)", "allow-group": "\(allowGroup ?? "none")",
            ])
        try await server.serve()
    }

    /// The server's limits and access rule, from the flags.
    func serverConfiguration(socketPath: String) -> ServerConfiguration {
        ServerConfiguration(
            socketPath: socketPath, maximumLineLength: maxLine,
            maximumSessionsPerConnection: maxSessionsPerConnection, maximumConnections: maxConnections,
            idleTimeoutSeconds: idleTimeout == 0 ? nil : idleTimeout,
            allowedGroup: allowGroup.flatMap(PeerPolicy.group(named:)))
    }

    /// The journal every turn is written through before it is answered: the SQLite case store
    /// at `storePath` (created with its folders if missing).
    ///
    /// `:memory:` always means a journal in memory (tests, demonstrations): nothing is kept
    /// once the server stops.
    // STORE: the one place that chooses the journal; any other `CaseJournal` plugs in here.
    static func makeJournal(storePath: String) throws -> any CaseJournal {
        if storePath == ":memory:" { return InMemoryCaseJournal() }
        return try SQLiteCaseStore(path: storePath)
    }

    private func fail(_ message: String) -> ExitCode {
        StandardStreams.error("curio serve: \(message)")
        return ExitCode.failure
    }
}
