// Readline's globals (rl_readline_name, rl_attempted_completion_function...) are C mutable
// state, which strict concurrency rejects. This file is the only one that imports CReadline,
// and LineEditor touches them from the REPL's one thread only; `@preconcurrency` accepts
// that for this file and nowhere else.
@preconcurrency import CReadline
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the REPL reads its lines from.
public protocol LineInput: AnyObject {
    /// One line without its newline, or nil at end of input (Ctrl-D).
    func readLine(prompt: String) -> String?
    /// What Tab offers for the line being typed (the question's options, the REPL commands).
    func setCompletions(_ candidates: [String])
    /// Typed text is echoed by the terminal (false when input is piped).
    var echoesInput: Bool { get }
}

/// The one place that touches GNU Readline: the line, history in the per-user history file,
/// and Tab completion of REPL commands and the current question's options.
///
/// Readline is a C library of process-wide globals and callbacks with no notion of threads.
/// Every call is made from the thread that runs the REPL (the main thread); the globals are
/// reached only through this type, and the completion callback reads candidates that the same
/// thread stored before calling `readline()`. When standard input is not a terminal, lines
/// are read plainly so the REPL can be scripted and piped.
public final class LineEditor: LineInput {
    public let isInteractive: Bool
    private let historyPath: String?
    private var lastHistoryLine: String?
    private var plainInput: PlainLineReader?

    /// - Parameter historyPath: the history file (its folder is created with mode 0700, the
    ///   file kept at 0600); nil keeps no history.
    public init(historyPath: String?, interactive: Bool = isatty(STDIN_FILENO) == 1) {
        self.isInteractive = interactive
        self.historyPath = historyPath
        if interactive {
            Self.configureReadline()
            if let historyPath { Self.loadHistory(historyPath) }
        } else {
            plainInput = PlainLineReader(fileDescriptor: STDIN_FILENO)
        }
    }

    public var echoesInput: Bool { isInteractive }

    public func setCompletions(_ candidates: [String]) {
        CompletionStore.candidates = candidates
    }

    public func readLine(prompt: String) -> String? {
        guard isInteractive else { return plainInput?.next() }
        guard let raw = CReadline.readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed != lastHistoryLine {
            add_history(raw)
            lastHistoryLine = trimmed
        }
        return line
    }

    /// Writes the history file (call once, at the end of the session).
    public func saveHistory() {
        guard isInteractive, let historyPath else { return }
        Self.prepareFolder(of: historyPath)
        // The file holds what practitioners typed about a case: private to the user.
        if !FileManager.default.fileExists(atPath: historyPath) {
            let fd = open(historyPath, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            if fd >= 0 { close(fd) }
        }
        _ = write_history(historyPath)
        _ = history_truncate_file(historyPath, Self.historyLimit)
        chmod(historyPath, 0o600)
    }

    static let historyLimit: Int32 = 1000

    // MARK: Readline set-up (once per process)

    nonisolated(unsafe) private static var configured = false

    private static func configureReadline() {
        guard !configured else { return }
        configured = true
        rl_readline_name = UnsafePointer(WordBreaks.name)
        // Complete on the whole line so that multi-word options ("not sure") complete.
        rl_completer_word_break_characters = UnsafePointer(WordBreaks.none)
        rl_attempted_completion_function = { text, _, _ in
            rl_attempted_completion_over = 1  // never fall back to file names
            rl_completion_append_character = 0
            return rl_completion_matches(text) { text, state in
                CompletionStore.next(text.map { String(cString: $0) } ?? "", state: state)
            }
        }
        _ = rl_variable_bind("completion-ignore-case", "on")
        stifle_history(historyLimit)
    }

    private static func loadHistory(_ path: String) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        _ = read_history(path)
    }

    static func prepareFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
}

/// C strings readline keeps pointers to for the life of the process.
private enum WordBreaks {
    nonisolated(unsafe) static let none: UnsafeMutablePointer<CChar> = strdup("")!
    nonisolated(unsafe) static let name: UnsafeMutablePointer<CChar> = strdup("curio")!
}

/// The candidates the completion callback offers. Readline calls back on the thread that
/// called `readline()`, which is the only thread that sets them; the static storage is
/// therefore unshared in practice, and `nonisolated(unsafe)` says so to the compiler.
private enum CompletionStore {
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var matches: [String] = []
    nonisolated(unsafe) static var index = 0

    /// Readline's generator protocol: state 0 starts a new completion; return malloc'd
    /// strings one at a time, then nil.
    static func next(_ text: String, state: Int32) -> UnsafeMutablePointer<CChar>? {
        if state == 0 {
            matches = Completion.candidates(for: text, among: candidates)
            index = 0
        }
        guard index < matches.count else { return nil }
        defer { index += 1 }
        return strdup(matches[index])
    }
}
