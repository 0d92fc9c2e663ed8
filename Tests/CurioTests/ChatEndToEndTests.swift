import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `curio chat` end to end, as a practitioner meets it: the real binary on a pseudo-terminal
/// (so GNU Readline is in charge of the line), a server it starts itself on a temporary
/// socket, a few answers, `why`, `back`, then `quit`. The background server is stopped
/// afterwards, found by the exact socket path on its command line.
@Suite(.serialized) struct ChatEndToEndTests {
    /// Tests/CurioTests/ChatEndToEndTests.swift → .build/debug/curio
    static let binary = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/curio").path

    static var binaryServes: Bool {
        guard FileManager.default.isExecutableFile(atPath: binary) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--help"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// Eight minutes, not two: on a fresh clone the autostarted debug server compiles the lexicon
    /// with no snapshot to read, while the rest of the suite runs on the same two cores (the
    /// twenty-fourth session's clean-clone run took 252 s here; each wait below still has its
    /// own timeout, so a hang fails sooner).
    @Test(.enabled(if: binaryServes, "needs .build/debug/curio with `curio serve`: run `swift build` first"),
          .timeLimit(.minutes(8)))
    func autostartsTheServerAndHoldsAConsultation() throws {
        let socket = "/tmp/curio-e2e-\(getpid())-\(UInt16.random(in: 0...UInt16.max)).sock"
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("curio-e2e-\(UUID().uuidString)")
        defer {
            Self.stopServers(on: socket)
            unlink(socket)
            unlink(socket + ".log")
            try? FileManager.default.removeItem(at: state)
        }

        let terminal = try PseudoTerminal(columns: 80, rows: 40)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["chat", "--socket", socket, "--store", ":memory:"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = state.path  // the history file goes here, not to ~
        environment["NO_COLOR"] = "1"
        environment["TERM"] = "xterm"
        environment["CURIO_STORE"] = ":memory:"
        environment.removeValue(forKey: "CURIO_SOCKET")
        process.environment = environment
        let slave = FileHandle(fileDescriptor: terminal.slave, closeOnDealloc: false)
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = slave
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // The opening: the disclaimer, then the first question (about immediate danger). As
        // long as chat itself waits for the server it started (a first start compiles the rules).
        try terminal.waitFor("professional judgement", timeout: 150)
        // The first question's options: the disclaimer also says "immediate danger", so waiting
        // for those words raced the question itself.
        try terminal.waitFor("(in the past only / yes / no / not sure)")
        try Self.watchdog(socket: socket)
        let opening = terminal.flattened
        #expect(opening.contains("does not replace, your professional judgement and local safeguarding procedures"))
        #expect(opening.contains("999"))
        #expect(opening.contains("starting curio serve"))
        #expect(opening.contains("(in the past only / yes / no / not sure)"))

        try terminal.type("no\r")
        try terminal.waitFor("What is your role?")

        try terminal.type("why\r")
        try terminal.waitFor("Why this question")

        try terminal.type("health visitor\r")
        try terminal.waitFor("what is worrying you")

        try terminal.type("back\r")
        try terminal.waitFor("Undid your answer")
        try terminal.waitFor("health visitor", after: "Undid your answer")

        // Tab completes a command on the whole line.
        try terminal.type("summ\t\r")
        try terminal.waitFor("Case summary")

        try terminal.type("quit\r")
        try terminal.waitFor("ended")
        // Bounded waits only: a hung chat must fail the test, never hang it (the server
        // would be left behind).
        let deadline = Date().addingTimeInterval(15)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        try #require(!process.isRunning, "curio chat did not exit after quit")
        #expect(process.terminationStatus == 0)
        let transcript = terminal.flattened
        #expect(transcript.range(of: #"Consultation \S+ ended"#, options: .regularExpression) != nil)
        // The history file was written, private to the user.
        let history = state.appendingPathComponent("curio/history").path
        let attributes = try FileManager.default.attributesOfItem(atPath: history)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    /// Should this test process die before its cleanup runs (a crash elsewhere in the suite),
    /// a small shell outlives it just long enough to stop the server it started.
    static func watchdog(socket: String) throws {
        let pids = serverPIDs(on: socket).map(String.init).joined(separator: " ")
        guard !pids.isEmpty else { return }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; kill \(pids) 2>/dev/null; exit 0"]
        shell.standardInput = FileHandle.nullDevice
        shell.standardOutput = FileHandle.nullDevice
        shell.standardError = FileHandle.nullDevice
        try shell.run()
    }

    /// Stops every process whose command line names this socket (the autostarted server).
    static func stopServers(on socket: String) {
        let pids = serverPIDs(on: socket)
        for pid in pids { kill(pid, SIGTERM) }
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, !serverPIDs(on: socket).isEmpty { usleep(50_000) }
        for pid in serverPIDs(on: socket) { kill(pid, SIGKILL) }
    }

    static func serverPIDs(on socket: String) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry), pid != getpid(),
                let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
            else { return nil }
            let arguments = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            guard arguments.contains("serve"), arguments.contains(socket) else { return nil }
            // A zombie has no command line left; skip anything already gone.
            return pid
        }
    }
}

