import CurioCore

/// A reason to close one connection, answered first as the contract's error line: the
/// connection, not one request, is at fault (or not welcome).
public protocol ConnectionProblem: Error, Sendable {
    var body: ErrorBody { get }
}

extension LineFrameError: ConnectionProblem {}

/// The server's own reasons to close a connection.
public enum ConnectionRefusal: ConnectionProblem, Hashable {
    /// The peer is neither the server's user nor in `--allow-group`.
    case notPermitted
    /// `--max-connections` connections are open already.
    case tooManyConnections(limit: Int)
    /// Nothing was sent for `--idle-timeout` seconds.
    case idle(seconds: Int)

    public var body: ErrorBody {
        switch self {
        case .notPermitted:
            ErrorBody(
                code: "not_permitted",
                message: "This user may not use this Curio server (only its own user, or members of its --allow-group); the connection is closed.")
        case .tooManyConnections(let limit):
            ErrorBody(
                code: "too_many_connections",
                message: "The server already serves \(limit) connections, its limit (--max-connections); the connection is closed. Try again shortly.")
        case .idle(let seconds):
            ErrorBody(
                code: "idle_timeout",
                message: "Nothing was sent for \(seconds) seconds (--idle-timeout); the connection is closed. Open consultations stay open: reconnect and `resume`.")
        }
    }

    /// The answer to a `start` beyond `--max-sessions-per-connection` (the connection goes on).
    static func tooManySessionsOnConnection(_ limit: Int, id: BatchLine.ID?) -> WireResponse {
        .failure(
            "too_many_sessions_on_connection",
            "This connection already holds \(limit) open consultations, its limit (--max-sessions-per-connection). End one with `end`, or open another connection.",
            id: id)
    }
}
