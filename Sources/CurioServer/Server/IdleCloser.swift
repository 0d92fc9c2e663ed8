import NIOCore

/// Turns the `IdleStateHandler`'s idle event (nothing read and nothing written) into
/// `ConnectionRefusal.idle`, which `ConsultationHandler` answers and then closes: an abandoned
/// connection must not hold a file descriptor and buffers for ever.
///
/// A connection waiting for its answer is not idle, however long the answer takes (a server
/// busy with a thousand consultations must not hang up on the one it is slow to serve): it
/// sits after the codec, so it counts whole requests in and answers out, and ignores the idle
/// event while a request is unanswered. A half-sent line is no request, so it does not keep a
/// connection open.
final class IdleCloser: ChannelDuplexHandler {
    typealias InboundIn = NIOAny
    typealias InboundOut = NIOAny
    typealias OutboundIn = NIOAny
    typealias OutboundOut = NIOAny

    let seconds: Int
    /// Requests read and not yet answered.
    private var unanswered = 0

    init(seconds: Int) { self.seconds = seconds }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        unanswered += 1
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        unanswered = max(0, unanswered - 1)
        context.write(data, promise: promise)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .all {
            if unanswered == 0 { context.fireErrorCaught(ConnectionRefusal.idle(seconds: seconds)) }
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
