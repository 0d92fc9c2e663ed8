import NIOCore

/// Turns the `IdleStateHandler`'s read-idle event into `ConnectionRefusal.idle`, which the
/// connection loop answers and then closes: an abandoned connection must not hold a file
/// descriptor and buffers for ever.
final class IdleCloser: ChannelInboundHandler, Sendable {
    typealias InboundIn = NIOAny

    let seconds: Int

    init(seconds: Int) { self.seconds = seconds }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read {
            context.fireErrorCaught(ConnectionRefusal.idle(seconds: seconds))
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
