import CurioCore
import Foundation

/// One open consultation held by the desk, with its own lock.
///
/// Each session is locked separately so that one practitioner's turn (which waits for the
/// journal) never holds up another's. A turn works on a copy of the `Consultation` value and
/// only stores it back once the journal has the turn: if the journal fails, the copy is
/// dropped and the session is exactly as it was.
final class OpenSession: @unchecked Sendable {
    /// What the lock protects.
    struct State {
        var consultation: Consultation
        /// The last reply sent, answered again by `resume`.
        var lastReply: Reply
        /// Set by `end`; a request that found the session before it ended answers an error.
        var ended = false
    }

    let id: String
    private let lock = NSLock()
    private var state: State

    init(id: String, consultation: Consultation, lastReply: Reply) {
        self.id = id
        self.state = State(consultation: consultation, lastReply: lastReply)
    }

    /// Runs one request against the session, serialised with the session's other requests.
    /// An ended session answers `session_ended` without running `body`.
    func withState<T>(_ body: (inout State) throws(DeskError) -> T) throws(DeskError) -> T {
        lock.lock()
        defer { lock.unlock() }
        guard !state.ended else { throw .sessionEnded() }
        return try body(&state)
    }
}
