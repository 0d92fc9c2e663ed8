/// The tokens of an utterance as pattern matching sees them: one vocabulary key, whether it
/// can fill a `<number>` slot, and whether a gap may cross it, each in its own flat array.
///
/// Why separate arrays: the pattern walk is the matcher's innermost loop. Reading a `Token`
/// (with its `String`) there costs reference counting on every step; plain integer and
/// boolean arrays read through unsafe buffers cost a load.
struct KeyedTokens {
    /// `Token.key` of each token (`Vocabulary.unknown` for words the lexicon does not know).
    var keys: [Int32]
    /// The token is a number in digits or a number word ("six").
    var numeric: [Bool]
    /// A sentence mark: gaps in patterns never cross it.
    var barrier: [Bool]
    /// Bit k is set when key k occurs: a pattern needing a word the utterance lacks is skipped.
    var present: [UInt64]

    var count: Int { keys.count }

    init(_ tokens: [Token], barrier: [Bool]) {
        // One loop reading each token in place (mapping copied every `Token`, its string too).
        var keys: [Int32] = []
        var numeric: [Bool] = []
        keys.reserveCapacity(tokens.count)
        numeric.reserveCapacity(tokens.count)
        for i in tokens.indices {
            keys.append(tokens[i].key)
            numeric.append(tokens[i].kind == .number || tokens[i].value > 0)
        }
        self.keys = keys
        self.numeric = numeric
        self.barrier = barrier
        // Sized first and filled in place: growing it word by word reallocated it.
        let largest = keys.max() ?? -1
        var bits = [UInt64].filled(with: 0, count: largest >= 0 ? Int(largest) >> 6 + 1 : 0)
        for key in keys where key >= 0 { bits[Int(key) >> 6] |= 1 << UInt64(key & 63) }
        present = bits
    }
}
