/// The words the lexicon knows, looked up by their UTF-8 bytes: an open-addressed table with
/// an FNV-1a hash, the words' bytes in one flat array.
///
/// Why not `[String: KnownWord]`: nearly every token of every utterance is looked up here,
/// and `String` hashing (seeded SipHash, per-call hasher set-up) was a tenth of the
/// matcher's time. The table is built once at load and never changes.
struct KnownWords: Sendable {
    private var bytes: [UInt8] = []
    /// Per entry: where its word starts and ends in `bytes`, and what it stands for.
    private var from: [Int32] = []
    private var to: [Int32] = []
    private var words: [Lexicon.KnownWord] = []
    /// Entry index per slot, or -1; the count is a power of two.
    private var slots: [Int32] = [-1]

    init() {}

    init(_ known: [String: Lexicon.KnownWord]) {
        var size = 2
        while size < known.count * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        for (word, value) in known.sorted(by: { $0.key < $1.key }) {
            let entry = Int32(words.count)
            from.append(Int32(bytes.count))
            bytes.append(contentsOf: word.utf8)
            to.append(Int32(bytes.count))
            words.append(value)
            var slot = Array(word.utf8).withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = entry
        }
    }

    var count: Int { words.count }

    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The entry for `word`'s bytes, if the lexicon knows it.
    func find(_ word: UnsafeBufferPointer<UInt8>) -> Lexicon.KnownWord? {
        let mask = slots.count - 1
        var slot = Self.hash(word) & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return nil }
                let a = Int(from[entry])
                let b = Int(to[entry])
                if b - a == word.count, Self.equal(bytes, a, word) { return words[entry] }
                slot = (slot + 1) & mask
            }
        }
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<word.count where bytes[at + i] != word[i] { return false }
        return true
    }

    func find(_ word: String) -> Lexicon.KnownWord? {
        var word = word
        return word.withUTF8 { find($0) }
    }
}
