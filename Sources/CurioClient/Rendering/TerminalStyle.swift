import CurioCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How text is laid out for the terminal at hand: its width, and whether to use colour.
public struct TerminalStyle: Sendable, Equatable {
    /// Columns to wrap at.
    public var width: Int
    /// ANSI colour and emphasis.
    public var colour: Bool

    public init(width: Int = 80, colour: Bool = false) {
        self.width = max(30, width)
        self.colour = colour
    }

    /// Plain text, 80 columns (tests, pipes).
    public static let plain = TerminalStyle()

    /// The style for standard output: colour only on a terminal with NO_COLOR unset (and
    /// TERM not "dumb"); the terminal's width, else $COLUMNS, else 80, at most 100 for reading.
    public static func forStandardOutput(environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        let tty = isatty(STDOUT_FILENO) == 1
        let colour = tty && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        var columns = 0
        if tty {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 { columns = Int(size.ws_col) }
        }
        if columns <= 0, let text = environment["COLUMNS"], let value = Int(text) { columns = value }
        if columns <= 0 { columns = 80 }
        return TerminalStyle(width: min(columns, 100), colour: colour)
    }

    // MARK: Emphasis

    func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func bold(_ text: String) -> String { paint(text, "1") }
    public func dim(_ text: String) -> String { paint(text, "2") }
    public func warning(_ text: String) -> String { paint(text, "1;33") }
    public func error(_ text: String) -> String { paint(text, "1;31") }

    /// `[URGENT]` and its kin, coloured by how soon to act.
    public func priorityTag(_ priority: Priority) -> String {
        let tag = "[\(priority.rawValue.uppercased())]"
        switch priority {
        case .emergency: return paint(tag, "1;97;41")
        case .urgent: return paint(tag, "1;31")
        case .high: return paint(tag, "1;33")
        case .consider: return paint(tag, "1;36")
        }
    }

    // MARK: Wrapping

    /// Word-wraps `text` to the style's width. Continuation lines get `indent`; the first
    /// line starts with `firstPrefix` (counted by its visible width).
    /// Words longer than a line (addresses) get a line of their own rather than being cut.
    /// Existing line breaks are kept; each line's own leading spaces become its indent.
    public func wrap(_ text: String, firstPrefix: String = "", indent: String = "") -> String {
        var output: [String] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let leading = String(rawLine.prefix { $0 == " " })
            let first = (number == 0 ? firstPrefix : indent) + leading
            output += Self.wrapLine(String(rawLine.dropFirst(leading.count)), width: width,
                                    first: first, indent: indent + leading)
        }
        return output.joined(separator: "\n")
    }

    /// Wraps each line of `text` on its own: a line's continuations get its own leading
    /// spaces plus `hanging` (for the server's multi-line answers such as `why`).
    public func wrapParagraphs(_ text: String, hanging: String = "    ") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let leading = String(line.prefix { $0 == " " })
            return Self.wrapLine(String(line.dropFirst(leading.count)), width: width, first: leading, indent: leading + hanging)
                .joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// Wraps one line of words; prefixes count by their visible width (ANSI codes excluded).
    static func wrapLine(_ line: String, width: Int, first: String, indent: String) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        var lines: [String] = []
        var current = first
        var currentWidth = visibleWidth(first)
        var wordsOnLine = 0
        for word in words {
            let wordWidth = word.count
            if wordsOnLine > 0, currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = indent
                currentWidth = visibleWidth(indent)
                wordsOnLine = 0
            }
            if wordsOnLine > 0 {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
            wordsOnLine += 1
        }
        lines.append(current)
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    }

    /// Characters shown, ANSI escape sequences not counted.
    static func visibleWidth(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }
}
