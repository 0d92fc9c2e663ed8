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
        do {
            return String(decoding: try encoder().encode(value), as: UTF8.self)
        } catch {
            // Only non-finite numbers fail here; say so rather than crash.
            return #"{"error":{"code":"encoding","message":"the answer could not be encoded as JSON"}}"#
        }
    }
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
