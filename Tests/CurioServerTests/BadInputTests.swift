import CurioCore
import Foundation
import Testing
@testable import CurioServer

/// Hostile or broken input over a real socket: each line is answered with an error (or the
/// connection closed), and a consultation on another connection goes on and loses nothing.
@Suite struct BadInputTests {
    /// A consultation on its own connection, to check after each attack that it is untouched.
    struct Bystander {
        let client: LineClient
        let session: String

        static func start(_ server: RunningServer) async throws -> Bystander {
            let client = try await server.client()
            let session = try #require(try await client.request(.start, dialogue: Fixtures.triage).session)
            return Bystander(client: client, session: session)
        }

        /// Its next turn is answered as if nothing had happened.
        func carriesOn() async throws {
            let said = try await client.request(.say, session: session, text: "yes")
            #expect(said.error == nil)
            #expect(said.state == "call-999")
            #expect(said.turns == 1)
        }
    }

    /// Sends each line on one connection and expects the error code, the connection going on.
    func expectRefused(_ lines: [(String, String)]) async throws {
        let server = try await RunningServer.start()
        let bystander = try await Bystander.start(server)
        let client = try await server.client()
        for (line, code) in lines {
            try await client.send(line: line)
            let response = try await client.response()
            #expect(response.error?.code == code, "\(line.prefix(60))")
        }
        #expect(try await client.request(.ping).say == "pong")
        try await bystander.carriesOn()
        try await server.stop()
    }

    @Test func missingFieldsAreNamed() async throws {
        try await expectRefused([
            (#"{"op":"say","session":"abc"}"#, "missing_field"),
            (#"{"op":"say","text":"yes"}"#, "missing_field"),
            (#"{"op":"resume"}"#, "missing_field"),
            (#"{"op":"end","session":""}"#, "missing_field"),
            (#"{"id":7}"#, "missing_op"),
        ])
    }

    @Test func wrongTypesAndUnknownOpsAreRefused() async throws {
        try await expectRefused([
            (#"{"op":42}"#, "invalid_request"),
            (#"{"op":"say","session":["a"],"text":"x"}"#, "invalid_request"),
            (#"{"op":"DROP TABLE"}"#, "unknown_op"),
            (#"[{"op":"ping"}]"#, "invalid_json"),
            (#""ping""#, "invalid_json"),
            (#"{"op":"ping""#, "invalid_json"),
            ("\u{FEFF}garbage\u{0}", "invalid_json"),
        ])
    }

    @Test func hugeNumbersAreAnsweredNotFatal() async throws {
        let server = try await RunningServer.start()
        let bystander = try await Bystander.start(server)
        let client = try await server.client()
        for line in [
            #"{"op":"ping","id":1e999}"#,
            #"{"op":"ping","id":-1e999}"#,
            #"{"op":"ping","id":123456789012345678901234567890123456789}"#,
            #"{"op":"say","session":"s","text":"x","id":18446744073709551616}"#,
            #"{"op":"ping","id":0.000000000000000000000000000000000001}"#,
            "{\"op\":\"ping\",\"id\":" + String(repeating: "9", count: 30_000) + "}",
        ] {
            try await client.send(line: line)
            let response = try await client.response()
            #expect(response.say == "pong" || response.error != nil)
        }
        #expect(try await client.request(.ping).say == "pong")
        try await bystander.carriesOn()
        try await server.stop()
    }

    @Test func deepNestingIsRefusedBeforeParsing() async throws {
        let deepArray = #"{"op":"ping","x":"# + String(repeating: "[", count: 60_000) + "}"
        let deepObject = #"{"op":"ping","x":"# + String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_001)
        try await expectRefused([(deepArray, "invalid_json"), (deepObject, "invalid_json")])
    }

    @Test func anUnfinishedLineBeforeDisconnectHarmsNoOne() async throws {
        let server = try await RunningServer.start()
        let bystander = try await Bystander.start(server)
        let half = try await server.client()
        try await half.send(raw: Array(#"{"op":"start","dialo"#.utf8))
        half.finishSending()
        #expect(try await half.response().error?.code == "invalid_json")
        #expect(try await half.readLine() == nil)

        // Gone without a word, mid-line, both directions.
        var gone: LineClient? = try await server.client()
        try await gone?.send(raw: Array(#"{"op":"say","session":"\#(bystander.session)","te"#.utf8))
        gone = nil
        _ = gone

        try await bystander.carriesOn()
        #expect(server.desk.openSessions == 1)
        try await server.stop()
    }

    /// A client that sends an answer and goes while the desk is still working on it (a journal
    /// that may wait, so the thread-pool path): the turn is kept, the answer is dropped with the
    /// connection, and the consultation resumes from another connection with that turn.
    @Test func aClientGoneWhileItsAnswerIsWorkedOnLosesNothing() async throws {
        let server = try await RunningServer.start(desk: Fixtures.desk(journal: FlakyJournal()))
        var first: LineClient? = try await server.client()
        let session = try #require(try await first?.request(.start, dialogue: Fixtures.triage).session)
        try await first?.send(line: #"{"op":"say","session":"\#(session)","text":"no"}"#)
        first = nil
        _ = first

        let again = try await server.client()
        var resumed = try await again.request(.resume, session: session)
        for _ in 0..<50 where resumed.turns != 1 {
            try await Task.sleep(for: .milliseconds(20))
            resumed = try await again.request(.resume, session: session)
        }
        #expect(resumed.turns == 1)
        #expect(try await again.request(.say, session: session, text: "no").turns == 2)
        try await server.stop()
    }

    @Test func thousandsOfConnectionsOpenedAndDroppedHarmNoOne() async throws {
        let server = try await RunningServer.start()
        let bystander = try await Bystander.start(server)
        for batch in 0..<20 {
            var clients: [LineClient] = []
            for index in 0..<100 {
                let client = try await server.client()
                switch index % 4 {
                case 0: try await client.send(raw: Array(#"{"op":"start"#.utf8))
                case 1: try await client.send(raw: [0xFF, 0xFE])
                case 2: client.finishSending()
                default: break
                }
                clients.append(client)
            }
            clients.removeAll()
            if batch % 5 == 4 { #expect(try await server.client().request(.ping).say == "pong") }
        }
        try await bystander.carriesOn()
        #expect(server.desk.openSessions == 1)
        try await server.stop()
    }
}
