/// Tab completion candidates, as pure functions (the line editor only hands them to readline).
public enum Completion {
    /// Candidates for the whole line typed so far: those starting with it, ignoring case and
    /// leading spaces, in the order given, without duplicates. An empty line offers them all.
    public static func candidates(for typed: String, among candidates: [String]) -> [String] {
        let prefix = String(typed.drop { $0 == " " || $0 == "\t" }).lowercased()
        var seen: Set<String> = []
        var result: [String] = []
        for candidate in candidates where candidate.lowercased().hasPrefix(prefix) {
            if seen.insert(candidate.lowercased()).inserted { result.append(candidate) }
        }
        return result
    }

    /// What Tab offers while a question waits: its options first, then the REPL commands.
    public static func offered(options: [String]) -> [String] {
        options + ChatCommandWord.allCases.map(\.rawValue)
    }
}
