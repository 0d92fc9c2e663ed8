import CurioCore
import Logging
import NIOCore
import NIOPosix

/// `curio serve`'s network side: a Unix domain socket speaking JSON lines, each connection a
/// loop of request → desk → response, in order.
///
/// The pipeline per connection (`Connection.prepare`) is an idle timer → `LineFrameDecoder`
/// (bytes → lines) → `WireCodec` (lines ↔ values) → `NIOAsyncChannel`. A connection is first
/// checked against the peer's kernel credentials (`PeerPolicy`) and the connection limit;
/// then the connection loop hands each request to the
/// `ConsultationDesk` on a thread pool when its journal may wait (SQLite, which must not stall
/// an event loop or the async tasks' threads) and writes the answer back. Requests on one connection are answered one at a
/// time, which keeps answers in order and gives natural back-pressure.
///
/// ```swift
/// let server = try await CurioServer.listen(configuration, desk: desk)
/// try await server.serve()   // until shutdown()
/// ```
public final class CurioServer: Sendable {
    public let configuration: ServerConfiguration
    public let desk: ConsultationDesk
    private let channel: NIOAsyncChannel<Connection, Never>
    private let socketIdentity: [UInt64]?
    private let threadPool: NIOThreadPool
    private let logger: Logger
    private let policy: PeerPolicy

    private init(
        configuration: ServerConfiguration, desk: ConsultationDesk,
        channel: NIOAsyncChannel<Connection, Never>,
        threadPool: NIOThreadPool, logger: Logger, policy: PeerPolicy
    ) {
        self.configuration = configuration
        self.desk = desk
        self.channel = channel
        self.socketIdentity = SocketFile.identity(configuration.socketPath)
        self.threadPool = threadPool
        self.logger = logger
        self.policy = policy
    }

    /// Prepares the socket's folder, clears a stale socket file (or refuses when a server
    /// answers there) and binds. When this returns, clients can connect.
    ///
    /// `policy` decides who may connect; by default this process's user and the configuration's
    /// allowed group.
    public static func listen(
        _ configuration: ServerConfiguration, desk: ConsultationDesk,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        threadPool: NIOThreadPool = .singleton,
        logger: Logger = Logger(label: "curio.server"),
        policy: PeerPolicy? = nil
    ) async throws -> CurioServer {
        let path = configuration.socketPath
        guard (try? SocketAddress(unixDomainSocketPath: path)) != nil else { throw ServerError.pathTooLong(path) }
        try SocketFile.prepareFolder(for: path, group: configuration.allowedGroup)
        try SocketFile.clearStale(at: path)
        let channel = try await bind(path, configuration: configuration, group: group)
        return CurioServer(
            configuration: configuration, desk: desk, channel: channel, threadPool: threadPool, logger: logger,
            policy: policy ?? PeerPolicy(allowedGroup: configuration.allowedGroup))
    }

    /// Binds the socket; each accepted connection is prepared by `Connection.prepare`.
    private static func bind(
        _ path: String, configuration: ServerConfiguration, group: any EventLoopGroup
    ) async throws -> NIOAsyncChannel<Connection, Never> {
        do {
            return try await SocketFile.bindPrivately(path, group: configuration.allowedGroup) {
                try await ServerBootstrap(group: group)
                    .serverChannelOption(.backlog, value: 256)
                    .childChannelOption(.allowRemoteHalfClosure, value: true)
                    .bind(unixDomainSocketPath: path) { child in
                        Connection.prepare(child, configuration)
                    }
            }
        } catch let error as ServerError {
            throw error
        } catch {
            throw ServerError("cannot listen on \(path): \(error)")
        }
    }

    /// Accepts connections until `shutdown()`; then closes every connection and removes the
    /// socket file. Connections beyond `maximumConnections` are answered and closed.
    public func serve() async throws {
        defer { SocketFile.remove(configuration.socketPath, identity: socketIdentity) }
        let open = ConnectionCount(limit: configuration.maximumConnections)
        try await withThrowingDiscardingTaskGroup { group in
            try await channel.executeThenClose { connections in
                for try await connection in connections {
                    let admitted = open.admit()
                    group.addTask {
                        if admitted {
                            defer { open.release() }
                            await self.converse(on: connection)
                        } else {
                            await self.refuse(connection, ConnectionRefusal.tooManyConnections(limit: open.limit))
                        }
                    }
                }
            }
            // The listening socket is closed: end the conversations still open.
            group.cancelAll()
        }
        logger.info("stopped")
    }

    /// Stops accepting connections; `serve()` then winds down and returns.
    public func shutdown() {
        channel.channel.close(promise: nil)
    }

    /// One connection: check who it is, then answer each line in order until the client
    /// goes, or until the connection itself is at fault (answered, then closed).
    private func converse(on connection: Connection) async {
        guard policy.admits(connection.peer) else {
            // Who, never what: a refused peer's lines are not read, let alone logged.
            logger.warning(
                "refused a connection from another user",
                metadata: [
                    "uid": "\(connection.peer.map { String($0.uid) } ?? "unknown")",
                    "gid": "\(connection.peer.map { String($0.gid) } ?? "unknown")",
                    "pid": "\(connection.peer.map { String($0.pid) } ?? "unknown")",
                ])
            await refuse(connection, ConnectionRefusal.notPermitted)
            return
        }
        var sessions = ConnectionSessions(limit: configuration.maximumSessionsPerConnection)
        do {
            try await connection.take().executeThenClose { inbound, outbound in
                do {
                    for try await item in inbound {
                        switch item {
                        case .request(let request):
                            if let refusal = sessions.refusal(for: request) {
                                try await outbound.write(refusal)
                                continue
                            }
                            let desk = self.desk
                            // A journal on disk may wait (fsync, locks): that runs on the thread
                            // pool, never on the async tasks' few threads. One in memory never
                            // waits, and is answered here, without two thread hops per turn.
                            let response = desk.mayBlock
                                ? try await threadPool.runIfActive { desk.handle(request) }
                                : desk.handle(request)
                            sessions.note(request, response)
                            try await outbound.write(response)
                        case .refused(let response):
                            logger.notice("refused line", metadata: ["code": "\(response.error?.code ?? "")"])
                            try await outbound.write(response)
                        }
                    }
                } catch let problem as any ConnectionProblem {
                    logger.notice("closing connection", metadata: ["code": "\(problem.body.code)"])
                    try await outbound.write(Self.response(problem))
                }
            }
        } catch is CancellationError {
            // Shutting down.
        } catch {
            logger.debug("connection ended", metadata: ["error": "\(type(of: error))"])
        }
    }

    /// Answers the refusal and closes, without reading anything the client sent.
    private func refuse(_ connection: Connection, _ problem: any ConnectionProblem) async {
        try? await connection.take().executeThenClose { _, outbound in
            try await outbound.write(Self.response(problem))
        }
    }

    private static func response(_ problem: any ConnectionProblem) -> WireResponse {
        var response = WireResponse()
        response.error = problem.body
        return response
    }
}
