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
        let line = JSONLines.bytes(unwrapOutboundIn(data))
        var buffer = context.channel.allocator.buffer(capacity: line.count + 1)
        buffer.writeBytes(line)
        buffer.writeInteger(UInt8(ascii: "\n"))
        context.write(wrapOutboundOut(buffer), promise: promise)
    }
}
