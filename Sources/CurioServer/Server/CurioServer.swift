import CurioCore
import Logging
import NIOCore
import NIOPosix

/// `curio serve`'s network side: a Unix domain socket speaking JSON lines, each connection
/// answered request by request, in order.
///
/// Each accepted connection gets the pipeline `Connection.prepare` sets up, ending in a
/// `ConsultationHandler` that takes each request to the `ConsultationDesk`: on the event loop
/// when the desk's journal never waits, on a thread pool when it may (SQLite on disk must not
/// stall an event loop). Connections are checked against the peer's kernel credentials
/// (`PeerPolicy`) and the connection limit.
///
/// ```swift
/// let server = try await CurioServer.listen(configuration, desk: desk)
/// try await server.serve()   // until shutdown()
/// ```
public final class CurioServer: Sendable {
    public let configuration: ServerConfiguration
    public let desk: ConsultationDesk
    private let channel: any Channel
    private let connections: OpenConnections
    private let socketIdentity: [UInt64]?
    private let logger: Logger

    private init(
        configuration: ServerConfiguration, desk: ConsultationDesk, channel: any Channel,
        connections: OpenConnections, logger: Logger
    ) {
        self.configuration = configuration
        self.desk = desk
        self.channel = channel
        self.connections = connections
        self.socketIdentity = SocketFile.identity(configuration.socketPath)
        self.logger = logger
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
        let connections = OpenConnections(limit: configuration.maximumConnections)
        let shared = ConsultationHandler.Shared(
            desk: desk, threadPool: threadPool, logger: logger,
            policy: policy ?? PeerPolicy(allowedGroup: configuration.allowedGroup),
            connections: connections, maximumSessionsPerConnection: configuration.maximumSessionsPerConnection)
        let channel = try await bind(path, configuration: configuration, group: group, shared: shared)
        return CurioServer(configuration: configuration, desk: desk, channel: channel, connections: connections, logger: logger)
    }

    /// Binds the socket; each accepted connection is prepared by `Connection.prepare`.
    private static func bind(
        _ path: String, configuration: ServerConfiguration, group: any EventLoopGroup, shared: ConsultationHandler.Shared
    ) async throws -> any Channel {
        do {
            return try await SocketFile.bindPrivately(path, group: configuration.allowedGroup) {
                try await ServerBootstrap(group: group)
                    .serverChannelOption(.backlog, value: 256)
                    .childChannelOption(.allowRemoteHalfClosure, value: true)
                    .childChannelInitializer { child in
                        Connection.prepare(child, configuration: configuration, shared: shared)
                    }
                    .bind(unixDomainSocketPath: path).get()
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
        try await channel.closeFuture.get()
        // The listening socket is closed: end the conversations still open.
        await connections.closeAll()
        logger.info("stopped")
    }

    /// Stops accepting connections; `serve()` then winds down and returns.
    public func shutdown() {
        channel.close(promise: nil)
    }
}
