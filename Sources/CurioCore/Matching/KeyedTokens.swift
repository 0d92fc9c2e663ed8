/// The tokens of an utterance as pattern matching sees them: one vocabulary key, whether it
/// can fill a `<number>` slot, and whether a gap may cross it.
///
/// Why flat arrays: the pattern walk is the matcher's innermost loop. Reading a `Token`
/// (with its `String`) there costs reference counting on every step; plain integer arrays
/// read through unsafe buffers cost a load. The two flags share one byte per token
/// (`marks`): an array each was one more allocation and free for every utterance.
struct KeyedTokens {
    /// `Token.key` of each token (`Vocabulary.unknown` for words the lexicon does not know).
    var keys: [Int32]
    /// Per token, `numericMark` and `barrierMark`.
    var marks: [UInt8]
    /// Bit k is set when key k occurs: a pattern needing a word the utterance lacks is skipped.
    var present: [UInt64]
    /// Bit k & 63 is set when key k occurs: the need buckets of `CandidateMasks`.
    var buckets: UInt64 = 0

    /// The token is a number in digits or a number word ("six").
    static let numericMark: UInt8 = 1
    /// A sentence mark: gaps in patterns never cross it.
    static let barrierMark: UInt8 = 2

    var count: Int { keys.count }

    @inline(__always) func isNumeric(_ i: Int) -> Bool { marks[i] & Self.numericMark != 0 }
    @inline(__always) func isBarrier(_ i: Int) -> Bool { marks[i] & Self.barrierMark != 0 }

    /// `barrier`: per token, whether it is a sentence mark.
    init(_ tokens: [Token], barrier: [Bool]) {
        self.init(tokens) { _, i in barrier[i] }
    }

    /// The sentence marks are the punctuation whose key is one of `hardMarks` (". ; ? -"),
    /// except a hyphen glued into "6-week-old".
    init(_ tokens: [Token], hardMarks: [Int32]) {
        // Asked of the tokens where they lie, the kind first: reading `tokens[i]` from the
        // captured array for every token of every utterance cost some eighty instructions a
        // token (5% of matching), for the few that are punctuation at all.
        self.init(tokens) { tokens, i in
            tokens[i].kind == .punctuation && hardMarks.contains(tokens[i].key) && !(tokens[i].attachedToNext && tokens[i].text == "-")
        }
    }

    private init(_ tokens: [Token], isBarrier: (UnsafeBufferPointer<Token>, Int) -> Bool) {
        // One loop reading each token in place (mapping copied every `Token`, its string too).
        // The arrays are reserved and appended to: `Array(unsafeUninitializedCapacity:)`
        // allocated through an unspecialised entry point that looks the element type up in
        // the runtime, some 600 instructions per array, two arrays per utterance.
        let n = tokens.count
        var largest: Int32 = -1
        var keys: [Int32] = []
        var marks: [UInt8] = []
        keys.reserveCapacity(n)
        marks.reserveCapacity(n)
        tokens.withUnsafeBufferPointer { tokens in
            for i in 0..<n {
                let key = tokens[i].key
                keys.append(key)
                largest = max(largest, key)
                var mark: UInt8 = 0
                if tokens[i].kind == .number || tokens[i].value > 0 { mark |= Self.numericMark }
                if isBarrier(tokens, i) { mark |= Self.barrierMark }
                marks.append(mark)
            }
        }
        self.keys = keys
        self.marks = marks
        // Sized first and filled in place: growing it word by word reallocated it.
        var bits = [UInt64].filled(with: 0, count: largest >= 0 ? Int(largest) >> 6 + 1 : 0)
        bits.withUnsafeMutableBufferPointer { bits in
            for key in keys where key >= 0 { bits[Int(key) >> 6] |= 1 << UInt64(key & 63) }
        }
        present = bits
        // Every word of `present` folded into one.
        for word in bits { buckets |= word }
    }
}
