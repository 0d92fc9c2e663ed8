import ArgumentParser
import CurioCore
import CurioServer
import Foundation
import Logging
import NIOCore
import NIOPosix

/// `curio bench`: the server under load, against the floor of a bare Unix-socket echo.
///
/// It starts `curio serve` as a child process (so its memory can be read from /proc), drives
/// `--concurrency` consultations at once over the socket (start, `--turns` answers, end), then
/// runs the same number of connections against an echo server of its own with lines of the
/// same size, and finally holds `--idle` sessions open to measure the server's memory per
/// idle session. Build with `swift build -c release --product curio` for meaningful figures.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure server throughput, turn latency against a bare socket echo, and memory per idle session.")

    @OptionGroup var options: DialoguesOption

    @Option(help: "Consultations driven at once, one connection each.")
    var concurrency = 1000

    @Option(help: "Answers (`say`) per consultation; each is a timed turn.")
    var turns = 20

    @Option(help: "Idle sessions held open for the memory figure (0: skip).")
    var idle = 1000

    @Option(help: "The dialogue to start (default: the default dialogue).")
    var dialogue: String?

    @Option(help: "The server's case store: `:memory:` or a path (a temporary SQLite file with `temp`).")
    var store = ":memory:"


    @Flag(help: "Measure only the logic on one thread (the `desk:` line), without a server: for profilers.")
    var deskOnly = false

    @Flag(help: "With --desk-only: the consultations taking turns (the `desk (interleaved):` line) instead of one after another.")
    var interleaved = false

    /// Practitioners' answers of usual length, most with findings for the matcher to make.
    /// There are as many as the default number of turns, so a consultation never says the same
    /// thing twice: an answer that adds nothing to the case picture is cheaper (the advice is
    /// not worked out again), and a script that repeated itself would flatter the server.
    static let texts = [
        "the baby is 8 weeks old and has a small bruise on his cheek",
        "mum says she does not know how it happened",
        "no, there are no other injuries that I could see",
        "dad was not there, he works nights and may have been drinking",
        "the health visitor is worried about neglect and missed appointments",
        "yes",
        "not sure",
        "there is a history of domestic abuse reported by a neighbour",
        "she was born by emergency section after a long labour and spent a week in SCBU",
        "mum had depression in pregnancy but never took up the referral",
        "he cries for hours every evening and nothing settles him",
        "mum has no family nearby and no friends to help her",
        "his grandmother rang because she is worried about how dad handles him",
        "there is also a small burn on the back of his hand",
        "dad has a conviction for violence against a previous partner",
        "mum grew up in foster care",
        "both parents smoke cannabis most evenings",
        "mum has a learning disability and struggles with the feeding plan",
        "dad thinks the baby cries on purpose to wind him up",
        "no, he has not been seen by a doctor yet",
    ]

    /// CPU time (user and system) this process has used so far: the benchmark client's.
    static func ownCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    func run() async throws {
        let directory = try DialoguesLocator.locate(explicit: options.dialogues)
        if deskOnly { try measureDesk(directory: directory); return }
        let folder = "/tmp/curio-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let storePath = store == "temp" ? folder + "/bench.sqlite" : store
        let connections = max(concurrency, idle)
        let server = try BenchServerProcess.start(
            socket: folder + "/curio.sock", dialogues: directory, store: storePath, connections: connections)
        defer { server.stop() }
        let echoGroup = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        print("curio bench: \(concurrency) concurrent consultations × \(turns) turns, store \(store), \(ProcessInfo.processInfo.activeProcessorCount) cores")

        let answerBytes = try measureDesk(directory: directory)

        // Warm up the server (first loads, allocator) with a short run.
        _ = try await LoadDriver.run(path: server.socket, scripts: consultations(min(concurrency, 50), turns: 4))

        let cpuBefore = server.cpuSeconds
        let clientBefore = Self.ownCPUSeconds()
        let (load, _) = try await LoadDriver.run(path: server.socket, scripts: consultations(concurrency, turns: turns))
        let cpuAfter = server.cpuSeconds
        let clientSeconds = Self.ownCPUSeconds() - clientBefore
        let served = BenchLatencies(load.latencies)
        let rate = Double(load.latencies.count) / load.seconds
        print(String(format: "server: %.0f turns/s over %.2f s; turn %@", rate, load.seconds, served.line))
        if let cpuBefore, let cpuAfter, !load.latencies.isEmpty {
            // Includes each consultation's start and end, shared out over its timed turns.
            print(String(format: "server: %.0f µs of CPU per turn (%.2f s of CPU, %.0f%% of %d cores)",
                (cpuAfter - cpuBefore) * 1e6 / Double(load.latencies.count), cpuAfter - cpuBefore,
                (cpuAfter - cpuBefore) / load.seconds / Double(ProcessInfo.processInfo.activeProcessorCount) * 100,
                ProcessInfo.processInfo.activeProcessorCount))
            // The client shares the cores: what it takes, the server cannot have.
            print(String(format: "client: %.0f µs of CPU per turn (%.2f s of CPU, %.0f%% of %d cores)",
                clientSeconds * 1e6 / Double(load.latencies.count), clientSeconds,
                clientSeconds / load.seconds / Double(ProcessInfo.processInfo.activeProcessorCount) * 100,
                ProcessInfo.processInfo.activeProcessorCount))
        }
        if load.failed > 0 { print("server: \(load.failed) consultations failed") }

        let echoPath = folder + "/echo.sock"
        let echo = try await EchoServer.start(path: echoPath, group: echoGroup)
        let sample = #"{"op":"say","session":"0123456789abcdef0123456789abcdef","text":"\#(Self.texts[0])"}"#
        let echoScripts: [any LoadScript] = (0..<concurrency).map { _ in EchoScript(line: sample, turns: turns) }
        let (floor, _) = try await LoadDriver.run(path: echoPath, scripts: echoScripts)
        try await echo.close()
        let bare = BenchLatencies(floor.latencies)
        print(String(format: "echo:   %.0f round trips/s over %.2f s; round trip %@", Double(floor.latencies.count) / floor.seconds, floor.seconds, bare.line))
        print(String(format: "ratio:  p99 turn / p99 echo = %.2f× (target ≤ 3×); p50 %.2f×", served.p99 / bare.p99, served.p50 / bare.p50))

        // The same echo with replies as long as the answers: what carrying them costs on this
        // machine, so the rest of a turn's time is the working out.
        let carryPath = folder + "/carry.sock"
        let carry = try await EchoServer.start(path: carryPath, group: echoGroup, replyBytes: answerBytes)
        let (carried, _) = try await LoadDriver.run(path: carryPath, scripts: echoScripts)
        try await carry.close()
        let sized = BenchLatencies(carried.latencies)
        print(String(format: "carry:  %.0f round trips/s over %.2f s with %.1f KiB replies (an echo as long as the answers); round trip %@; p99 turn / p99 carry = %.2f×",
            Double(carried.latencies.count) / carried.seconds, carried.seconds, Double(answerBytes) / 1024, sized.line, served.p99 / sized.p99))

        if idle > 0 {
            // A fresh server, so memory freed by the load run does not hide the sessions' cost.
            let server = try BenchServerProcess.start(
                socket: folder + "/idle.sock", dialogues: directory, store: storePath, connections: connections)
            defer { server.stop() }
            _ = try await LoadDriver.run(path: server.socket, scripts: consultations(1, turns: 1))
            let before = server.residentBytes ?? 0
            let idleScripts: [any LoadScript] = (0..<idle).map { index in
                ConsultationScript(dialogue: dialogue, texts: Self.texts, turns: 0, offset: index, endAtFinish: false)
            }
            let (opened, held) = try await LoadDriver.run(path: server.socket, scripts: idleScripts, keepOpen: true)
            try await Task.sleep(for: .milliseconds(300))
            let after = server.residentBytes ?? 0
            held.close()
            let perSession = Double(after - before) / Double(max(1, idle - opened.failed))
            print(String(format: "memory: server RSS %.1f MiB → %.1f MiB with %d idle sessions (one connection each): %.1f KiB per idle session (target < 64 KiB)",
                Double(before) / 1_048_576, Double(after) / 1_048_576, idle - opened.failed, perSession / 1024))
        }
        try await echoGroup.shutdownGracefully()
    }

    /// The logic alone, on one thread of this process: the floor under the socket figures.
    /// Prints the desk's lines (consultations one after another, then taking turns); answers
    /// the mean answer's length in bytes.
    @discardableResult
    func measureDesk(directory: URL) throws -> Int {
        var quiet = Logger(label: "curio.desk")
        quiet.logLevel = .error  // as the server is run here (`--log-level error`)
        let desk = ConsultationDesk(
            knowledge: try Knowledge.load(from: directory), journal: InMemoryCaseJournal(), maxSessions: 100_000, logger: quiet)
        _ = DeskLoop.run(desk: desk, scripts: consultations(20, turns: turns))
        var bytes = 0
        if !(deskOnly && interleaved) {
            let alone = DeskLoop.run(desk: desk, scripts: consultations(min(concurrency, 500), turns: turns))
            print(String(format: "desk:   %.0f turns/s on one thread without the socket (%.0f µs a turn: read, answer, write; %.1f KiB of answers a turn)",
                Double(alone.turns) / alone.seconds, alone.seconds * 1e6 / Double(max(1, alone.turns)),
                Double(alone.bytes) / 1024 / Double(max(1, alone.turns))))
            bytes = alone.bytes / max(1, alone.turns)
            if deskOnly { return bytes }
        }
        // The same turns as the server sees them, one of each consultation in turn: every
        // session's state has gone cold by its next turn, which the line above never shows.
        let mixed = DeskLoop.runInterleaved(desk: desk, scripts: consultations(concurrency, turns: turns))
        print(String(format: "desk (interleaved): %.0f turns/s with %d consultations taking turns (%.0f µs a turn)",
            Double(mixed.turns) / mixed.seconds, concurrency, mixed.seconds * 1e6 / Double(max(1, mixed.turns))))
        return bytes
    }

    func consultations(_ count: Int, turns: Int) -> [any LoadScript] {
        (0..<count).map { ConsultationScript(dialogue: dialogue, texts: Self.texts, turns: turns, offset: $0) }
    }
}
