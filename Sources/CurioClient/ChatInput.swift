import Foundation

/// The REPL's own commands. Anything else typed is an answer for the consultation.
public enum ChatCommandWord: String, CaseIterable, Sendable {
    case help, back, why, summary, restart, quit

    /// One line of help for each command.
    public var help: String {
        switch self {
        case .help: "show this help"
        case .back: "undo your last answer and go back to its question"
        case .why: "why this question is asked, and why each recommendation was made"
        case .summary: "the case summary so far (the consultation stays open)"
        case .restart: "end this consultation and start a new one"
        case .quit: "end the consultation and leave (also: exit, Ctrl-D)"
        }
    }
}

/// One line typed at the REPL, read.
public enum ChatInput: Equatable, Sendable {
    case empty
    case command(ChatCommandWord)
    case answer(String)

    /// A line that is exactly a command word (any case, optionally with a leading `/` or `:`)
    /// is that command; any other non-blank line is an answer.
    public static func parse(_ line: String) -> ChatInput {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return .empty }
        var word = trimmed.lowercased()
        if word.hasPrefix("/") || word.hasPrefix(":") { word.removeFirst() }
        if let command = ChatCommandWord(rawValue: word) { return .command(command) }
        switch word {
        case "exit", "bye", "q": return .command(.quit)
        case "?", "h": return .command(.help)
        case "undo": return .command(.back)
        default: return .answer(trimmed)
        }
    }
}
