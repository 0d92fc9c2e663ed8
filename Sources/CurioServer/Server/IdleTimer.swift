import NIOCore

/// Tells the pipeline when a connection has gone `seconds` without reading or writing a byte
/// (the `Idle` event): `ConsultationHandler` then answers `idle_timeout` and closes, unless a
/// request is still waiting for its answer, so an abandoned connection does not hold a file
/// descriptor and buffers for ever.
///
/// It replaces NIO's `IdleStateHandler`, which asks a promise of every write and runs a
/// callback when it completes: a closure and a promise allocated per answer, for a timer that
/// fires once in a blue moon. Here a write only notes the time, and so does the connection
/// draining its backlog (becoming writable again), which is when the bytes of earlier writes
/// leave. The timer itself works as NIO's does: it wakes up when the timeout could have passed,
/// and sleeps again for what is left when something happened meanwhile.
///
/// At the head of the pipeline, so any bytes count, even of an unfinished line.
final class IdleTimer: ChannelDuplexHandler {
    typealias InboundIn = NIOAny
    typealias InboundOut = NIOAny
    typealias OutboundIn = NIOAny
    typealias OutboundOut = NIOAny

    /// Sent down the pipeline when the connection has been idle for `seconds`.
    struct Idle: Sendable, Hashable {
        let seconds: Int
    }

    let seconds: Int
    private let timeout: TimeAmount
    private var lastActivity = NIODeadline.distantPast
    /// In a burst of reads not yet complete (the time is noted when it completes).
    private var reading = false
    private var timer: Scheduled<Void>?

    init(seconds: Int) {
        self.seconds = seconds
        self.timeout = .seconds(Int64(seconds))
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        reading = true
        context.fireChannelRead(data)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        if reading {
            lastActivity = .now()
            reading = false
        }
        context.fireChannelReadComplete()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { lastActivity = .now() }
        context.fireChannelWritabilityChanged()
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        lastActivity = .now()
        context.write(data, promise: promise)
    }

    private func start(_ context: ChannelHandlerContext) {
        guard timer == nil else { return }
        lastActivity = .now()
        schedule(at: lastActivity + timeout, context)
    }

    private func schedule(at deadline: NIODeadline, _ context: ChannelHandlerContext) {
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        timer = context.eventLoop.scheduleTask(deadline: deadline) {
            let (timer, context) = bound.value
            timer.expire(context)
        }
    }

    private func expire(_ context: ChannelHandlerContext) {
        timer = nil
        guard context.channel.isActive else { return }
        let idleSince = lastActivity
        if reading {
            schedule(at: .now() + timeout, context)
        } else if NIODeadline.now() - idleSince >= timeout {
            schedule(at: .now() + timeout, context)
            context.fireUserInboundEventTriggered(Idle(seconds: seconds))
        } else {
            schedule(at: idleSince + timeout, context)
        }
    }
}
