/// A prefilter for a small set of words: each word's length, first and last byte, folded into
/// 128 bits held inline.
///
/// Why: some age rules are asked of every token of every utterance ("is this a vague
/// quantity?", "is this the first word of a `born_when` phrase?"), and nearly every token is
/// not. Hashing each one showed in profiles (a few thousand instructions an utterance); two
/// words of bits rule out almost all of them first. Inline, not an array: reading an array
/// stored in the age words retained and released it on every call, which cost more than the
/// hashing saved. `admits` never says no to a listed word; a yes still needs the real lookup.
struct WordShapes: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// The longest listed word, in bytes: anything longer is ruled out at once.
    private var longest = 0

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        for word in words {
            let utf8 = word.utf8
            guard let first = utf8.first, let last = utf8.last else { continue }
            longest = max(longest, utf8.count)
            let bit = Self.bit(utf8.count, first, last)
            if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
        }
    }

    /// Where a shape falls among the 128 bits (shapes may share a bit; a listed one always has its own set).
    @inline(__always)
    private static func bit(_ length: Int, _ first: UInt8, _ last: UInt8) -> Int {
        (length &* 41 &+ Int(first) &* 31 &+ Int(last)) & 127
    }

    /// False when no listed word has this word's length, first and last byte.
    ///
    /// The bytes are read in place: the UTF-8 view's `first` and `last` went through its
    /// generic index arithmetic, which cost more than the rest of the test.
    @inline(__always)
    func admits(_ word: String) -> Bool {
        let utf8 = word.utf8
        let length = utf8.count
        guard length <= longest, length > 0 else { return false }
        let shape = utf8.withContiguousStorageIfAvailable { Self.bit($0.count, $0[0], $0[$0.count - 1]) }
        guard let bit = shape ?? utf8.first.flatMap({ first in utf8.last.map { Self.bit(length, first, $0) } }) else { return false }
        return bit < 64 ? low & 1 << UInt64(bit) != 0 : high & 1 << UInt64(bit - 64) != 0
    }
}
