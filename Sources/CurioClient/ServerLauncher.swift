import CurioCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why no server could be reached or started.
public enum LaunchError: Error, CustomStringConvertible {
    case autostartDisabled(path: String, reason: String)
    case spawnFailed(String)
    case serverExited(status: Int32, log: String, tail: String)
    case timedOut(seconds: Int, log: String, tail: String)
    case client(ClientError)

    public var description: String {
        switch self {
        case .autostartDisabled(let path, let reason):
            return "no Curio server answers on \(path) (\(reason)), and --no-autostart was given. Start one with: curio serve --socket \(path)"
        case .spawnFailed(let reason):
            return "could not start curio serve: \(reason)"
        case .serverExited(let status, let log, let tail):
            return "curio serve stopped while starting (exit status \(status)); its log is \(log)" + Self.quote(tail)
        case .timedOut(let seconds, let log, let tail):
            return "curio serve did not answer within \(seconds) seconds; its log is \(log)" + Self.quote(tail)
        case .client(let error):
            return error.description
        }
    }

    private static func quote(_ tail: String) -> String {
        tail.isEmpty ? "" : ":\n" + tail.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }
}

/// Connects to the server on a socket, starting `curio serve` in the background first when
/// nothing answers there (as gpg-agent is started by gpg).
///
/// The server is started from this very executable, in a session of its own (so closing
/// the terminal does not stop it), with standard input from /dev/null and its output to a log
/// file next to the socket (`<socket>.log`, mode 0600).
public struct ServerLauncher: Sendable {
    public var socketPath: String
    /// Extra `curio serve` arguments (`--dialogues DIR`, `--store PATH`).
    public var serveArguments: [String]
    public var autostart: Bool
    /// How long a server that is still running may take to answer. Two minutes, not fifteen
    /// seconds: a server's first start compiles the rules (a snapshot is read after that),
    /// which a debug build (`swift run`) on a busy two-core machine took more than twenty
    /// seconds to do, and the practitioner was told it "did not answer". A server that stops
    /// is reported at once, whatever this is.
    public var startupTimeout: TimeInterval
    /// After this long without an answer, `connect`'s `slow` is called once (to say why the
    /// wait is long).
    public var slowAfter: TimeInterval
    /// The `curio` executable to start; nil means this process's own.
    public var executable: String?

    public init(
        socketPath: String, serveArguments: [String] = [], autostart: Bool = true,
        startupTimeout: TimeInterval = 120, slowAfter: TimeInterval = 5, executable: String? = nil
    ) {
        self.socketPath = socketPath
        self.serveArguments = serveArguments
        self.autostart = autostart
        self.startupTimeout = startupTimeout
        self.slowAfter = slowAfter
        self.executable = executable
    }

    public var logPath: String { socketPath + ".log" }

    /// A connection whose server answered `ping`. `started` is called just before a server
    /// is started, with the log path (to tell the practitioner); `slow`, once, when the
    /// started server has not answered after `slowAfter`.
    public func connect(started: (String) -> Void = { _ in }, slow: () -> Void = {}) throws(LaunchError) -> SocketClient {
        let firstFailure: ClientError
        do {
            return try Self.connectAndPing(socketPath)
        } catch {
            if case .pathTooLong = error { throw .client(error) }
            firstFailure = error
        }
        guard autostart else {
            let reason: String
            if case .serverUnavailable(_, let why) = firstFailure { reason = why } else { reason = firstFailure.description }
            throw .autostartDisabled(path: socketPath, reason: reason)
        }
        started(logPath)
        let pid = try spawnServer()
        let begun = Date()
        let deadline = begun.addingTimeInterval(startupTimeout)
        var delay: useconds_t = 50_000
        var toldSlow = false
        while Date() < deadline {
            if !toldSlow, Date().timeIntervalSince(begun) >= slowAfter {
                toldSlow = true
                slow()
            }
            if let client = try? Self.connectAndPing(socketPath) { return client }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                // One last try: a second chat may have started a server on the same socket.
                if let client = try? Self.connectAndPing(socketPath) { return client }
                let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                throw .serverExited(status: code, log: logPath, tail: Self.tail(of: logPath))
            }
            usleep(delay)
            delay = min(delay * 2, 250_000)
        }
        throw .timedOut(seconds: Int(startupTimeout), log: logPath, tail: Self.tail(of: logPath))
    }

    /// Connects and checks that a Curio server is what answers.
    static func connectAndPing(_ path: String) throws(ClientError) -> SocketClient {
        let client = try SocketClient(path: path, timeout: 5)
        let pong = try client.send(WireRequest(op: WireRequest.Op.ping.rawValue))
        if let error = pong.error {
            client.close()
            throw .badResponse("ping answered \(error.code): \(error.message)")
        }
        client.setTimeout(SocketClient.answerTimeout)
        return client
    }

    // MARK: Starting the server

    /// `curio serve --socket PATH ...`, detached; returns its pid.
    func spawnServer() throws(LaunchError) -> pid_t {
        let program = executable ?? Self.ownExecutable()
        let folder = (socketPath as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .spawnFailed("could not create the socket folder \(folder): \(error.localizedDescription)")
            }
        }
        // argv[0] is the full path: the server finds the shipped dialogues/ relative to it.
        let arguments = [program, "serve", "--socket", socketPath] + serveArguments

        Self.closeOnExec()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A session of its own: no controlling terminal, so closing the terminal or Ctrl-C in
        // the REPL does not stop the server. Signals go back to their defaults.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var noMask = sigset_t()
        sigemptyset(&noMask)
        posix_spawnattr_setsigmask(&attributes, &noMask)
        posix_spawnattr_setflags(&attributes, Int16(Self.setsid | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        guard result == 0 else {
            throw .spawnFailed("\(program): \(String(cString: strerror(result)))")
        }
        chmod(logPath, 0o600)
        return pid
    }

    /// Marks every descriptor above stderr close-on-exec, so the server inherits none of
    /// ours. A daemon holding its starter's descriptors keeps pipes and sockets open that the
    /// starter's own parent waits on (a shell's command substitution, Foundation's Process).
    static func closeOnExec() {
        var descriptors: [Int32] = []
        if let entries = try? FileManager.default.contentsOfDirectory(atPath: "/dev/fd") {
            descriptors = entries.compactMap { Int32($0) }
        } else {
            descriptors = Array(3..<1024)
        }
        for fd in descriptors where fd > 2 {
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    #if canImport(Glibc)
    /// glibc's POSIX_SPAWN_SETSID (a GNU extension the Swift overlay does not export).
    static let setsid: Int32 = 0x80
    #else
    static let setsid: Int32 = 0x0400  // POSIX_SPAWN_SETSID on Darwin
    #endif

    /// This process's executable: /proc/self/exe, resolved (a rebuilt binary still counts).
    static func ownExecutable() -> String {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 {
            var path = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if path.hasSuffix(" (deleted)") { path.removeLast(" (deleted)".count) }
            return path
        }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// The last lines of the server's log, for an error message.
    static func tail(of path: String, lines: Int = 5) -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return "" }
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }
}
