import NIOCore

/// Turns the `IdleStateHandler`'s idle event (nothing read and nothing written) into
/// `ConnectionRefusal.idle`, which the connection loop answers and then closes: an abandoned
/// connection must not hold a file descriptor and buffers for ever. Writes count as activity,
/// so a connection whose answer is still being written, or has just been, is not idle.
final class IdleCloser: ChannelInboundHandler, Sendable {
    typealias InboundIn = NIOAny

    let seconds: Int

    init(seconds: Int) { self.seconds = seconds }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .all {
            context.fireErrorCaught(ConnectionRefusal.idle(seconds: seconds))
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
