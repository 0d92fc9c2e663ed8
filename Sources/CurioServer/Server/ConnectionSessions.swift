import CurioCore

/// The consultations one connection has started and not yet ended, for
/// `--max-sessions-per-connection`: one client looping on `start` must not take every slot of
/// `--max-sessions` from the others.
///
/// Only `start` is limited: continuing a consultation (`say`, `resume`, …) is always allowed,
/// so a reconnecting client never loses access to its own sessions.
struct ConnectionSessions {
    let limit: Int
    private var open: Set<String> = []

    init(limit: Int) { self.limit = limit }

    /// The refusal for this request, or nil when it may go to the desk.
    func refusal(for request: DeskRequest) -> WireResponse? {
        guard case .start = request.command, open.count >= limit else { return nil }
        return ConnectionRefusal.tooManySessionsOnConnection(limit, id: request.id)
    }

    /// Notes what the desk's answer did to this connection's sessions.
    mutating func note(_ request: DeskRequest, _ response: WireResponse) {
        guard response.error == nil else { return }
        switch request.command {
        case .start:
            if let session = response.session { open.insert(session) }
        case .end(let session):
            open.remove(session)
        default:
            break
        }
    }
}
