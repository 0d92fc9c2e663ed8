import CurioCore
import Foundation
import Testing
@testable import CurioServer

/// The server over real Unix sockets in /tmp.
@Suite struct ServerSocketTests {
    @Test func theFolderIs0700AndTheSocket0600() async throws {
        let server = try await RunningServer.start()
        #expect(Fixtures.mode(of: server.folder + "/sub") == 0o700)
        #expect(Fixtures.mode(of: server.path) == 0o600)
        try await server.stop()
    }

    @Test func shutdownRemovesTheSocketFile() async throws {
        let server = try await RunningServer.start()
        #expect(Fixtures.exists(server.path))
        server.server.shutdown()
        try await server.task.value
        #expect(!Fixtures.exists(server.path))
        Fixtures.removeFolder(server.folder)
    }

    @Test func shutdownClosesOpenConnections() async throws {
        let server = try await RunningServer.start()
        let client = try await server.client()
        #expect(try await client.request(.ping).say == "pong")
        try await server.stop()
        #expect(try await client.readLine() == nil)
    }

    @Test func severalClientsAtOnceKeepSeparateSessions() async throws {
        let server = try await RunningServer.start()
        let path = server.path
        let results = try await withThrowingTaskGroup(of: (String, String?, Int?).self) { group in
            for index in 0..<6 {
                group.addTask {
                    let client = try await LineClient.connect(path)
                    let session = try #require(try await client.request(.start, dialogue: Fixtures.triage).session)
                    let answer = index.isMultiple(of: 2) ? "yes" : "no"
                    let said = try await client.request(.say, session: session, text: answer)
                    return (session, said.state, said.turns)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results.map(\.0)).count == 6)
        #expect(results.allSatisfy { $0.2 == 1 })
        #expect(results.filter { $0.1 == "call-999" }.count == 3)
        #expect(server.desk.openSessions == 6)
        try await server.stop()
    }

    @Test func aGarbageLineIsAnsweredAndTheConnectionGoesOn() async throws {
        let server = try await RunningServer.start()
        let other = try await server.client()
        let otherSession = try #require(try await other.request(.start, dialogue: Fixtures.triage).session)

        let client = try await server.client()
        try await client.send(line: "this is not json")
        #expect(try await client.response().error?.code == "invalid_json")
        try await client.send(line: #"{"op":"fly","id":"x1"}"#)
        let unknown = try await client.response()
        #expect(unknown.error?.code == "unknown_op")
        #expect(unknown.id == .text("x1"))
        #expect(try await client.request(.ping).say == "pong")

        #expect(try await other.request(.say, session: otherSession, text: "yes").state == "call-999")
        try await server.stop()
    }

    @Test func anOverLongLineClosesOnlyThatConnection() async throws {
        let server = try await RunningServer.start(maximumLineLength: 1024)
        let other = try await server.client()
        let otherSession = try #require(try await other.request(.start, dialogue: Fixtures.triage).session)

        let client = try await server.client()
        #expect(try await client.request(.ping).say == "pong")
        try await client.send(raw: Array(repeating: UInt8(ascii: "x"), count: 4096) + [UInt8(ascii: "\n")])
        #expect(try await client.response().error?.code == "line_too_long")
        #expect(try await client.readLine() == nil)

        #expect(try await other.request(.say, session: otherSession, text: "yes").state == "call-999")
        #expect(try await server.client().request(.ping).say == "pong")
        try await server.stop()
    }

    @Test func invalidUTF8ClosesThatConnection() async throws {
        let server = try await RunningServer.start()
        let client = try await server.client()
        try await client.send(raw: [0x7B, 0xC3, 0x28, 0x7D, 0x0A])
        #expect(try await client.response().error?.code == "not_utf8")
        #expect(try await client.readLine() == nil)
        try await server.stop()
    }

    /// With the desk answered on the event loop (a journal in memory) and through the thread
    /// pool (a journal that may wait).
    @Test(arguments: [false, true]) func requestsSentTogetherAreAnsweredInOrder(journalMayWait: Bool) async throws {
        let server = try await RunningServer.start(desk: Fixtures.desk(journal: journalMayWait ? FlakyJournal() : InMemoryCaseJournal()))
        let client = try await server.client()
        let lines = (1...5).map { #"{"op":"ping","id":\#($0)}"# }.joined(separator: "\n") + "\n\n"
        try await client.send(raw: Array(lines.utf8))
        for index in 1...5 {
            #expect(try await client.response().id == .number(index))
        }
        try await server.stop()
    }

    @Test(arguments: [false, true]) func aLastLineWithoutNewlineIsAnsweredAtEndOfInput(journalMayWait: Bool) async throws {
        let server = try await RunningServer.start(desk: Fixtures.desk(journal: journalMayWait ? FlakyJournal() : InMemoryCaseJournal()))
        let client = try await server.client()
        try await client.send(raw: Array(#"{"op":"ping","id":"last"}"#.utf8))
        client.finishSending()
        let response = try await client.response()
        #expect(response.id == .text("last"))
        #expect(response.say == "pong")
        #expect(try await client.readLine() == nil)
        try await server.stop()
    }

    @Test func aSecondConnectionResumesTheSession() async throws {
        let server = try await RunningServer.start()
        var first: LineClient? = try await server.client()
        let session = try #require(try await first?.request(.start, dialogue: Fixtures.triage).session)
        let said = try #require(try await first?.request(.say, session: session, text: "yes"))
        first = nil

        let second = try await server.client()
        let resumed = try await second.request(.resume, session: session)
        #expect(resumed == said)
        #expect(resumed.state == "call-999")
        let ended = try await second.request(.end, session: session)
        #expect(ended.done == true)
        #expect(ended.summary != nil)
        #expect(try await second.request(.say, session: session, text: "no").error?.code == "session_ended")
        _ = first
        try await server.stop()
    }

    @Test func aStaleSocketFileIsReplaced() async throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/curio.sock"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try StaleSocket.leave(at: path)
        #expect(Fixtures.exists(path))

        let server = try await RunningServer.start(folder: folder, path: path)
        #expect(try await server.client().request(.ping).say == "pong")
        try await server.stop()
    }

    @Test func aLiveSocketIsNotTakenOver() async throws {
        let server = try await RunningServer.start()
        let error = await #expect(throws: ServerError.self) {
            _ = try await CurioServer.listen(ServerConfiguration(socketPath: server.path), desk: try Fixtures.desk())
        }
        #expect(error?.message == "a Curio server is already answering on \(server.path)")
        #expect(try await server.client().request(.ping).say == "pong")
        try await server.stop()
    }

    @Test func aFileThatIsNotASocketIsLeftAlone() async throws {
        let folder = Fixtures.temporaryFolder()
        let path = folder + "/curio.sock"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: URL(fileURLWithPath: path))
        defer { Fixtures.removeFolder(folder) }
        let error = await #expect(throws: ServerError.self) {
            _ = try await CurioServer.listen(ServerConfiguration(socketPath: path), desk: try Fixtures.desk())
        }
        #expect(error?.message.contains("is not a socket") == true)
        #expect(FileManager.default.contents(atPath: path) == Data("notes".utf8))
    }

    @Test func aFolderOthersMayWriteToIsRefused() async throws {
        let folder = Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { Fixtures.removeFolder(folder) }
        chmod(folder, 0o777)
        let error = await #expect(throws: ServerError.self) {
            _ = try await CurioServer.listen(ServerConfiguration(socketPath: folder + "/curio.sock"), desk: try Fixtures.desk())
        }
        #expect(error?.message.contains("writable by other users") == true)
        #expect(!Fixtures.exists(folder + "/curio.sock"))
    }

    @Test func aTooLongPathIsAClearError() async throws {
        let path = "/tmp/" + String(repeating: "p", count: 120) + "/curio.sock"
        let error = await #expect(throws: ServerError.self) {
            _ = try await CurioServer.listen(ServerConfiguration(socketPath: path), desk: try Fixtures.desk())
        }
        #expect(error?.message.contains("too long") == true)
    }
}

/// A socket file whose server is gone: bound, then closed without removing the file.
enum StaleSocket {
    static func leave(at path: String) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { bytes in
            for (index, byte) in path.utf8.enumerated() { bytes[index] = byte }
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard result == 0 else { throw LineClient.Failure.system("bind \(path)", errno) }
    }
}
