/// A few vocabulary keys as bits (key k is bit k % 64 of word k / 64): the word classes a
/// scope asks about at every token it passes (the soft boundaries ", and", the list words
/// "or any other").
///
/// Why: the classes were sorted arrays scanned key by key, a dozen compares for the usual
/// token that is in none of them; the bits answer with one load and a mask. Negative keys
/// (words outside the vocabulary) are never members: the scopes ask only about known words.
struct KeyBits: Sendable {
    private var words: [UInt64] = []

    init() {}

    init<Keys: Sequence>(_ keys: Keys) where Keys.Element == Int32 {
        for key in keys where key >= 0 {
            let word = Int(key) >> 6
            if words.count <= word { words += [UInt64](repeating: 0, count: word - words.count + 1) }
            words[word] |= 1 << UInt64(key & 63)
        }
    }

    @inline(__always)
    func contains(_ key: Int32) -> Bool {
        guard key >= 0 else { return false }
        let word = Int(key) >> 6
        return word < words.count && words[word] & (1 << UInt64(key & 63)) != 0
    }
}
