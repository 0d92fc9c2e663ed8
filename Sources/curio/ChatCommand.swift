import ArgumentParser
import CurioClient
import CurioCore
import Foundation

/// `curio chat`: a consultation at the terminal, with GNU Readline (history, Tab completion).
/// Connects to the server on the socket, starting `curio serve` in the background when
/// nothing answers there.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Hold a consultation at the terminal (starts the server if none is running).",
        discussion: """
            Type your answers in your own words; Tab completes the question's options and the \
            commands help, back, why, summary, restart and quit (Ctrl-D quits too). When no \
            server answers on the socket, `curio serve` is started in the background with \
            its log next to the socket (<socket>.log).
            """)

    @Option(help: "The server's socket (default: $CURIO_SOCKET, $XDG_RUNTIME_DIR/curio/curio.sock or /tmp/curio-$UID/curio.sock).")
    var socket: String?

    @Flag(help: "Do not start a server when none answers on the socket.")
    var noAutostart = false

    @Option(help: "The dialogue to start (default: the server's default, \"consultation\"; also \"duty-triage\").")
    var dialogue: String?

    @Option(help: "Continue an open consultation by its session id instead of starting one.")
    var resume: String?

    @Option(help: "Write the consultation held as a trainer's test script to this file when the chat ends.")
    var record: String?

    @Option(help: "The dialogues folder for a server this command starts.")
    var dialogues: String?

    @Option(help: "The case store for a server this command starts (default: $CURIO_STORE or the per-user store).")
    var store: String?

    func validate() throws {
        if resume != nil && dialogue != nil {
            throw ValidationError("--resume continues a consultation in its own dialogue; give no --dialogue")
        }
        if resume != nil && record != nil {
            throw ValidationError("--record writes a whole consultation from its start; it cannot join one with --resume")
        }
    }

    func run() throws {
        let socketPath = socket ?? DefaultPaths.socket()
        var serveArguments: [String] = []
        if let dialogues { serveArguments += ["--dialogues", Self.absolute(dialogues)] }
        if let store { serveArguments += ["--store", store == ":memory:" ? store : Self.absolute(store)] }
        let launcher = ServerLauncher(socketPath: socketPath, serveArguments: serveArguments, autostart: !noAutostart)

        let client: SocketClient
        do {
            client = try launcher.connect(started: Self.announceStart(socketPath), slow: Self.announceSlowStart)
        } catch {
            StandardStreams.error("curio chat: \(error)")
            throw ExitCode(2)
        }

        let editor = LineEditor(historyPath: DefaultPaths.history())
        let session = ChatSession(
            input: editor, connection: client,
            options: ChatSession.Options(dialogue: dialogue, resume: resume, record: record != nil),
            rendering: ChatRendering(style: .forStandardOutput(), labels: labels()),
            reconnect: { try launcher.connect(started: Self.announceStart(socketPath), slow: Self.announceSlowStart) },
            write: StandardStreams.write)
        let exit = session.run()
        editor.saveHistory()
        if let record, let script = session.recordedScript {
            do {
                try Data(script.utf8).write(to: URL(fileURLWithPath: record))
                StandardStreams.error("curio chat: recorded this consultation as a test script in \(record) (run it with: curio test \(record))")
            } catch {
                StandardStreams.error("curio chat: could not write \(record): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        if exit != .ok { throw ExitCode(exit.rawValue) }
    }

    private static func announceStart(_ socketPath: String) -> (String) -> Void {
        { log in StandardStreams.error("curio chat: no server on \(socketPath); starting curio serve (log: \(log))") }
    }

    /// Said once when the started server is slow to answer: its first start compiles the rules.
    private static func announceSlowStart() {
        StandardStreams.error("curio chat: the server is still starting (a first start compiles the rules); waiting up to two minutes")
    }

    /// Risk-factor labels for the findings behind recommendations; ids when the catalogue
    /// cannot be read (the server's answers still make sense with ids).
    private func labels() -> [RiskFactorID: String] {
        guard let folder = try? DialoguesLocator.locate(explicit: dialogues),
            let catalogue = try? RiskFactorCatalogue.load(from: folder)
        else { return [:] }
        return Dictionary(catalogue.factors.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
