import CurioCore
import Foundation
import Testing
@testable import CurioServer

/// The limits that keep one client from starving the others, and the peer check. Each test
/// runs a server on a short /tmp socket and stops it (no timing is asserted).
@Suite struct ServerLimitsTests {
    @Test func aConnectionMayHoldOnlySoManySessions() async throws {
        let server = try await RunningServer.start { $0.maximumSessionsPerConnection = 2 }
        let client = try await server.client()
        let first = try #require(try await client.request(.start, dialogue: Fixtures.triage).session)
        _ = try #require(try await client.request(.start, dialogue: Fixtures.triage).session)
        let third = try await client.request(.start, dialogue: Fixtures.triage)
        #expect(third.error?.code == "too_many_sessions_on_connection")
        #expect(third.error?.message.contains("--max-sessions-per-connection") == true)

        // The connection goes on; ending one frees its slot; others are not limited by it.
        #expect(try await client.request(.say, session: first, text: "yes").state == "call-999")
        #expect(try await client.request(.end, session: first).done == true)
        #expect(try await client.request(.start, dialogue: Fixtures.triage).session != nil)
        #expect(try await server.client().request(.start, dialogue: Fixtures.triage).session != nil)
        try await server.stop()
    }

    @Test func connectionsBeyondTheLimitAreAnsweredAndClosed() async throws {
        let server = try await RunningServer.start { $0.maximumConnections = 2 }
        let first = try await server.client()
        let second = try await server.client()
        #expect(try await first.request(.ping).say == "pong")
        #expect(try await second.request(.ping).say == "pong")

        let third = try await server.client()
        let refused = try await third.response()
        #expect(refused.error?.code == "too_many_connections")
        #expect(refused.error?.message.contains("--max-connections") == true)
        #expect(try await third.readLine() == nil)
        #expect(try await first.request(.ping).say == "pong")
        try await server.stop()
    }

    @Test func anIdleConnectionIsClosedAndItsSessionKept() async throws {
        // Forty-five seconds, so that a client slow to send its first request under the load of
        // the whole test run is not mistaken for an idle connection: on two cores the synchronous
        // tests (compiling the lexicon) can hold the test run's threads for a long time. A 4-, a
        // 10- and a 20-second timeout each once closed this client before its first request (a
        // broken pipe) in a full run; the test runs beside the others, so the wait costs little.
        let server = try await RunningServer.start { $0.idleTimeoutSeconds = 45 }
        // Connected and the first request sent in one step (see `LineClient.connect(_:timeout:sending:)`):
        // a 45-second timeout still closed a client whose task waited that long between the two.
        let client = try await LineClient.connect(
            server.path, timeout: 75,  // outlasts the idle timeout
            sending: WireRequest(op: WireRequest.Op.start.rawValue, session: nil, text: nil, dialogue: Fixtures.triage))
        let session = try #require(try await client.response().session)
        // Send nothing: the server speaks first, then closes.
        let closing = try await client.response()
        #expect(closing.error?.code == "idle_timeout")
        #expect(closing.error?.message.contains("--idle-timeout") == true)
        #expect(try await client.readLine() == nil)

        let again = try await server.client()
        #expect(try await again.request(.resume, session: session).session == session)
        try await server.stop()
    }

    /// With the desk answered on the event loop (a journal in memory) and through the thread
    /// pool (a journal that may wait).
    @Test(arguments: [false, true]) func aClientThatSendsWithoutReadingIsSlowedNotBuffered(journalMayWait: Bool) async throws {
        let server = try await RunningServer.start(desk: Fixtures.desk(journal: journalMayWait ? FlakyJournal() : InMemoryCaseJournal()))
        let bystander = try await BadInputTests.Bystander.start(server)
        let flooder = try await server.client()
        let limit = 32 * 1024 * 1024
        let sent = try await flooder.flood(line: #"{"op":"ping","id":1}"#, limit: limit)
        // The server stopped taking bytes long before the limit: the socket, not its memory,
        // holds the backlog.
        #expect(sent * 21 < limit)
        try await bystander.carriesOn()
        // Nothing was lost either: every request sent is answered, in order.
        for _ in 0..<sent {
            let response = try await flooder.response()
            guard response.say == "pong" else {
                Issue.record("expected pong, got \(response)")
                break
            }
        }
        try await server.stop()
    }

    @Test func aPeerOfAnotherUserIsRefused() async throws {
        let stranger = PeerPolicy(ownUser: getuid() &+ 4242)
        let server = try await RunningServer.start(policy: stranger)
        let client = try await server.client()
        let refused = try await client.response()
        #expect(refused.error?.code == "not_permitted")
        #expect(try await client.readLine() == nil)
        try await server.stop()
    }

    @Test func theAllowedGroupMayConnect() async throws {
        let policy = PeerPolicy(ownUser: getuid() &+ 4242, allowedGroup: getgid())
        let server = try await RunningServer.start(policy: policy)
        #expect(try await server.client().request(.ping).say == "pong")
        try await server.stop()
    }
}

@Suite struct PeerPolicyTests {
    let me = PeerCredentials(pid: 10, uid: 1000, gid: 1000)
    let other = PeerCredentials(pid: 11, uid: 1001, gid: 1001)

    @Test func onlyTheOwnUserByDefault() {
        let policy = PeerPolicy(ownUser: 1000)
        #expect(policy.admits(me))
        #expect(!policy.admits(other))
        #expect(!policy.admits(nil))
    }

    @Test func theAllowedGroupByPrimaryGroup() {
        let policy = PeerPolicy(ownUser: 1000, allowedGroup: 1001)
        #expect(policy.admits(other))
        #expect(!policy.admits(PeerCredentials(pid: 12, uid: 1002, gid: 1002)))
    }

    @Test func groupsByNameOrNumber() {
        #expect(PeerPolicy.group(named: "root") == 0)
        #expect(PeerPolicy.group(named: "4242") == 4242)
        #expect(PeerPolicy.group(named: "no-such-group-curio") == nil)
    }
}

@Suite struct JSONNestingTests {
    @Test func flatRequestsPass() {
        #expect(!JSONNesting.isTooDeep(#"{"op":"say","text":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}"#[...].utf8))
    }

    @Test func deepNestingIsCaught() {
        #expect(JSONNesting.isTooDeep((String(repeating: "[", count: 33) + String(repeating: "]", count: 33))[...].utf8))
        #expect(!JSONNesting.isTooDeep((String(repeating: "[", count: 32) + String(repeating: "]", count: 32))[...].utf8))
    }

    @Test func escapedQuotesDoNotEndStrings() {
        #expect(!JSONNesting.isTooDeep(#"{"text":"\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}"#[...].utf8))
    }
}
