import CurioCore

/// Why the desk could not answer a request, as the contract's `{"code", "message"}` pair.
///
/// Messages are written for the practitioner at the keyboard (the client shows them as they
/// are) and never repeat what the practitioner typed, so they are safe to log.
public struct DeskError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }

    public var body: ErrorBody { ErrorBody(code: code, message: message) }

    static func unknownSession() -> DeskError {
        DeskError(
            code: "unknown_session",
            message: "There is no consultation with that session id. Start a new one with `start`.")
    }

    static func sessionEnded() -> DeskError {
        DeskError(
            code: "session_ended",
            message: "That consultation has been ended and its record closed. Start a new one with `start`.")
    }

    static func unknownDialogue(_ name: String, available: [String]) -> DeskError {
        DeskError(
            code: "unknown_dialogue",
            message: "There is no dialogue named \"\(name)\". Available: \(available.isEmpty ? "none" : available.joined(separator: ", ")).")
    }

    static func tooManySessions(_ limit: Int) -> DeskError {
        DeskError(
            code: "too_many_sessions",
            message: "The server already holds \(limit) open consultations, its limit (--max-sessions). End finished consultations with `end`, or restart the server with a higher --max-sessions.")
    }

    /// The journal refused the turn: nothing was applied, so the practitioner can simply try again.
    static func storeUnavailable(_ error: any Error) -> DeskError {
        let reason = (error as? CaseJournalError)?.message ?? String(describing: error)
        return DeskError(
            code: "store_unavailable",
            message: "The case record could not be saved (\(reason)). Your last request was not applied; please try again.")
    }
}
