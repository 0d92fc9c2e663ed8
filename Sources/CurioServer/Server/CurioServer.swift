import CurioCore
import Logging
import NIOCore
import NIOPosix

/// `curio serve`'s network side: a Unix domain socket speaking JSON lines, each connection a
/// loop of request → desk → response, in order.
///
/// The pipeline per connection is `LineFrameDecoder` (bytes → lines) → `WireCodec`
/// (lines ↔ values) → `NIOAsyncChannel`; the connection loop hands each request to the
/// `ConsultationDesk` on a thread pool (the desk may wait on SQLite, which must not stall an
/// event loop) and writes the answer back. Requests on one connection are answered one at a
/// time, which keeps answers in order and gives natural back-pressure.
///
/// ```swift
/// let server = try await CurioServer.listen(configuration, desk: desk)
/// try await server.serve()   // until shutdown()
/// ```
public final class CurioServer: Sendable {
    public let configuration: ServerConfiguration
    public let desk: ConsultationDesk
    private let channel: NIOAsyncChannel<NIOAsyncChannel<WireInbound, WireResponse>, Never>
    private let socketIdentity: [UInt64]?
    private let threadPool: NIOThreadPool
    private let logger: Logger

    private init(
        configuration: ServerConfiguration, desk: ConsultationDesk,
        channel: NIOAsyncChannel<NIOAsyncChannel<WireInbound, WireResponse>, Never>,
        threadPool: NIOThreadPool, logger: Logger
    ) {
        self.configuration = configuration
        self.desk = desk
        self.channel = channel
        self.socketIdentity = SocketFile.identity(configuration.socketPath)
        self.threadPool = threadPool
        self.logger = logger
    }

    /// Prepares the socket's folder, clears a stale socket file (or refuses when a server
    /// answers there) and binds. When this returns, clients can connect.
    public static func listen(
        _ configuration: ServerConfiguration, desk: ConsultationDesk,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        threadPool: NIOThreadPool = .singleton,
        logger: Logger = Logger(label: "curio.server")
    ) async throws -> CurioServer {
        let path = configuration.socketPath
        guard (try? SocketAddress(unixDomainSocketPath: path)) != nil else { throw ServerError.pathTooLong(path) }
        try SocketFile.prepareFolder(for: path)
        try SocketFile.clearStale(at: path)
        let maximumLineLength = configuration.maximumLineLength
        let channel = try await bind(path, maximumLineLength: maximumLineLength, group: group)
        return CurioServer(configuration: configuration, desk: desk, channel: channel, threadPool: threadPool, logger: logger)
    }

    /// Binds the socket and sets up each connection's pipeline: bytes → lines → values.
    private static func bind(
        _ path: String, maximumLineLength: Int, group: any EventLoopGroup
    ) async throws -> NIOAsyncChannel<NIOAsyncChannel<WireInbound, WireResponse>, Never> {
        do {
            return try await SocketFile.bindPrivately(path) {
                try await ServerBootstrap(group: group)
                    .serverChannelOption(.backlog, value: 256)
                    .childChannelOption(.allowRemoteHalfClosure, value: true)
                    .bind(unixDomainSocketPath: path) { child in
                        child.eventLoop.makeCompletedFuture {
                            try child.pipeline.syncOperations.addHandler(
                                ByteToMessageHandler(LineFrameDecoder(maximumLength: maximumLineLength)))
                            try child.pipeline.syncOperations.addHandler(WireCodec())
                            return try NIOAsyncChannel<WireInbound, WireResponse>(wrappingChannelSynchronously: child)
                        }
                    }
            }
        } catch let error as ServerError {
            throw error
        } catch {
            throw ServerError("cannot listen on \(path): \(error)")
        }
    }

    /// Accepts connections until `shutdown()`; then closes every connection and removes the
    /// socket file.
    public func serve() async throws {
        defer { SocketFile.remove(configuration.socketPath, identity: socketIdentity) }
        try await withThrowingDiscardingTaskGroup { group in
            try await channel.executeThenClose { connections in
                for try await connection in connections {
                    group.addTask { await self.converse(on: connection) }
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

    /// One connection: answer each line in order until the client goes, or until the byte
    /// stream itself is at fault (answered, then closed).
    private func converse(on connection: NIOAsyncChannel<WireInbound, WireResponse>) async {
        do {
            try await connection.executeThenClose { inbound, outbound in
                do {
                    for try await item in inbound {
                        switch item {
                        case .request(let request):
                            let desk = self.desk
                            try await outbound.write(try await threadPool.runIfActive { desk.handle(request) })
                        case .refused(let response):
                            logger.notice("refused line", metadata: ["code": "\(response.error?.code ?? "")"])
                            try await outbound.write(response)
                        }
                    }
                } catch let problem as LineFrameError {
                    logger.notice("closing connection", metadata: ["code": "\(problem.body.code)"])
                    var response = WireResponse()
                    response.error = problem.body
                    try await outbound.write(response)
                }
            }
        } catch is CancellationError {
            // Shutting down.
        } catch {
            logger.debug("connection ended", metadata: ["error": "\(type(of: error))"])
        }
    }
}
