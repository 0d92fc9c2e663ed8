import CurioClient
import CurioCore
import Foundation
import Testing

/// Trainers' scripts replayed against a running server (`curio test --socket`) end the
/// sessions they start: before, every script left its consultation open, and replaying a few
/// thousand scripts filled the server's session limit, so later scripts failed with
/// `too_many_sessions` though nothing in them was wrong.
@Suite(.serialized)
struct ScriptsOverTheSocketTests {
    static let script = """
        title: A bruised 8-week-old
        dialogue: consultation
        you: no
        you: health visitor
        you: 8 week old, bruise on her cheek
        expect recommendation bruising-protocol urgent
        """

    /// Starts `curio serve` with room for `sessions` consultations at once.
    static func serve(socket: String, sessions: Int) throws -> Process {
        try CaseRecordTests.serve(socket: socket, store: ":memory:", options: ["--max-sessions", String(sessions)])
    }

    @Test(.enabled(if: CaseRecordTests.built))
    func scriptsReplayedMoreTimesThanTheServerHasSessionsAllPass() throws {
        let folder = CaseRecordTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let socket = folder + "/s.sock"
        let server = try Self.serve(socket: socket, sessions: 2)
        defer { CaseRecordTests.stop(server) }
        let script = try ScriptParser.parse(Self.script, file: "bruise.curio")
        for run in 1...5 {
            var driver = SocketScriptDriver(socketPath: socket)
            var coverage = ScriptCoverage()
            let result = ScriptRunner().run(script, driver: &driver, coverage: &coverage)
            #expect(result.passed, "run \(run): \(result.failures)")
        }
    }

    /// A script that ends its consultation itself (`do: end`) is not ended twice into a failure.
    @Test(.enabled(if: CaseRecordTests.built))
    func aScriptThatEndsItsOwnSessionStillPasses() throws {
        let folder = CaseRecordTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let socket = folder + "/s.sock"
        let server = try Self.serve(socket: socket, sessions: 1)
        defer { CaseRecordTests.stop(server) }
        let script = try ScriptParser.parse(Self.script + "\ndo: end\nexpect done\n", file: "ended.curio")
        for run in 1...3 {
            var driver = SocketScriptDriver(socketPath: socket)
            var coverage = ScriptCoverage()
            let result = ScriptRunner().run(script, driver: &driver, coverage: &coverage)
            #expect(result.passed, "run \(run): \(result.failures)")
        }
    }
}
