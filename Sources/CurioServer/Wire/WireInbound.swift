import CurioCore

/// What `ConsultationHandler` receives for one line: a request for the desk, or the error
/// response a malformed line gets (the connection goes on).
public enum WireInbound: Sendable, Hashable {
    case request(DeskRequest)
    case refused(WireResponse)
}
