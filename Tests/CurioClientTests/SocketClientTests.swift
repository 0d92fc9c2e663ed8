import CurioCore
import Foundation
import Testing
@testable import CurioClient

@Suite struct SocketClientTests {
    @Test func sendsRequestLinesAndReadsResponseLines() throws {
        let server = try FakeSocketServer { line in
            guard let request = try? JSONDecoder().decode(WireRequest.self, from: Data(line.utf8)) else {
                return JSONLines.line(WireResponse.failure("bad_json", "not JSON"))
            }
            var response = WireResponse()
            response.session = "s-\(request.op)"
            response.say = request.text.map { "you said \($0)" }
            return JSONLines.line(response)
        }
        defer { server.stop() }
        let client = try SocketClient(path: server.path)
        let first = try client.send(WireRequest(op: "start"))
        #expect(first.session == "s-start")
        let second = try client.send(WireRequest(op: "say", session: "s", text: "no, she is safe"))
        #expect(second.say == "you said no, she is safe")
        client.close()
    }

    @Test func nothingListeningIsServerUnavailable() {
        let path = "/tmp/curio-test-none-\(getpid()).sock"
        #expect {
            _ = try SocketClient(path: path)
        } throws: { error in
            guard case ClientError.serverUnavailable(let where_, _) = error else { return false }
            return where_ == path
        }
    }

    @Test func aServerThatHangsUpIsServerWentAway() throws {
        let server = try FakeSocketServer { _ in nil }
        defer { server.stop() }
        let client = try SocketClient(path: server.path)
        #expect {
            _ = try client.send(WireRequest(op: "ping"))
        } throws: { error in
            guard case ClientError.serverWentAway = error else { return false }
            return (error as? ClientError)?.isConnectionLoss == true
        }
        // Once gone, the client stays gone rather than crashing.
        #expect(throws: ClientError.self) { _ = try client.send(WireRequest(op: "ping")) }
    }

    @Test func anUnreadableAnswerIsABadResponse() throws {
        let server = try FakeSocketServer { _ in "this is not json" }
        defer { server.stop() }
        let client = try SocketClient(path: server.path)
        #expect(throws: ClientError.badResponse("this is not json")) { _ = try client.send(WireRequest(op: "ping")) }
    }

    @Test func tooLongAPathIsSaidPlainly() {
        let path = "/tmp/" + String(repeating: "x", count: 120) + ".sock"
        #expect(throws: ClientError.pathTooLong(path)) { _ = try SocketClient(path: path) }
    }

    @Test func theLauncherConnectsWhenAServerAnswersPing() throws {
        let server = try FakeSocketServer { _ in #"{"say":"pong"}"# }
        defer { server.stop() }
        let client = try ServerLauncher(socketPath: server.path, autostart: false).connect()
        #expect(try client.send(WireRequest(op: "ping")).say == "pong")
    }

    @Test func withoutAutostartNoServerIsAClearRefusal() {
        let path = "/tmp/curio-test-none-\(getpid()).sock"
        var started = false
        #expect {
            _ = try ServerLauncher(socketPath: path, autostart: false).connect { _ in started = true }
        } throws: { error in
            "\(error)".contains("--no-autostart") && "\(error)".contains(path)
        }
        #expect(!started)
    }

    @Test func aServerThatCannotStartIsReportedWithItsLog() throws {
        let path = "/tmp/curio-test-fail-\(getpid()).sock"
        defer { unlink(path + ".log") }
        // /bin/false stands in for a curio binary whose server exits at once.
        let launcher = ServerLauncher(socketPath: path, startupTimeout: 5, executable: "/bin/false")
        #expect {
            _ = try launcher.connect()
        } throws: { error in
            guard case LaunchError.serverExited(let status, let log, _) = error else { return false }
            return status == 1 && log == path + ".log"
        }
    }

    /// A stand-in for a server that stays up without answering for `seconds`, then stops.
    ///
    /// Written by a shell of its own, not by this process: a file this process had open for
    /// writing can be inherited by a process another test forks at that moment, and until that
    /// one execs, running the script fails with "Text file busy" (it did, once, in CI).
    private static func silentServer(seconds: Int, in folder: String) throws -> String {
        let script = folder + "/silent-serve"
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "printf '#!/bin/sh\\nsleep %s\\nexit 3\\n' \"$2\" > \"$1\" && chmod 755 \"$1\"", "sh", script, String(seconds)]
        try writer.run()
        writer.waitUntilExit()
        try #require(writer.terminationStatus == 0)
        return script
    }

    /// A server still starting is waited for past the first seconds (a first start compiles
    /// the rules), the practitioner is told once why, and a server that then stops is
    /// reported with its status.
    @Test func aSlowServerIsWaitedForAndExplained() throws {
        let folder = "/tmp/curio-test-slow-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let launcher = ServerLauncher(
            socketPath: folder + "/s.sock", startupTimeout: 30, slowAfter: 0.3,
            executable: try Self.silentServer(seconds: 2, in: folder))
        var slowCalls = 0
        #expect {
            _ = try launcher.connect(slow: { slowCalls += 1 })
        } throws: { error in
            guard case LaunchError.serverExited(let status, _, _) = error else { return false }
            return status == 3
        }
        #expect(slowCalls == 1)
    }

    /// A server that neither answers nor stops within the timeout is reported as timed out.
    @Test func aServerThatNeverAnswersTimesOut() throws {
        let folder = "/tmp/curio-test-mute-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let launcher = ServerLauncher(
            socketPath: folder + "/s.sock", startupTimeout: 1, slowAfter: 0.2,
            executable: try Self.silentServer(seconds: 4, in: folder))
        #expect {
            _ = try launcher.connect()
        } throws: { error in
            guard case LaunchError.timedOut(let seconds, _, _) = error else { return false }
            return seconds == 1
        }
    }
}
