import CurioCore

/// A request the desk understands: a `WireRequest` whose op is known and whose required
/// fields are present. Reading a line into this value is the codec's job
/// (`WireRequestReader`), so the desk never sees half-formed requests.
public struct DeskRequest: Sendable, Hashable {
    public var command: Command
    /// Echoed in the response, so a client may match answers to requests.
    public var id: BatchLine.ID?

    public init(_ command: Command, id: BatchLine.ID? = nil) {
        self.command = command
        self.id = id
    }

    /// One op of the socket protocol with the fields it needs.
    public enum Command: Sendable, Hashable {
        case start(dialogue: String?)
        case say(session: String, text: String)
        case resume(session: String)
        case end(session: String)
        case back(session: String)
        case why(session: String)
        case summary(session: String)
        case dialogues
        case ping

        /// The op's name on the wire, for logs.
        public var op: WireRequest.Op {
            switch self {
            case .start: .start
            case .say: .say
            case .resume: .resume
            case .end: .end
            case .back: .back
            case .why: .why
            case .summary: .summary
            case .dialogues: .dialogues
            case .ping: .ping
            }
        }

        /// The session the command is about, if any.
        public var session: String? {
            switch self {
            case .say(let session, _), .resume(let session), .end(let session), .back(let session),
                .why(let session), .summary(let session):
                session
            case .start, .dialogues, .ping:
                nil
            }
        }
    }
}
