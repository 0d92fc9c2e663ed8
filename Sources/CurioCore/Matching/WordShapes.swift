/// A prefilter for a small set of words: each word's length and first letter, as bits.
///
/// Why: some age rules are asked of every token of every utterance ("is this the first word
/// of a `born_when` phrase?"), and nearly every token is not. Hashing each one showed in
/// profiles; comparing its length and first byte against a bit table rules out almost all
/// of them first. `admits` never says no to a listed word; a yes still needs the real lookup.
struct WordShapes: Sendable {
    /// For each length up to `longest`, the first bytes seen at that length ("a" to "z" as bits
    /// 0 to 25; any other first byte as bit 31, which then admits every such word).
    private var letters: [UInt32]

    init(_ words: [String]) {
        let longest = words.map(\.utf8.count).max() ?? 0
        letters = [UInt32](repeating: 0, count: longest + 1)
        for word in words {
            guard let first = word.utf8.first else { continue }
            letters[word.utf8.count] |= Self.bit(first)
        }
    }

    @inline(__always)
    private static func bit(_ byte: UInt8) -> UInt32 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? 1 << UInt32(byte - UInt8(ascii: "a")) : 1 << 31
    }

    /// False when no listed word has this word's length and first letter.
    @inline(__always)
    func admits(_ word: String) -> Bool {
        let length = word.utf8.count
        guard length < letters.count, let first = word.utf8.first else { return false }
        return letters[length] & Self.bit(first) != 0
    }
}
