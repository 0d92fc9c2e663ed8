import Foundation

/// One request line of the socket protocol (`design/contracts.md`).
///
/// Contract ops: `start`, `say`, `resume`, `end`. Added by Curio (the contract may only grow):
/// `back` (undo the last answer), `why` (why this question and each recommendation),
/// `summary` (the case summary without ending), `dialogues` (what can be started), `ping`.
public struct WireRequest: Codable, Sendable, Hashable {
    public var op: String
    public var session: String?
    public var text: String?
    public var dialogue: String?
    /// Echoed in the response, so a client may match answers to requests.
    public var id: BatchLine.ID?

    public init(op: String, session: String? = nil, text: String? = nil, dialogue: String? = nil, id: BatchLine.ID? = nil) {
        self.op = op
        self.session = session
        self.text = text
        self.dialogue = dialogue
        self.id = id
    }

    public enum Op: String, Sendable, CaseIterable {
        case start, say, resume, end, back, why, summary, dialogues, ping
    }
}

/// One response line. Only the fields an op answers with are present.
public struct WireResponse: Codable, Sendable, Hashable {
    public var id: BatchLine.ID?
    public var session: String?
    public var dialogue: String?
    public var say: String?
    public var state: String?
    public var question: String?
    public var options: [String]?
    public var findings: [Finding]?
    public var recommendations: [Recommendation]?
    public var new: [String]?
    public var facts: [String: FactValue]?
    public var done: Bool?
    public var note: String?
    public var turns: Int?
    public var summary: CaseSummary?
    public var why: String?
    public var dialogues: [DialogueInfo]?
    public var error: ErrorBody?

    public init() {}

    /// A dialogue a client may start.
    public struct DialogueInfo: Codable, Sendable, Hashable {
        public var name: String
        public var title: String
        public var description: String

        public init(name: String, title: String, description: String) {
            self.name = name
            self.title = title
            self.description = description
        }
    }

    public static func failure(_ code: String, _ message: String, id: BatchLine.ID? = nil) -> WireResponse {
        var response = WireResponse()
        response.id = id
        response.error = ErrorBody(code: code, message: message)
        return response
    }

    /// The response carrying a consultation reply.
    public init(session: String, dialogue: String, reply: Reply, id: BatchLine.ID? = nil) {
        self.id = id
        self.session = session
        self.dialogue = dialogue
        self.say = reply.say
        self.state = reply.state
        self.question = reply.question
        self.options = reply.options
        self.findings = reply.findings
        self.recommendations = reply.recommendations
        self.new = reply.new
        self.facts = reply.facts
        self.done = reply.done
        self.note = reply.note
        self.turns = reply.turns
    }
}

extension Reply {
    /// The consultation reply a response carries, if it carries one (a client recording the
    /// consultation as a test script reads replies back this way).
    public init?(_ response: WireResponse) {
        guard let say = response.say, let state = response.state else { return nil }
        self.init(
            say: say, state: state, question: response.question, options: response.options ?? [],
            findings: response.findings ?? [], recommendations: response.recommendations ?? [],
            new: response.new ?? [], facts: response.facts ?? [:], done: response.done ?? false,
            note: response.note, turns: response.turns ?? 0)
    }
}
