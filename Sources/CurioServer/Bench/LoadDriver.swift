#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore
import NIOPosix

/// Drives many connections at once against a Unix socket, each following its `LoadScript`
/// in a closed loop (send, wait for the answer, send the next), and collects each timed
/// turn's round trip. Used by `curio bench`; event-driven, so a thousand connections need no
/// thousand threads.
public enum LoadDriver {
    /// What one run measured.
    public struct Outcome: Sendable {
        /// Round trips of the timed turns, in nanoseconds.
        public var latencies: [Int64]
        /// From the first timed request to the last answer.
        public var seconds: Double
        /// Connections whose script did not finish (refused, closed early).
        public var failed: Int
    }

    /// Connects every script's connection first, then starts them all at once and waits for
    /// all to finish. With `keepOpen`, finished connections stay open and are returned, for
    /// measuring idle sessions; close them with `close(_:)`.
    public static func run(
        path: String, scripts: [any LoadScript], group: any EventLoopGroup, keepOpen: Bool = false
    ) async throws -> (Outcome, [any Channel]) {
        var channels: [any Channel] = []
        var results: [EventLoopFuture<[Int64]?>] = []
        for script in scripts {
            let promise = group.next().makePromise(of: [Int64]?.self)
            let channel = try await connect(path: path, script: script, promise: promise, keepOpen: keepOpen, group: group)
            channels.append(channel)
            results.append(promise.futureResult)
        }
        let begin = NIODeadline.now()
        for channel in channels { channel.pipeline.fireUserInboundEventTriggered(ScriptedConnection.Go()) }
        var latencies: [Int64] = []
        var failed = 0
        for result in results {
            if let turns = try await result.get() { latencies += turns } else { failed += 1 }
        }
        let seconds = Double((NIODeadline.now() - begin).nanoseconds) / 1e9
        if !keepOpen { close(channels) }
        return (Outcome(latencies: latencies, seconds: seconds, failed: failed), keepOpen ? channels : [])
    }

    public static func close(_ channels: [any Channel]) {
        for channel in channels { channel.close(promise: nil) }
    }

    /// Connects, retrying while the listen backlog is full (a Unix socket answers EAGAIN).
    static func connect(
        path: String, script: any LoadScript, promise: EventLoopPromise<[Int64]?>, keepOpen: Bool, group: any EventLoopGroup
    ) async throws -> any Channel {
        var attempt = 0
        while true {
            do {
                return try await ClientBootstrap(group: group)
                    .channelInitializer { channel in
                        channel.eventLoop.makeCompletedFuture {
                            try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(AnswerLines()))
                            try channel.pipeline.syncOperations.addHandler(
                                ScriptedConnection(script: script, done: promise, keepOpen: keepOpen))
                        }
                    }
                    .connect(unixDomainSocketPath: path).get()
            } catch {
                attempt += 1
                if attempt > 200 { promise.fail(error); throw error }
                try await Task.sleep(for: .milliseconds(5))
            }
        }
    }
}

/// One benchmark connection: sends its script's lines one at a time and times the turns.
final class ScriptedConnection: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// Starts the script (sent once every connection is up).
    struct Go {}

    private var script: any LoadScript
    private let done: EventLoopPromise<[Int64]?>
    private let keepOpen: Bool
    private var sentAt: NIODeadline?
    private var timed = false
    private var latencies: [Int64] = []
    private var finished = false

    init(script: any LoadScript, done: EventLoopPromise<[Int64]?>, keepOpen: Bool) {
        self.script = script
        self.done = done
        self.keepOpen = keepOpen
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is Go { send(after: nil, context: context) } else { context.fireUserInboundEventTriggered(event) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let line = unwrapInboundIn(data)
        if timed, let sentAt { latencies.append((NIODeadline.now() - sentAt).nanoseconds) }
        if Bytes.contains(line, Self.errorKey) { return finish(context: context, success: false) }
        // Answers are read as text only while the script needs them (for the session id): the
        // client must cost as little as it can, since it shares the machine with the server.
        send(after: script.wantsAnswerText ? String(buffer: line) : "", context: context)
    }

    private static let errorKey = Bytes.Needle(#""error":{"#)

    private func send(after answer: String?, context: ChannelHandlerContext) {
        guard let (line, timed) = script.next(after: answer) else { return finish(context: context, success: true) }
        self.timed = timed
        var buffer = context.channel.allocator.buffer(capacity: line.utf8.count + 1)
        buffer.writeString(line)
        buffer.writeInteger(UInt8(ascii: "\n"))
        sentAt = NIODeadline.now()
        context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
    }

    private func finish(context: ChannelHandlerContext, success: Bool) {
        guard !finished else { return }
        finished = true
        done.succeed(success ? latencies : nil)
        if !keepOpen || !success { context.close(promise: nil) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if !finished {
            finished = true
            done.succeed(nil)
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(context: context, success: false)
    }
}

/// Substring search over UTF-8 bytes: Foundation's `contains`/`range(of:)` on Linux goes
/// through CFString and cost the benchmark client more CPU than the server it measures.
enum Bytes {
    /// A byte string to look for, with Horspool's skip table made once: on a mismatch the
    /// search moves on by how far the window's last byte is from the needle's end, so a 4.6 KiB
    /// answer costs a few hundred comparisons rather than one per byte.
    struct Needle: Sendable {
        let bytes: [UInt8]
        let shift: [Int]

        init(_ text: String) {
            bytes = Array(text.utf8)
            var shift = [Int](repeating: bytes.count, count: 256)
            for (index, byte) in bytes.dropLast().enumerated() { shift[Int(byte)] = bytes.count - 1 - index }
            self.shift = shift
        }
    }

    static func contains(_ buffer: ByteBuffer, _ needle: Needle) -> Bool {
        guard let last = needle.bytes.last else { return true }
        return buffer.withUnsafeReadableBytes { haystack in
            var end = needle.bytes.count - 1
            while end < haystack.count {
                let byte = haystack[end]
                if byte == last, haystack[(end + 1 - needle.bytes.count)...end].elementsEqual(needle.bytes) { return true }
                end += needle.shift[Int(byte)]
            }
            return false
        }
    }

    /// The byte offset just after the first occurrence of `needle`.
    static func offset(of needle: String, in text: String) -> Int? {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
        var index = 0
        while index <= haystack.count - pattern.count {
            if haystack[index] == pattern[0], haystack[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index + pattern.count
            }
            index += 1
        }
        return nil
    }
}

/// The benchmark client's framing: each answer line as bytes, without the newline. Unlike the
/// server's `LineFrameDecoder` it neither validates nor copies into a `String`.
struct AnswerLines: ByteToMessageDecoder {
    typealias InboundOut = ByteBuffer

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let length = buffer.withUnsafeReadableBytes { bytes -> Int? in
            guard let base = bytes.baseAddress, let found = memchr(base, Int32(UInt8(ascii: "\n")), bytes.count) else {
                return nil
            }
            return base.distance(to: UnsafeRawPointer(found))
        }
        guard let length, let line = buffer.readSlice(length: length) else { return .needMoreData }
        buffer.moveReaderIndex(forwardBy: 1)
        context.fireChannelRead(Self.wrapInboundOut(line))
        return .continue
    }
}
