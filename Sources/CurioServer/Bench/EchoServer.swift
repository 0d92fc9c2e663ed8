import NIOCore
import NIOPosix

/// A bare Unix-socket line echo on the same stack (NIO), for `curio bench`'s floor: what a
/// round trip costs on this machine with no protocol, desk or matcher behind it.
public enum EchoServer {
    /// Binds `path` and echoes every line back; close the returned channel to stop.
    public static func start(path: String, group: any EventLoopGroup) async throws -> any Channel {
        try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineFrameDecoder(maximumLength: 1 << 22)))
                    try child.pipeline.syncOperations.addHandler(Echo())
                }
            }
            .bind(unixDomainSocketPath: path).get()
    }

    final class Echo: ChannelInboundHandler {
        typealias InboundIn = String
        typealias OutboundOut = ByteBuffer

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let line = unwrapInboundIn(data)
            var buffer = context.channel.allocator.buffer(capacity: line.utf8.count + 1)
            buffer.writeString(line)
            buffer.writeInteger(UInt8(ascii: "\n"))
            context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
        }
    }
}
