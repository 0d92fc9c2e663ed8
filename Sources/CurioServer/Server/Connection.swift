import CurioCore
import NIOCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Sets up an accepted connection: bytes → requests → the desk → answers, plus the idle timer.
///
/// The pipeline is `IdleTimer` → `RequestDecoder` (bytes → lines → requests) →
/// `ConsultationHandler` (requests → the desk → answers as bytes, `AnswerLine`): as few
/// handlers as there are jobs, since every handler is a hop for every request and answer,
/// many thousands a second. It is set up
/// before the connection is active, so not a byte is missed, and the peer's credentials are
/// read from the kernel first (`ConsultationHandler` refuses a peer the policy does not admit).
enum Connection {
    static func prepare(
        _ child: any Channel, configuration: ServerConfiguration, shared: ConsultationHandler.Shared
    ) -> EventLoopFuture<Void> {
        let admitted = shared.connections.accept(child)
        return peerCredentials(of: child).flatMapThrowing { peer in
            let pipeline = child.pipeline.syncOperations
            if let seconds = configuration.idleTimeoutSeconds {
                try pipeline.addHandler(IdleTimer(seconds: seconds))
            }
            try pipeline.addHandler(ByteToMessageHandler(RequestDecoder(maximumLength: configuration.maximumLineLength)))
            try pipeline.addHandler(ConsultationHandler(shared: shared, peer: peer, admitted: admitted))
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
