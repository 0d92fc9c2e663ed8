import CurioCore
import Foundation
@testable import CurioServer

/// A server on a real socket in a fresh /tmp folder, for the duration of one test.
struct RunningServer {
    let server: CurioServer
    let folder: String
    let path: String
    let task: Task<Void, any Error>

    var desk: ConsultationDesk { server.desk }

    /// Starts a server; `path` defaults to `<fresh folder>/sub/curio.sock` (a folder the
    /// server must create).
    static func start(
        desk: ConsultationDesk? = nil, maximumLineLength: Int = LineFrameDecoder.defaultMaximumLength,
        folder: String = Fixtures.temporaryFolder(), path: String? = nil,
        policy: PeerPolicy? = nil, configure: (inout ServerConfiguration) -> Void = { _ in }
    ) async throws -> RunningServer {
        let path = path ?? folder + "/sub/curio.sock"
        var configuration = ServerConfiguration(socketPath: path, maximumLineLength: maximumLineLength)
        configure(&configuration)
        let server = try await CurioServer.listen(configuration, desk: try desk ?? Fixtures.desk(), policy: policy)
        let task = Task { try await server.serve() }
        return RunningServer(server: server, folder: folder, path: path, task: task)
    }

    /// `timeout`: how long a read may wait (seconds) before the test fails instead of hanging.
    func client(timeout: Int = 10) async throws -> LineClient { try await LineClient.connect(path, timeout: timeout) }

    /// Shuts the server down, waits for it and removes the folder.
    func stop() async throws {
        server.shutdown()
        try await task.value
        Fixtures.removeFolder(folder)
    }
}
