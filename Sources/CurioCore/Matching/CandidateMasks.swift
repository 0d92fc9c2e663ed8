/// For each long run of start candidates (`PatternStarts`), which of its candidates can pass
/// the two checks a candidate makes (`Candidate.follow` and `Candidate.need`), as bits over
/// the run: a token reads a few words of bits instead of every candidate of the run.
///
/// Why: a handful of words start hundreds of patterns ("dad", "baby", a pronoun and "is"),
/// and reading every candidate of such a run to turn nearly all of them away was a quarter of
/// the matcher's time, waiting on memory. Here a run of `shortest` or more candidates has, for
/// each `followBit`, the candidates whose next slot takes a key of that bit, and for each
/// need bucket (`need & 63`), the candidates needing a key of that bucket, plus those needing
/// none. The candidates a token may pass are the union of the follow rows of the token after
/// it, intersected with the union of the need rows of the utterance's buckets: a superset of
/// those that pass, visited in the run's order, each then checked as before. Derived from the
/// candidates when the tables are built, and stored in the snapshot with them.
struct CandidateMasks: Sendable {
    /// Runs shorter than this are scanned candidate by candidate.
    static let shortest = 32
    /// Rows per word of a run: 32 follow rows, 64 need buckets, and the candidates needing no key.
    private static let rows = 97
    private static let needRows = 32
    private static let noNeedRow = 96
    /// A run's masks start with three header words: the follow rows and need buckets that hold
    /// any candidate (as bits), and the run's words; then, word by word, the `rows` rows.
    private static let header = 3

    /// Every masked run's header and rows, one after another.
    private(set) var bits = FlatTable<UInt64>()

    init() {}

    /// Masks restored as a snapshot wrote them (`PatternStarts`): deriving them again was a
    /// seventh of a cold `curio match`.
    init(bits: FlatTable<UInt64>) { self.bits = bits }

    /// Whether `offset` starts a run's masks that fit in `bits` for a run of `count`
    /// candidates (a check on a loaded snapshot): its header says the run's words, and its
    /// rows end inside the table.
    func fits(at offset: Int, count: Int) -> Bool {
        guard offset >= 0, count >= Self.shortest, offset + Self.header <= bits.count else { return false }
        let words = (count + 63) / 64
        return bits[offset + 2] == UInt64(words) && offset + Self.header + words * Self.rows <= bits.count
    }

    /// The masks of every run in `runs` of `shortest` candidates or more, and per run where
    /// its masks start (-1: none). Sized first and written in place: growing the array run by
    /// run, and checking every write, was most of the cost, paid by every cold `curio match`.
    static func build(
        _ candidates: UnsafeBufferPointer<PatternStarts.Candidate>, runs: [(from: Int32, to: Int32)], shortest: Int = shortest
    ) -> (masks: CandidateMasks, offsets: [Int32]) {
        var offsets = [Int32](repeating: -1, count: runs.count)
        var total = 0
        for (k, run) in runs.enumerated() where Int(run.to - run.from) >= shortest {
            offsets[k] = Int32(total)
            total += header + (Int(run.to - run.from) + 63) / 64 * rows
        }
        var bits = [UInt64](repeating: 0, count: total)
        bits.withUnsafeMutableBufferPointer { bits in
            for (k, run) in runs.enumerated() where offsets[k] >= 0 {
                fill(bits, at: Int(offsets[k]), with: UnsafeBufferPointer(rebasing: candidates[Int(run.from)..<Int(run.to)]))
            }
        }
        return (CandidateMasks(bits: FlatTable(bits)), offsets)
    }

    /// Writes the header and rows of one run at `offset` (zeroed before).
    private static func fill(
        _ bits: UnsafeMutableBufferPointer<UInt64>, at offset: Int, with candidates: UnsafeBufferPointer<PatternStarts.Candidate>
    ) {
        var followUsed: UInt32 = 0
        var needUsed: UInt64 = 0
        for k in 0..<candidates.count {
            let candidate = candidates[k]
            let base = offset + header + (k / 64) * rows
            let bit: UInt64 = 1 << UInt64(k % 64)
            var follow = candidate.follow
            followUsed |= follow
            while follow != 0 {
                bits[base + follow.trailingZeroBitCount] |= bit
                follow &= follow - 1
            }
            if candidate.need >= 0 {
                let bucket = Int(candidate.need & 63)
                needUsed |= 1 << UInt64(bucket)
                bits[base + needRows + bucket] |= bit
            } else {
                bits[base + noNeedRow] |= bit
            }
        }
        bits[offset] = UInt64(followUsed)
        bits[offset + 1] = needUsed
        bits[offset + 2] = UInt64((candidates.count + 63) / 64)
    }

    /// Calls `body` with the index (within the run) of every candidate of the run at `offset`
    /// that may pass: one whose follow has a bit of `nextBits`, and that needs no key or a key
    /// of a bucket in `buckets`. In ascending order.
    @inline(__always)
    static func forEachPossible(
        _ bits: UnsafeBufferPointer<UInt64>, at offset: Int, nextBits: UInt32, buckets: UInt64, _ body: (Int) -> Void
    ) {
        let follows = bits[offset] & UInt64(nextBits)
        let needs = bits[offset + 1] & buckets
        let words = Int(bits[offset + 2])
        guard follows != 0 else { return }
        for w in 0..<words {
            let row = offset + header + w * rows
            var followed: UInt64 = 0
            var rest = follows
            while rest != 0 {
                followed |= bits[row + rest.trailingZeroBitCount]
                rest &= rest - 1
            }
            guard followed != 0 else { continue }
            var needed = bits[row + noNeedRow]
            rest = needs
            while rest != 0 {
                needed |= bits[row + needRows + rest.trailingZeroBitCount]
                rest &= rest - 1
            }
            var possible = followed & needed
            while possible != 0 {
                body(w * 64 + possible.trailingZeroBitCount)
                possible &= possible - 1
            }
        }
    }
}
