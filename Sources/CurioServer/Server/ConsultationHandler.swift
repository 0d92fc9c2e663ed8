import CurioCore
import Logging
import NIOCore
import NIOPosix

/// The end of a connection's pipeline: takes each request (`WireInbound`) to the desk and
/// writes its answer, in order, one at a time.
///
/// The desk is called right here on the event loop when its journal never waits (in memory):
/// a turn is then one read, one answer and one write, like a bare echo. When the journal may
/// wait (SQLite on disk), the desk runs on the thread pool and the next request waits for the
/// answer. Either way the connection stops reading while answers are not being taken
/// (`isWritable` false) or requests pile up, so a client that sends faster than it reads is
/// slowed, never buffered without bound.
///
/// A fault of the connection itself (an over-long line, bad UTF-8, idleness) is answered after
/// the requests before it, and then the connection is closed; so is one whose client has
/// stopped sending, once everything it sent is answered. A connection waiting for its answer is
/// not idle, however long the answer takes (a server busy with a thousand consultations must
/// not hang up on the one it is slow to serve): `IdleTimer`'s event is ignored while a request
/// is unanswered.
///
/// Answers leave as bytes (`AnswerLine`): a `WireResponse` passed down the pipeline was boxed
/// and copied on every turn, and no handler after this one needs it as a value.
final class ConsultationHandler: ChannelInboundHandler {
    typealias InboundIn = WireInbound
    typealias OutboundOut = ByteBuffer

    /// What every connection shares.
    struct Shared: Sendable {
        let desk: ConsultationDesk
        let threadPool: NIOThreadPool
        let logger: Logger
        let policy: PeerPolicy
        let connections: OpenConnections
        let maximumSessionsPerConnection: Int
    }

    private let shared: Shared
    private let peer: PeerCredentials?
    /// Why the connection is refused as soon as it is active, if it is.
    private let refusal: ConnectionRefusal?
    private var sessions: ConnectionSessions
    private var queue = CircularBuffer<WireInbound>()
    private var answering = false
    private var problem: (any ConnectionProblem)?
    private var inputClosed = false
    private var closing = false
    private var reading = true

    /// Requests read and not yet answered before the connection stops reading.
    static let maximumQueued = 8

    init(shared: Shared, peer: PeerCredentials?, admitted: Bool) {
        self.shared = shared
        self.peer = peer
        if !admitted {
            refusal = .tooManyConnections(limit: shared.connections.limit)
        } else if !shared.policy.admits(peer) {
            refusal = .notPermitted
        } else {
            refusal = nil
        }
        self.sessions = ConnectionSessions(limit: shared.maximumSessionsPerConnection)
    }

    func channelActive(context: ChannelHandlerContext) {
        if refusal == .notPermitted {
            // Who, never what: a refused peer's lines are not read, let alone logged.
            shared.logger.warning(
                "refused a connection from another user",
                metadata: [
                    "uid": "\(peer.map { String($0.uid) } ?? "unknown")",
                    "gid": "\(peer.map { String($0.gid) } ?? "unknown")",
                    "pid": "\(peer.map { String($0.pid) } ?? "unknown")",
                ])
        }
        if let refusal { refuse(context, refusal) }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        closing = true
        queue.removeAll()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        queue.append(unwrapInboundIn(data))
        answerQueued(context)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard !closing else { return }
        if let problem = error as? any ConnectionProblem {
            if self.problem == nil { self.problem = problem }
            answerQueued(context)
        } else {
            shared.logger.debug("connection ended", metadata: ["error": "\(type(of: error))"])
            closing = true
            context.close(promise: nil)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed {
            inputClosed = true
            answerQueued(context)
        } else if let idle = event as? IdleTimer.Idle {
            guard !closing, queue.isEmpty, !answering else { return }
            if problem == nil { problem = ConnectionRefusal.idle(seconds: idle.seconds) }
            answerQueued(context)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        answerQueued(context)
        context.fireChannelWritabilityChanged()
    }

    /// Answers queued requests while the client takes answers, then closes if the connection
    /// is at fault or the client has finished, and reads on only while there is room.
    private func answerQueued(_ context: ChannelHandlerContext) {
        guard !closing, refusal == nil else { return }
        var wrote = false
        while !answering, context.channel.isWritable, let item = queue.popFirst() {
            switch item {
            case .refused(let response):
                shared.logger.notice("refused line", metadata: ["code": "\(response.error?.code ?? "")"])
                write(response, context)
                wrote = true
            case .request(let request):
                if let refusal = sessions.refusal(for: request) {
                    write(refusal, context)
                    wrote = true
                } else if shared.desk.mayBlock {
                    answerOnThreadPool(request, context)
                } else {
                    let response = shared.desk.handle(request)
                    sessions.note(request, response)
                    write(response, context)
                    wrote = true
                }
            }
        }
        if wrote { context.flush() }
        guard queue.isEmpty, !answering else {
            return setReading(context.channel.isWritable && queue.count < Self.maximumQueued, context)
        }
        if let problem {
            shared.logger.notice("closing connection", metadata: ["code": "\(problem.body.code)"])
            write(Self.response(problem), context)
            context.flush()
            close(context)
        } else if inputClosed {
            close(context)
        } else {
            setReading(context.channel.isWritable, context)
        }
    }

    private func write(_ response: WireResponse, _ context: ChannelHandlerContext) {
        context.write(wrapOutboundOut(AnswerLine.buffer(response, allocator: context.channel.allocator)), promise: nil)
    }

    /// Closes once the last answer is written (closing at once would drop answers not yet
    /// written to the socket). Writes leave in order, so an empty write after them completes
    /// when they have all gone: one promise at the close, instead of one for every answer.
    private func close(_ context: ChannelHandlerContext) {
        closing = true
        setReading(false, context)
        let written = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(ByteBuffer()), promise: written)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        written.futureResult.whenComplete { _ in bound.value.close(promise: nil) }
    }

    private func answerOnThreadPool(_ request: DeskRequest, _ context: ChannelHandlerContext) {
        answering = true
        let desk = shared.desk
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        shared.threadPool.runIfActive(eventLoop: context.eventLoop) { desk.handle(request) }.whenComplete { result in
            let (handler, context) = bound.value
            handler.answering = false
            guard !handler.closing else { return }
            switch result {
            case .success(let response):
                handler.sessions.note(request, response)
                handler.write(response, context)
                context.flush()
                handler.answerQueued(context)
            case .failure:
                handler.closing = true
                context.close(promise: nil)
            }
        }
    }

    private func setReading(_ on: Bool, _ context: ChannelHandlerContext) {
        guard on != reading else { return }
        reading = on
        try? context.channel.syncOptions?.setOption(ChannelOptions.autoRead, value: on)
    }

    /// Answers the refusal and closes, without reading anything the client sent.
    private func refuse(_ context: ChannelHandlerContext, _ problem: any ConnectionProblem) {
        write(Self.response(problem), context)
        context.flush()
        close(context)
    }

    static func response(_ problem: any ConnectionProblem) -> WireResponse {
        var response = WireResponse()
        response.error = problem.body
        return response
    }
}
