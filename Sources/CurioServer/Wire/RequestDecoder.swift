import CurioCore
import NIOCore

/// Bytes → requests: splits the stream into lines (`LineFrameDecoder`, with its limits) and
/// reads each into a `WireInbound` (`WireRequestReader`). Blank lines are not requests and get
/// no answer. No logic lives here.
///
/// Framing and reading are one handler, not two: each handler a request passes through costs
/// a hop through the pipeline and a boxed `NIOAny` of the line, on every turn.
struct RequestDecoder: ByteToMessageDecoder {
    typealias InboundOut = WireInbound

    private var lines: LineFrameDecoder

    init(maximumLength: Int) {
        lines = LineFrameDecoder(maximumLength: maximumLength)
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let line = try lines.nextLine(&buffer) else { return .needMoreData }
        deliver(line, context)
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while let line = try lines.nextLine(&buffer) {
            deliver(line, context)
        }
        if seenEOF, let rest = try lines.unfinishedLine(&buffer) {
            deliver(rest, context)
        }
        return .needMoreData
    }

    private func deliver(_ line: String, _ context: ChannelHandlerContext) {
        guard !Self.isBlank(line) else { return }
        context.fireChannelRead(Self.wrapInboundOut(WireRequestReader.read(line)))
    }

    /// Whether the line holds nothing but whitespace. A request starts with `{`: a first byte
    /// that is ASCII and not ASCII whitespace settles it without walking the line's characters.
    static func isBlank(_ line: String) -> Bool {
        if let first = line.utf8.first, first < 0x80, first != UInt8(ascii: " "), !(0x09...0x0D).contains(first) {
            return false
        }
        return !line.contains(where: { !$0.isWhitespace })
    }
}
