import CurioCore
import Foundation
import Testing
@testable import CurioServer

/// Shutting down while clients are still connecting. A connection accepted at the moment the
/// listening socket closes must be closed like every other one, never left open or dropped
/// half set up (an earlier server, which wrapped each connection in an async channel, trapped
/// on the unused writer and took the whole process down).
@Suite struct ShutdownRaceTests {
    @Test func shuttingDownWhileClientsConnectClosesThemAndNeverTraps() async throws {
        for _ in 0..<25 {
            let server = try await RunningServer.start()
            let path = server.path
            // Clients connect from threads of their own while the server shuts down.
            async let clients = withTaskGroup(of: LineClient?.self) { group in
                for _ in 0..<16 { group.addTask { try? await LineClient.connect(path, timeout: 5) } }
                return await group.reduce(into: [LineClient]()) { if let client = $1 { $0.append(client) } }
            }
            server.server.shutdown()
            try await server.task.value
            // Every client that got in is closed: it reads end of input, never a timeout.
            for client in await clients { #expect(try await client.readLine() == nil) }
            Fixtures.removeFolder(server.folder)
        }
    }
}
