/// What one benchmark connection says, line by line: the next line to send after each answer
/// (nil answer: the first line), whether its round trip counts as a timed turn, and nil when
/// the connection is done.
public protocol LoadScript: Sendable {
    mutating func next(after answer: String?) -> (line: String, timed: Bool)?
    /// Whether `next` reads the answer's text; when not, it is given "" (saving the client
    /// the copy).
    var wantsAnswerText: Bool { get }
}

/// A consultation: `start`, then `turns` answers (each a timed turn), then `end` unless the
/// session is to be left open and idle.
public struct ConsultationScript: LoadScript {
    let dialogue: String?
    let texts: [String]
    let turns: Int
    let endAtFinish: Bool
    private var session: String?
    private var said = 0
    private var ended = false

    public init(dialogue: String?, texts: [String], turns: Int, offset: Int = 0, endAtFinish: Bool = true) {
        self.dialogue = dialogue
        self.texts = texts
        self.turns = turns
        self.endAtFinish = endAtFinish
        self.said = 0
        self.offset = offset
    }

    private let offset: Int

    public var wantsAnswerText: Bool { session == nil }

    public mutating func next(after answer: String?) -> (line: String, timed: Bool)? {
        guard let answer else {
            let field = dialogue.map { #","dialogue":"\#($0)""# } ?? ""
            return (#"{"op":"start"\#(field)}"#, false)
        }
        if session == nil { session = Self.session(in: answer) }
        guard let session else { return nil }
        if said < turns {
            let text = texts[(offset + said) % texts.count]
            said += 1
            return (#"{"op":"say","session":"\#(session)","text":"\#(text)"}"#, true)
        }
        guard endAtFinish, !ended else { return nil }
        ended = true
        return (#"{"op":"end","session":"\#(session)"}"#, false)
    }

    /// The session id in a `start` answer, found without a JSON parser (the id is hex).
    static func session(in line: String) -> String? {
        guard let start = Bytes.offset(of: #""session":""#, in: line) else { return nil }
        let rest = line.utf8.dropFirst(start)
        return rest.firstIndex(of: UInt8(ascii: "\"")).map { String(decoding: rest[..<$0], as: UTF8.self) }
    }
}

/// The floor to compare with: the same number of lines of the same size, echoed back. Like a
/// consultation's `start`, a first untimed line comes before the timed ones, so that a
/// connection the server has not yet accepted when the run begins does not count its wait in
/// the accept queue as a round trip.
public struct EchoScript: LoadScript {
    let line: String
    let turns: Int
    private var sent = 0

    public var wantsAnswerText: Bool { false }

    public init(line: String, turns: Int) {
        self.line = line
        self.turns = turns
    }

    public mutating func next(after answer: String?) -> (line: String, timed: Bool)? {
        guard answer != nil else { return (line, false) }
        guard sent < turns else { return nil }
        sent += 1
        return (line, true)
    }
}
