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
}
