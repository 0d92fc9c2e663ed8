import CurioCore
import Foundation
import Testing

/// `curio serve` as a process: it listens, reloads on SIGHUP, and on SIGTERM or SIGINT exits 0
/// and removes its socket file.
@Suite(.serialized) struct ServeProcessTests {
    static let binary = Fixtures.repository.appendingPathComponent(".build/debug/curio").path
    static var built: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    /// How long a test waits for the debug server to start or to answer: compiling the
    /// lexicon in a debug build takes seconds, and many more on a machine busy with other
    /// builds, where the ten seconds these tests waited were not always enough.
    static let patience = 60

    /// Launches the server and waits until it answers.
    func launch(socket path: String, store: String = ":memory:") async throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = [
            "serve", "--socket", path, "--dialogues", Fixtures.dialoguesFolder.path, "--store", store,
            "--log-level", "warning",
        ]
        // Neither of the server's outputs is the test process's: a server left running by a
        // test process that died would hold `swift test`'s pipe open, and it waited for ever.
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<(Self.patience * 20) {
            if let client = try? await LineClient.connect(path, timeout: 5), (try? await client.request(.ping))?.say == "pong" {
                return process
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.terminate()
        throw LineClient.Failure.timedOut
    }

    func waitForExit(_ process: Process) async throws -> Int32 {
        for _ in 0..<200 where process.isRunning {
            try await Task.sleep(for: .milliseconds(50))
        }
        guard !process.isRunning else {
            kill(process.processIdentifier, SIGKILL)
            throw LineClient.Failure.timedOut
        }
        return process.terminationStatus
    }

    @Test(.enabled(if: built), arguments: [SIGTERM, SIGINT])
    func aSignalStopsTheServerCleanly(signal: Int32) async throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.removeFolder(folder) }
        let path = folder + "/curio.sock"
        let process = try await launch(socket: path)
        let client = try await LineClient.connect(path, timeout: Self.patience)
        let session = try #require(try await client.request(.start, dialogue: Fixtures.triage).session)
        #expect(try await client.request(.say, session: session, text: "yes").state == "call-999")

        kill(process.processIdentifier, signal)
        #expect(try await waitForExit(process) == 0)
        #expect(process.terminationReason == .exit)
        #expect(!Fixtures.exists(path))
        #expect(Fixtures.mode(of: folder) == 0o700)
    }

    @Test(.enabled(if: built))
    func sighupReloadsAndTheServerGoesOn() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.removeFolder(folder) }
        let path = folder + "/curio.sock"
        let process = try await launch(socket: path)
        let client = try await LineClient.connect(path, timeout: Self.patience)
        let session = try #require(try await client.request(.start, dialogue: Fixtures.triage).session)

        kill(process.processIdentifier, SIGHUP)
        try await Task.sleep(for: .milliseconds(300))
        #expect(process.isRunning)
        #expect(try await client.request(.say, session: session, text: "yes").state == "call-999")
        #expect(try await LineClient.connect(path, timeout: Self.patience).request(.start, dialogue: Fixtures.triage).state == "danger")

        kill(process.processIdentifier, SIGTERM)
        #expect(try await waitForExit(process) == 0)
    }

    @Test(.enabled(if: built))
    func aSecondServerOnALiveSocketRefusesToStart() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.removeFolder(folder) }
        let path = folder + "/curio.sock"
        let first = try await launch(socket: path)
        defer { kill(first.processIdentifier, SIGTERM) }

        let second = Process()
        second.executableURL = URL(fileURLWithPath: Self.binary)
        second.arguments = ["serve", "--socket", path, "--dialogues", Fixtures.dialoguesFolder.path, "--store", ":memory:"]
        let errors = Pipe()
        second.standardError = errors
        second.standardOutput = FileHandle.nullDevice
        try second.run()
        let output = try await offThePool {
            let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            second.waitUntilExit()
            return output
        }
        #expect(second.terminationStatus != 0)
        #expect(output.contains("a Curio server is already answering on \(path)"))
        #expect(try await LineClient.connect(path).request(.ping).say == "pong")
    }

    @Test(.enabled(if: built))
    func aRestartedServerResumesFromTheStore() async throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.removeFolder(folder) }
        let path = folder + "/curio.sock"
        let store = folder + "/store/curio.sqlite"

        let first = try await launch(socket: path, store: store)
        let client = try await LineClient.connect(path)
        let session = try #require(try await client.request(.start, dialogue: Fixtures.triage).session)
        let said = try await client.request(.say, session: session, text: "yes")
        #expect(said.state == "call-999")
        kill(first.processIdentifier, SIGTERM)
        #expect(try await waitForExit(first) == 0)

        let second = try await launch(socket: path, store: store)
        defer { kill(second.processIdentifier, SIGTERM) }
        let again = try await LineClient.connect(path)
        let resumed = try await again.request(.resume, session: session)
        #expect(resumed.state == "call-999")
        #expect(resumed.turns == 1)
        #expect(resumed.say == said.say)
        #expect(try await again.request(.back, session: session).state == "danger")
        #expect(try await again.request(.end, session: session).done == true)
    }
}
