import CurioClient
import CurioCore
import CurioStore
import Foundation
import Testing

/// The duty desk's promise, tested on the real binary: a server killed outright in the middle
/// of a consultation loses nothing that was answered, and consultations held at once are
/// recorded complete and apart.
@Suite(.serialized)
struct CaseRecordTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = repository.appendingPathComponent(".build/debug/curio").path
    static var built: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    /// A short private folder (socket paths are limited to about 107 bytes).
    static func folder() -> String {
        let path = "/tmp/curio-cr-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Starts `curio serve` (with `options`, such as a session limit) and waits until a ping answers.
    static func serve(socket: String, store: String, options: [String] = []) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [
            "serve", "--socket", socket, "--store", store, "--dialogues", repository.appendingPathComponent("dialogues").path,
            "--log-level", "warning",
        ] + options
        // Neither of the server's outputs is the test process's: a server left running by a
        // test process that died would hold `swift test`'s pipe open, and it waited for ever.
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Up to two minutes, as `curio chat` waits: a debug server's first start compiles the
        // rules, which took more than fifteen seconds on a busy machine.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if let client = try? SocketClient(path: socket, timeout: 5),
                (try? client.send(WireRequest(op: "ping")))?.say == "pong"
            {
                client.close()
                return process
            }
            guard process.isRunning else { break }
            usleep(50_000)
        }
        process.terminate()
        throw ScriptDriverError("curio serve did not answer on \(socket)")
    }

    static func stop(_ process: Process, signal: Int32 = SIGTERM) {
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    @Test(.enabled(if: built))
    func aServerKilledMidConsultationLosesNoAnsweredTurn() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let socket = folder + "/s.sock"
        let store = folder + "/store/curio.sqlite"

        let first = try Self.serve(socket: socket, store: store)
        let client = try SocketClient(path: socket)
        let session = try #require(try client.send(WireRequest(op: "start")).session)
        let answers = ["no", "health visitor", "8 week old, bruise on her cheek"]
        var last = WireResponse()
        for answer in answers { last = try client.send(WireRequest(op: "say", session: session, text: answer)) }
        #expect(last.recommendations?.contains { $0.id == "bruising-protocol" } == true)
        client.close()
        // No clean shutdown: the process is killed outright and its socket file is left behind.
        Self.stop(first, signal: SIGKILL)
        #expect(FileManager.default.fileExists(atPath: socket))

        // A new server replaces the stale socket and finds the consultation in the store.
        let second = try Self.serve(socket: socket, store: store)
        defer { Self.stop(second) }
        let again = try SocketClient(path: socket)
        defer { again.close() }
        let resumed = try again.send(WireRequest(op: "resume", session: session))
        #expect(resumed.error == nil)
        #expect(resumed.turns == answers.count)
        #expect(resumed.state == last.state)
        #expect(resumed.say == last.say)
        #expect(resumed.recommendations?.map(\.id) == last.recommendations?.map(\.id))
        // The consultation carries on where it was, and its summary has every answer.
        let next = try again.send(WireRequest(op: "say", session: session, text: "no"))
        #expect(next.turns == answers.count + 1)
        let ended = try again.send(WireRequest(op: "end", session: session))
        #expect(ended.summary?.transcript.map(\.answer) == answers + ["no"])
    }

    @Test(.enabled(if: built))
    func twentyConsultationsAtOnceAreRecordedCompleteAndApart() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let socket = folder + "/s.sock"
        let store = folder + "/store/curio.sqlite"
        let server = try Self.serve(socket: socket, store: store)

        let count = 20
        let sessions = LockedSessions()
        DispatchQueue.concurrentPerform(iterations: count) { index in
            do {
                let client = try SocketClient(path: socket)
                defer { client.close() }
                let session = try client.send(WireRequest(op: "start")).session ?? ""
                for turn in 1...4 {
                    _ = try client.send(WireRequest(op: "say", session: session, text: "case \(index) answer \(turn)"))
                }
                _ = try client.send(WireRequest(op: "end", session: session))
                sessions.set(index, session)
            } catch {
                sessions.set(index, "failed: \(error)")
            }
        }
        Self.stop(server)

        let records = try SQLiteCaseStore.openExisting(path: store)
        let ids = sessions.all
        #expect(Set(ids.values).count == count)
        for (index, session) in ids {
            let saved = try #require(try records.load(session: session), "no record for case \(index): \(session)")
            #expect(saved.turns.map(\.text) == (1...4).map { "case \(index) answer \($0)" })
            #expect(saved.endedAt != nil)
        }
    }

    final class LockedSessions: @unchecked Sendable {
        private let lock = NSLock()
        private var sessions: [Int: String] = [:]
        func set(_ index: Int, _ session: String) { lock.withLock { sessions[index] = session } }
        var all: [Int: String] { lock.withLock { sessions } }
    }
}
