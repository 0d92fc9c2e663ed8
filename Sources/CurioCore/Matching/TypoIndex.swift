/// Finds the lexicon word a misspelt token was meant to be ("brusie" → "bruise",
/// "depresion" → "depression"), by the symmetric-delete method: every lexicon word is indexed
/// under itself and each form with one letter deleted, so a lookup costs a handful of hash
/// probes instead of an edit-distance scan of the whole lexicon.
///
/// Guards keep short words from matching everything: only tokens of `minimumLength` letters
/// or more are corrected, the first letter must agree, at most one edit (an adjacent swap
/// counts as one), and words a trainer lists as plain English are never corrected.
struct TypoIndex: Sendable {
    var minimumLength = 5
    private var index: [String: [String]] = [:]
    private var plainWords: Set<String> = []

    init(minimumLength: Int = 5) { self.minimumLength = minimumLength }

    mutating func add(word: String) {
        guard word.utf8.count >= minimumLength - 1, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return }
        for form in Self.deletions(of: word) + [word] {
            if index[form, default: []].contains(word) { continue }
            index[form, default: []].append(word)
        }
    }

    mutating func addPlain(_ word: String) { plainWords.insert(word) }

    func isPlain(_ word: String) -> Bool { plainWords.contains(word) }

    /// The lexicon word `token` is one edit away from, if exactly one is closest.
    func correction(of token: String) -> String? {
        let bytes = Array(token.utf8)
        guard bytes.count >= minimumLength, !plainWords.contains(token),
            bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
        else { return nil }
        var best: String?
        for form in Self.deletions(of: token) + [token] {
            guard let candidates = index[form] else { continue }
            for candidate in candidates where candidate != token && candidate.utf8.first == bytes.first {
                if Self.isOneEdit(bytes, Array(candidate.utf8)) {
                    if let found = best, found != candidate { return nil }  // ambiguous: leave it
                    best = candidate
                }
            }
        }
        return best
    }

    static func deletions(of word: String) -> [String] {
        let bytes = Array(word.utf8)
        guard bytes.count > 1 else { return [] }
        return (0..<bytes.count).map { i in
            var copy = bytes
            copy.remove(at: i)
            return String(decoding: copy, as: UTF8.self)
        }
    }

    /// Damerau distance ≤ 1: one substitution, insertion, deletion or adjacent swap.
    static func isOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a == b { return false }
        if a.count == b.count {
            let diffs = (0..<a.count).filter { a[$0] != b[$0] }
            if diffs.count == 1 { return true }
            if diffs.count == 2, diffs[1] == diffs[0] + 1, a[diffs[0]] == b[diffs[1]], a[diffs[1]] == b[diffs[0]] { return true }
            return false
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0
        while i < short.count, long[i] == short[i] { i += 1 }
        return long[(i + 1)...].elementsEqual(short[i...])
    }
}
