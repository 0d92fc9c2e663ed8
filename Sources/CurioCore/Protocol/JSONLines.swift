import Foundation

/// The one JSON style Curio writes: one line, keys sorted (stable for tests and diffs),
/// slashes unescaped (addresses stay readable).
public enum JSONLines {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes a value as one line of text (no newline).
    public static func line<T: Encodable>(_ value: T) -> String {
        foundationLine(value)
    }

    /// The same line, written by `JSONLineWriter` (the server's answers, many a second).
    public static func line<T: Encodable & JSONLineWritable>(_ value: T) -> String {
        var writer = JSONLineWriter()
        value.write(to: &writer)
        return writer.failed ? encodingFailure : writer.text
    }

    /// The same line as UTF-8 bytes, for writing straight to a socket. The default capacity is
    /// the server's: an answer carrying a whole case picture is several KiB, and growing the
    /// buffer on the way copied it again.
    public static func bytes<T: Encodable & JSONLineWritable>(_ value: T, capacity: Int = 16 * 1024) -> [UInt8] {
        var writer = JSONLineWriter(capacity: capacity)
        value.write(to: &writer)
        return writer.failed ? Array(encodingFailure.utf8) : writer.bytes
    }

    /// The same line written into `writer` (emptied first, its memory kept): a writer of many
    /// answers passes the same writer every time, and the bytes stay in memory that is already
    /// warm instead of a fresh allocation each time. A line that cannot be encoded is the
    /// encoding error's.
    public static func write<T: Encodable & JSONLineWritable>(_ value: T, into writer: inout JSONLineWriter) {
        writer.reset()
        value.write(to: &writer)
        guard writer.failed else { return }
        writer.reset()
        writer.raw(encodingFailure)
    }

    /// The line as Foundation's `JSONEncoder` writes it: the reference `JSONLineWriter` is
    /// held to, and the writer of everything that is not `JSONLineWritable`.
    public static func foundationLine<T: Encodable>(_ value: T) -> String {
        do {
            return String(decoding: try encoder().encode(value), as: UTF8.self)
        } catch {
            return encodingFailure
        }
    }

    /// Only non-finite numbers fail to encode; say so rather than crash.
    static let encodingFailure = #"{"error":{"code":"encoding","message":"the answer could not be encoded as JSON"}}"#
}

/// An error as every JSON surface reports it: `{"code": "...", "message": "..."}`.
public struct ErrorBody: Codable, Sendable, Hashable, Error {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}
