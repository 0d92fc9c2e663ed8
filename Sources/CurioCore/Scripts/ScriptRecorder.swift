import Foundation

/// Writes a consultation as it was held into a test script that passes as written: what the
/// practitioner typed, the question the assistant asked next, the state, and the
/// recommendations each answer added. The trainer then trims it or adds assertions.
public struct ScriptRecorder: Sendable {
    public private(set) var lines: [String]

    public init(dialogue: String, title: String? = nil, date: Date = Date()) {
        let stamp = ISO8601DateFormatter().string(from: date)
        lines = [
            "title: \(title ?? "Recorded consultation \(stamp)")",
            "dialogue: \(dialogue)",
            "",
        ]
    }

    /// The opening question.
    public mutating func opened(_ reply: Reply) {
        if let said = Self.quotable(reply) { lines.append("curio: \(said)") }
        lines.append("expect state \(reply.state)")
    }

    /// One answer and the reply to it.
    public mutating func answered(_ text: String, reply: Reply) {
        lines.append("")
        lines.append("you: \(Self.escape(text))")
        record(reply)
    }

    /// A REPL command (back, why, summary) and the reply to it.
    public mutating func performed(_ command: DialogueScript.Command, reply: Reply) {
        lines.append("")
        lines.append("do: \(command.rawValue)")
        if command == .back { record(reply) }
    }

    private mutating func record(_ reply: Reply) {
        for id in reply.new {
            if let rec = reply.recommendations.first(where: { $0.id == id }) {
                lines.append("expect recommendation \(rec.id) \(rec.priority.rawValue)")
            }
        }
        if let said = Self.quotable(reply) { lines.append("curio: \(said)") }
        lines.append("expect state \(reply.state)")
    }

    /// The whole script, ending with the top priority reached.
    public func script(finalTop: Priority?) -> String {
        (lines + ["", "expect top \(finalTop?.rawValue ?? "none")", ""]).joined(separator: "\n")
    }

    /// The question (or the last line said), which replays word for word.
    static func quotable(_ reply: Reply) -> String? {
        let text = reply.question ?? reply.say.split(separator: "\n").last.map(String.init)
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return escape(text)
    }

    /// A `#` would start a comment in a script.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "#", with: "\\#")
    }
}
