import CurioCore

/// A problem with the byte stream itself: the connection, not one request, is at fault, so
/// the server answers this error and closes the connection (`design/contracts.md`).
public enum LineFrameError: Error, Sendable, Hashable {
    /// A line longer than the limit (bytes, newline excluded), or unfinished and already longer.
    case lineTooLong(limit: Int)
    /// A line that is not valid UTF-8.
    case notUTF8

    public var body: ErrorBody {
        switch self {
        case .lineTooLong(let limit):
            ErrorBody(code: "line_too_long", message: "A request line is longer than \(limit) bytes; the connection is closed.")
        case .notUTF8:
            ErrorBody(code: "not_utf8", message: "A request line is not valid UTF-8; the connection is closed.")
        }
    }
}
