import CurioCore
import NIOCore

/// Lines ↔ values: a request line becomes a `WireInbound`, a `WireResponse` becomes one
/// JSON line. Blank lines are not requests and get no answer. No logic lives here.
public final class WireCodec: ChannelDuplexHandler, Sendable {
    public typealias InboundIn = String
    public typealias InboundOut = WireInbound
    public typealias OutboundIn = WireResponse
    public typealias OutboundOut = ByteBuffer

    public init() {}

    public func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let line = unwrapInboundIn(data)
        guard line.contains(where: { !$0.isWhitespace }) else { return }
        context.fireChannelRead(wrapInboundOut(WireRequestReader.read(line)))
    }

    public func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // Room for a long consultation's whole picture (answers of 4-10 KiB are usual), so
        // the bytes are not moved while they are written.
        let line = JSONLines.bytes(unwrapOutboundIn(data), capacity: 16 * 1024)
        var buffer = context.channel.allocator.buffer(capacity: line.count + 1)
        buffer.writeBytes(line)
        buffer.writeInteger(UInt8(ascii: "\n"))
        context.write(wrapOutboundOut(buffer), promise: promise)
    }
}
