import NIOCore
import NIOPosix

/// A bare Unix-socket line echo on the same stack (NIO), for `curio bench`'s floor: what a
/// round trip costs on this machine with no protocol, desk or matcher behind it.
public enum EchoServer {
    /// Binds `path` and echoes every line back; close the returned channel to stop. With
    /// `replyBytes`, each reply is padded with spaces to that many bytes, the size of an
    /// answer: the floor for carrying answers without working them out.
    public static func start(path: String, group: any EventLoopGroup, replyBytes: Int = 0) async throws -> any Channel {
        try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineFrameDecoder(maximumLength: 1 << 22)))
                    try child.pipeline.syncOperations.addHandler(Echo(replyBytes: replyBytes))
                }
            }
            .bind(unixDomainSocketPath: path).get()
    }

    final class Echo: ChannelInboundHandler {
        typealias InboundIn = String
        typealias OutboundOut = ByteBuffer

        let replyBytes: Int

        init(replyBytes: Int) { self.replyBytes = replyBytes }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let line = unwrapInboundIn(data)
            let padding = max(0, replyBytes - line.utf8.count)
            var buffer = context.channel.allocator.buffer(capacity: line.utf8.count + padding + 1)
            buffer.writeString(line)
            if padding > 0 { buffer.writeRepeatingByte(UInt8(ascii: " "), count: padding) }
            buffer.writeInteger(UInt8(ascii: "\n"))
            context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
        }
    }
}
