import CurioCore
import NIOCore
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One accepted connection: its request/response channel and who is at the other end.
///
/// The pipeline, ending in the `NIOAsyncChannel` wrapper, is set up as soon as the connection
/// is accepted, so that not a byte is missed (NIO reads everything up to an end of input the
/// moment it sees one, whoever is listening). The wrapper must then be used: its writer
/// traps if dropped unfinished. A connection accepted at the very moment the listening socket
/// closes never reaches the accept loop, so a connection never taken up (`take()`) finishes
/// its writer and closes its channel itself when it is dropped.
final class Connection: Sendable {
    private let channel: NIOAsyncChannel<WireInbound, WireResponse>
    let peer: PeerCredentials?
    private let taken = Atomic(false)

    private init(channel: NIOAsyncChannel<WireInbound, WireResponse>, peer: PeerCredentials?) {
        self.channel = channel
        self.peer = peer
    }

    deinit {
        guard !taken.load(ordering: .acquiring) else { return }
        channel.outbound.finish()
        channel.channel.close(promise: nil)
    }

    /// The channel for the connection loop, which must run its `executeThenClose` (that
    /// finishes the writer and closes the channel).
    func take() -> NIOAsyncChannel<WireInbound, WireResponse> {
        taken.store(true, ordering: .releasing)
        return channel
    }

    /// Inbound items buffered per connection before NIO stops reading from the socket: a
    /// client that sends faster than it reads fills its socket buffer and waits, instead of
    /// filling the server's memory. Outbound, `NIOAsyncChannelOutboundWriter.write` waits
    /// while the socket is not writable, which stops the loop taking the next request.
    static let backPressure = NIOAsyncSequenceProducerBackPressureStrategies.HighLowWatermark(
        lowWatermark: 2, highWatermark: 8)

    /// Sets up the pipeline (bytes → lines → values, plus the idle timer) and reads the peer's
    /// credentials from the kernel. Runs on the channel's event loop.
    static func prepare(_ child: any Channel, _ configuration: ServerConfiguration) -> EventLoopFuture<Connection> {
        peerCredentials(of: child).flatMapThrowing { peer in
            let pipeline = child.pipeline.syncOperations
            if let seconds = configuration.idleTimeoutSeconds {
                try pipeline.addHandler(IdleStateHandler(allTimeout: .seconds(Int64(seconds))))
            }
            try pipeline.addHandler(ByteToMessageHandler(LineFrameDecoder(maximumLength: configuration.maximumLineLength)))
            try pipeline.addHandler(WireCodec())
            if let seconds = configuration.idleTimeoutSeconds {
                try pipeline.addHandler(IdleCloser(seconds: seconds))
            }
            let channel = try NIOAsyncChannel<WireInbound, WireResponse>(
                wrappingChannelSynchronously: child,
                configuration: .init(backPressureStrategy: backPressure))
            return Connection(channel: channel, peer: peer)
        }
    }

    /// SO_PEERCRED, or nil when the kernel will not say (then the peer is refused).
    static func peerCredentials(of channel: any Channel) -> EventLoopFuture<PeerCredentials?> {
        #if os(Linux)
        guard let provider = channel as? any SocketOptionProvider else {
            return channel.eventLoop.makeSucceededFuture(nil)
        }
        let future: EventLoopFuture<PeerCredentials.Raw> = provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(PeerCredentials.Raw.option))
        return future
            .map { Optional(PeerCredentials(pid: $0.pid, uid: $0.uid, gid: $0.gid)) }
            .recover { _ -> PeerCredentials? in nil }
        #else
        return channel.eventLoop.makeSucceededFuture(nil)
        #endif
    }
}