/// A pseudo-terminal: the slave end for the child, the master end read by a thread.
final class PseudoTerminal: @unchecked Sendable {
    let master: Int32
    let slave: Int32
    private let lock = NSLock()
    private var output = ""

    init(columns: UInt16, rows: UInt16) throws {
        let master = PTY.openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, PTY.grantpt(master) == 0, PTY.unlockpt(master) == 0, let name = PTY.ptsname(master) else {
            throw PseudoTerminalError("no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw PseudoTerminalError("cannot open \(String(cString: name))") }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        self.master = master
        self.slave = slave
        let thread = Thread { [self] in readLoop() }
        thread.start()
    }

    deinit {
        close(slave)
        close(master)
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            let text = String(decoding: buffer[..<count], as: UTF8.self)
            lock.withLock { output += text }
        }
    }

    var text: String { lock.withLock { output } }

    /// The output with escape sequences and carriage returns removed and whitespace runs
    /// (including line breaks from wrapping) made one space.
    var flattened: String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    func type(_ keys: String) throws {
        let bytes = Array(keys.utf8)
        let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw PseudoTerminalError("could not type \(keys.debugDescription)") }
    }

    /// Waits until `expected` appears in the flattened output (after `after`, when given).
    func waitFor(_ expected: String, after: String? = nil, timeout: TimeInterval = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var haystack = Substring(flattened)
            if let after, let mark = haystack.range(of: after) { haystack = haystack[mark.upperBound...] }
            else if after != nil { haystack = "" }
            if haystack.contains(expected) { return }
            usleep(50_000)
        }
        throw PseudoTerminalError("timed out waiting for \(expected.debugDescription); the terminal shows:\n\(text)")
    }
}

/// posix_openpt, grantpt, unlockpt and ptsname: in the C library, but not exported by the
/// Swift Glibc module (they are XOPEN declarations), so they are looked up by name.
enum PTY {
    typealias IntToInt = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static func function<T>(_ name: String, as type: T.Type) -> T {
        #if os(Linux)
        let handle = dlopen(nil, RTLD_NOW)
        #else
        let handle = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT
        #endif
        guard let symbol = dlsym(handle, name) else { fatalError("no \(name) in the C library") }
        return unsafeBitCast(symbol, to: type)
    }

    static func openpt(_ flags: Int32) -> Int32 { function("posix_openpt", as: IntToInt.self)(flags) }
    static func grantpt(_ fd: Int32) -> Int32 { function("grantpt", as: IntToInt.self)(fd) }
    static func unlockpt(_ fd: Int32) -> Int32 { function("unlockpt", as: IntToInt.self)(fd) }
    static func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>? { function("ptsname", as: Name.self)(fd) }
}

struct PseudoTerminalError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
