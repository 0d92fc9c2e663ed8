import NIOCore

/// Splits the byte stream into lines ("\n", with an optional "\r" before it dropped) and
/// checks each is UTF-8 and no longer than `maximumLength` bytes.
///
/// An over-long line is refused as soon as it is known to be too long, so a client cannot
/// make the server buffer without limit. A last line without a newline at end of input is
/// still a line. Errors are thrown (`LineFrameError`) and end the connection.
public struct LineFrameDecoder: ByteToMessageDecoder {
    public typealias InboundOut = String

    /// The default `--max-line`: 64 KiB.
    public static let defaultMaximumLength = 64 * 1024

    public let maximumLength: Int
    /// Bytes already searched for a newline, so a long line arriving in pieces is scanned once.
    private var scanned = 0

    public init(maximumLength: Int = LineFrameDecoder.defaultMaximumLength) {
        self.maximumLength = maximumLength
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let line = try nextLine(&buffer) else { return .needMoreData }
        context.fireChannelRead(Self.wrapInboundOut(line))
        return .continue
    }

    public mutating func decodeLast(
        context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool
    ) throws -> DecodingState {
        while let line = try nextLine(&buffer) {
            context.fireChannelRead(Self.wrapInboundOut(line))
        }
        if seenEOF, let rest = try unfinishedLine(&buffer) {
            context.fireChannelRead(Self.wrapInboundOut(rest))
        }
        return .needMoreData
    }

    /// At end of input, the last line when it has no newline (nil when nothing is left).
    mutating func unfinishedLine(_ buffer: inout ByteBuffer) throws -> String? {
        guard buffer.readableBytes > 0, let rest = buffer.readSlice(length: buffer.readableBytes) else { return nil }
        scanned = 0
        return try text(of: rest)
    }

    /// The next complete line, nil when none is complete yet.
    mutating func nextLine(_ buffer: inout ByteBuffer) throws -> String? {
        let offset = buffer.withUnsafeReadableBytes { bytes in
            bytes[scanned...].firstIndex(of: UInt8(ascii: "\n"))
        }
        guard let offset else {
            scanned = buffer.readableBytes
            if buffer.readableBytes > maximumLength { throw LineFrameError.lineTooLong(limit: maximumLength) }
            return nil
        }
        scanned = 0
        guard let slice = buffer.readSlice(length: offset) else { return nil }
        buffer.moveReaderIndex(forwardBy: 1)
        return try text(of: slice)
    }

    private func text(of slice: ByteBuffer) throws -> String {
        var slice = slice
        if slice.readableBytesView.last == UInt8(ascii: "\r") { slice.moveWriterIndex(to: slice.writerIndex - 1) }
        guard slice.readableBytes <= maximumLength else { throw LineFrameError.lineTooLong(limit: maximumLength) }
        // One pass that validates and copies (the standard library's fast UTF-8 check).
        guard let text = slice.withUnsafeReadableBytes({ String(validating: $0, as: UTF8.self) }) else {
            throw LineFrameError.notUTF8
        }
        return text
    }
}
