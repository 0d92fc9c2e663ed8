/// Which patterns of an index may start at a token, laid out flat for the matcher's inner
/// loop: candidates by first key, by first pair of keys, and those that start with a number,
/// each as one run of a single `ids` array.
///
/// Why flat: an array of arrays costs a pointer chase (usually a cache miss) per token just
/// to learn that a key starts nothing, and a `Dictionary<Int64, _>` costs a SipHash per word
/// pair. Here a token costs two loads, and a pair one multiply and a probe or two.
///
/// Each candidate also carries one key its pattern cannot match without (a later one-word
/// slot), so that a pattern whose word the utterance lacks is skipped without walking it,
/// and the keys its next slot takes (`Candidate.follow`).
/// The order of candidates is exactly the order the patterns were added in: ties between
/// equal matches are broken by it.
struct PatternStarts: Sendable {
    /// One candidate: the pattern, a key it needs somewhere (or -1), and the keys the token
    /// right after the indexed words may have (`follow`). Side by side, so that a candidate
    /// the utterance rules out costs one cache line and never touches the pattern's steps.
    struct Candidate: Sendable {
        var id: Int32
        var need: Int32
        /// The keys the slot after the indexed words takes, folded into bits (`followBit`), or
        /// just `followsAnything` when that slot is no set of words (a gap, a number, the
        /// pattern's end). A walk that would fail on its first step is not started: that
        /// was a third of the walks, each a cache miss on the pattern's steps. A set of
        /// words (not only one word, as before) is checked, at the price of a false yes
        /// now and then (keys sharing a bit), which the walk then turns down.
        var follow: UInt32
    }

    /// The bit of `follow` a key stands for: one of the low 31 (the top one is
    /// `followsAnything`, set in every token's bits, so a candidate holding it always passes).
    /// Thirty-two bits, not sixty-four: a candidate of 12 bytes, not 16, keeps the tables
    /// (and the snapshot every cold `curio match` reads) smaller, at the price of a few more
    /// false yeses.
    @inline(__always)
    static func followBit(_ key: Int32) -> UInt32 { 1 << (UInt32(bitPattern: key) % 31) }

    /// The `follow` of a candidate whose next slot takes any token.
    static let followsAnything: UInt32 = 1 << 31

    /// What one key starts: its first-key candidates `candidates[from..<to]`, and whether it
    /// begins or ends some first pair. One record per key, so a token costs one load.
    struct KeyRun: Sendable {
        var from: Int32
        var to: Int32
        var pairFirst: Bool
        var pairSecond: Bool
    }

    /// Every table below names runs of it.
    private(set) var candidates = FlatTable<Candidate>()
    /// Indexed by key.
    private(set) var byKey: [KeyRun] = []
    /// Open-addressed table of first pairs (a slot's `pair` is `emptyPair` when free).
    private(set) var pairs = FlatTable([PairRun(pair: PatternStarts.emptyPair, from: 0, to: 0)])
    /// One bit per hash of every first pair (`filterBit`), derived from `pairs` when they are
    /// built and stored with them (deriving it again was a fiftieth of a cold `curio match`):
    /// the pair table runs to megabytes, so each probe was a cache miss, and most word pairs
    /// of an utterance start no pattern. The filter is a sixteenth of the table's size and
    /// turns nearly all of those probes away.
    private(set) var pairFilter: [UInt64] = [0]

    /// One slot of the pair table: the pair's candidates are `candidates[from..<to]`. Key and
    /// run side by side, so that a probe touches one cache line.
    struct PairRun: Sendable {
        var pair: Int64
        var from: Int32
        var to: Int32
    }
    /// Patterns that start with a number: `candidates[numberFrom...]`.
    private(set) var numberFrom: Int32 = 0
    /// The masks of the long runs (`CandidateMasks`), derived from the tables above when they
    /// are built, and stored in the snapshot; per key of `byKey` and per slot of `pairs`, where
    /// its run's masks start, or -1 for a run short enough to scan.
    private var masks = CandidateMasks()
    private var keyMasks: [Int32] = []
    private var pairMasks: [Int32] = []

    static let emptyPair = Int64.min

    static func pair(_ a: Int32, _ b: Int32) -> Int64 { Int64(a) << 32 | Int64(UInt32(bitPattern: b)) }

    /// The bit of a pair in a filter of `mask + 1` bits (a power of two): another
    /// multiplier than `slot`'s, so that pairs sharing a slot's neighbourhood are told apart.
    static func filterBit(_ pair: Int64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: pair) &* 0xD6E8_FEB8_6659_FD93) >> 32) & mask
    }

    /// Whether `pair` may be in the pair table (false: it is not); the reader asks the same
    /// of the filter's memory.
    func filterAdmits(_ pair: Int64) -> Bool {
        let bit = Self.filterBit(pair, mask: pairFilter.count * 64 - 1)
        return pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The filter of a pair table: a bit for each pair in it, 8 bits per slot.
    private static func filter(of pairs: some Collection<PairRun>) -> [UInt64] {
        let bits = max(64, pairs.count * 8)
        var filter = [UInt64](repeating: 0, count: bits / 64)
        for run in pairs where run.pair != emptyPair {
            let bit = filterBit(run.pair, mask: bits - 1)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return filter
    }

    /// The slot of a pair in a table of `mask + 1` slots (a power of two): Fibonacci hashing.
    static func slot(_ pair: Int64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: pair) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    init() { deriveMasks() }

    /// Builds the tables in a few passes without an array per key or per pair: a load-time
    /// cost of `curio match`, where a dictionary of arrays over every first pair showed in
    /// profiles.
    init(_ patterns: [Pattern]) {
        let needOf = patterns.map(Self.need)
        func candidate(_ id: Int32, indexed: Int) -> Candidate {
            Candidate(id: id, need: needOf[Int(id)], follow: Self.follow(of: patterns[Int(id)], at: indexed))
        }
        var firstLists: [[Int32]] = []
        var numberFirst: [Int32] = []
        var paired: [(id: Int32, first: [Int32], second: [Int32])] = []
        var pairTotal = 0
        var pairFirst: [Bool] = []
        var pairSecond: [Bool] = []
        // Built as arrays, then made the tables.
        var candidates: [Candidate] = []
        for (index, pattern) in patterns.enumerated() {
            let id = Int32(index)
            if pattern.startsWithNumber { numberFirst.append(id) }
            if let (first, second) = Self.firstPair(pattern) {
                paired.append((id, Array(first), Array(second)))
                pairTotal += first.count * second.count
                for a in first { Self.mark(Int(a), in: &pairFirst) }
                for b in second { Self.mark(Int(b), in: &pairSecond) }
                continue
            }
            for key in pattern.firstKeys {
                let k = Int(key)
                if firstLists.count <= k { firstLists += Array(repeating: [], count: k - firstLists.count + 1) }
                firstLists[k].append(id)
            }
        }
        let keyCount = max(firstLists.count, pairFirst.count, pairSecond.count)
        byKey.reserveCapacity(keyCount)
        for k in 0..<keyCount {
            let from = Int32(candidates.count)
            if k < firstLists.count {
                for id in firstLists[k] { candidates.append(candidate(id, indexed: 1)) }
            }
            byKey.append(KeyRun(from: from, to: Int32(candidates.count),
                pairFirst: k < pairFirst.count && pairFirst[k], pairSecond: k < pairSecond.count && pairSecond[k]))
        }
        // Count each distinct pair's patterns (in `to`), then lay the runs out and fill them.
        var counted = Self.table(size: Self.tableSize(for: pairTotal))
        for entry in paired {
            for a in entry.first {
                for b in entry.second {
                    let slot = Self.find(Self.pair(a, b), in: &counted)
                    counted[slot].to += 1
                }
            }
        }
        var pairs = Self.table(size: Self.tableSize(for: counted.count(where: { $0.pair != Self.emptyPair })))
        var offset = Int32(candidates.count)
        for run in counted where run.pair != Self.emptyPair {
            let slot = Self.find(run.pair, in: &pairs)
            pairs[slot] = PairRun(pair: run.pair, from: offset, to: offset)
            offset += run.to
        }
        candidates += Array(repeating: Candidate(id: 0, need: -1, follow: Self.followsAnything), count: Int(offset) - candidates.count)
        for entry in paired {
            let filled = candidate(entry.id, indexed: 2)
            for a in entry.first {
                for b in entry.second {
                    let slot = Self.find(Self.pair(a, b), in: &pairs)
                    candidates[Int(pairs[slot].to)] = filled
                    pairs[slot].to += 1
                }
            }
        }
        numberFrom = Int32(candidates.count)
        for id in numberFirst { candidates.append(candidate(id, indexed: 1)) }
        self.candidates = FlatTable(candidates)
        self.pairs = FlatTable(pairs)
        // Observers do not run inside an initializer.
        pairFilter = Self.filter(of: pairs)
        deriveMasks()
    }

    /// Fills `masks`, `keyMasks` and `pairMasks` from the runs.
    private mutating func deriveMasks() {
        var runs: [(from: Int32, to: Int32)] = []
        runs.reserveCapacity(byKey.count + pairs.count)
        for run in byKey { runs.append((run.from, run.to)) }
        pairs.withUnsafeBufferPointer { pairs in
            for run in pairs { runs.append(run.pair == Self.emptyPair ? (0, 0) : (run.from, run.to)) }
        }
        let (masks, offsets) = candidates.withUnsafeBufferPointer { CandidateMasks.build($0, runs: runs) }
        self.masks = masks
        keyMasks = Array(offsets[..<byKey.count])
        pairMasks = Array(offsets[byKey.count...])
    }

    private static func mark(_ key: Int, in flags: inout [Bool]) {
        if flags.count <= key { flags += Array(repeating: false, count: key - flags.count + 1) }
        flags[key] = true
    }

    /// A power of two at least twice `count` (at least 1).
    private static func tableSize(for count: Int) -> Int {
        var size = 1
        while size < count * 2 { size *= 2 }
        return size
    }

    private static func table(size: Int) -> [PairRun] {
        Array(repeating: PairRun(pair: emptyPair, from: 0, to: 0), count: size)
    }

    /// The slot holding `pair`, claiming a free one for it if it is not there yet.
    private static func find(_ pair: Int64, in table: inout [PairRun]) -> Int {
        let mask = table.count - 1
        var slot = Self.slot(pair, mask: mask)
        while table[slot].pair != pair {
            if table[slot].pair == emptyPair {
                table[slot].pair = pair
                return slot
            }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// The first two slots' keys when both are words and their product is small enough to
    /// index by pair.
    private static func firstPair(_ pattern: Pattern) -> (Set<Int32>, Set<Int32>)? {
        guard pattern.slots.count > 1, case .words(let first) = pattern.slots[0], case .words(let second) = pattern.slots[1],
            first.count * second.count <= 4096
        else { return nil }
        return (first, second)
    }

    /// A key the pattern cannot match without: its last one-word slot after the first (which
    /// is what found it), or -1.
    static func need(_ pattern: Pattern) -> Int32 {
        guard pattern.slots.count > 1 else { return -1 }
        for slot in pattern.slots[1...].reversed() {
            if case .words(let keys) = slot, keys.count == 1 { return keys.first! }
        }
        return -1
    }

    /// The keys slot `index` takes when it is a set of words, as `followBit`s, else
    /// `followsAnything`: the check a candidate makes on the token after the words that
    /// found it.
    static func follow(of pattern: Pattern, at index: Int) -> UInt32 {
        guard index < pattern.slots.count, case .words(let keys) = pattern.slots[index] else { return followsAnything }
        var bits: UInt32 = 0
        for key in keys { bits |= followBit(key) }
        return bits
    }

    /// The keys some candidate is found at (as bits: key k is bit k % 64 of word k / 64), and
    /// whether one is found at a number: a token with neither starts no match.
    func startingKeys() -> (keys: [UInt64], number: Bool) {
        var bits = [UInt64](repeating: 0, count: byKey.count / 64 + 1)
        for (k, entry) in byKey.enumerated() where entry.from < entry.to || entry.pairFirst {
            bits[k / 64] |= 1 << UInt64(k % 64)
        }
        return (bits, Int(numberFrom) < candidates.count)
    }

    /// Runs `body` with a reader over these tables; the reader is valid only inside `body`.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        candidates.withUnsafeBufferPointer { candidates in
            byKey.withUnsafeBufferPointer { byKey in
                pairs.withUnsafeBufferPointer { pairs in
                    pairFilter.withUnsafeBufferPointer { pairFilter in
                        masks.bits.withUnsafeBufferPointer { masks in
                            keyMasks.withUnsafeBufferPointer { keyMasks in
                                pairMasks.withUnsafeBufferPointer { pairMasks in
                                    body(Reader(candidates: candidates, byKey: byKey, pairs: pairs, pairFilter: pairFilter, numberFrom: Int(numberFrom),
                                        masks: masks, keyMasks: keyMasks, pairMasks: pairMasks))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    struct Reader {
        let candidates: UnsafeBufferPointer<Candidate>
        let byKey: UnsafeBufferPointer<KeyRun>
        let pairs: UnsafeBufferPointer<PairRun>
        let pairFilter: UnsafeBufferPointer<UInt64>
        let numberFrom: Int
        /// `CandidateMasks.bits`, and where each key's and pair slot's masks start (or -1).
        let masks: UnsafeBufferPointer<UInt64>
        let keyMasks: UnsafeBufferPointer<Int32>
        let pairMasks: UnsafeBufferPointer<Int32>

        /// Calls `body` with every pattern that may start at token `i`, in tie-breaking order:
        /// first-key patterns, then first-pair patterns, then those that start with a number,
        /// and with how many of its first slots the tables already matched (1 or 2: the walk
        /// starts after them). Patterns needing a key that `present` lacks, or another word
        /// right after those slots, are left out. `buckets`: the keys' need buckets
        /// (`KeyedTokens.buckets`), for the long runs.
        @inline(__always)
        func forEachCandidate(
            at i: Int, keys: UnsafeBufferPointer<Int32>, numeric: Bool, present: UnsafeBufferPointer<UInt64>, buckets: UInt64,
            _ body: (_ pattern: Int, _ matched: Int) -> Void
        ) {
            @inline(__always)
            func run(_ from: Int, _ to: Int, matched: Int, masked: Int32 = -1) {
                let after = i + matched
                // A token that is no lexicon word (or no token) passes only `followsAnything`.
                var nextBits = PatternStarts.followsAnything
                if after < keys.count, keys[after] >= 0 { nextBits |= PatternStarts.followBit(keys[after]) }
                @inline(__always)
                func consider(_ c: Int) {
                    let candidate = candidates[c]
                    if candidate.follow & nextBits == 0 { return }
                    let need = candidate.need
                    if need >= 0 {
                        let word = Int(need) >> 6
                        guard word < present.count, present[word] & (1 << UInt64(need & 63)) != 0 else { return }
                    }
                    body(Int(candidate.id), matched)
                }
                if masked >= 0 {
                    CandidateMasks.forEachPossible(masks, at: Int(masked), nextBits: nextBits, buckets: buckets) { consider(from + $0) }
                } else {
                    for c in from..<to { consider(c) }
                }
            }
            let key = Int(keys[i])
            guard key >= 0 || numeric else { return }
            if key >= 0, key < byKey.count {
                let entry = byKey[key]
                if entry.from < entry.to { run(Int(entry.from), Int(entry.to), matched: 1, masked: keyMasks[key]) }
                if entry.pairFirst, i + 1 < keys.count {
                    let next = Int(keys[i + 1])
                    if next >= 0, next < byKey.count, byKey[next].pairSecond {
                        let pair = PatternStarts.pair(Int32(key), Int32(next))
                        let bit = PatternStarts.filterBit(pair, mask: pairFilter.count * 64 - 1)
                        if pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
                            let mask = pairs.count - 1
                            var slot = PatternStarts.slot(pair, mask: mask)
                            while pairs[slot].pair != PatternStarts.emptyPair {
                                if pairs[slot].pair == pair {
                                    run(Int(pairs[slot].from), Int(pairs[slot].to), matched: 2, masked: pairMasks[slot])
                                    break
                                }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                }
            }
            if numeric { run(numberFrom, candidates.count, matched: 1) }
        }
    }
}

/// In this file because the tables are `private(set)`.
extension PatternStarts: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(candidates)
        snapshot.write(byKey)
        snapshot.write(pairs)
        snapshot.write(pairFilter)
        snapshot.write(numberFrom)
        snapshot.write(masks.bits)
        snapshot.write(keyMasks)
        snapshot.write(pairMasks)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> PatternStarts {
        var starts = PatternStarts()
        starts.candidates = try snapshot.table()
        starts.byKey = try snapshot.records()
        starts.pairs = try snapshot.table()
        starts.pairFilter = try snapshot.records(UInt64.self)
        starts.numberFrom = try snapshot.read()
        let count = starts.candidates.count
        func within(_ from: Int32, _ to: Int32) -> Bool { from >= 0 && from <= to && Int(to) <= count }
        // The filter's size is a power of two (its bit is a hash masked by it).
        guard starts.pairs.count.nonzeroBitCount == 1, starts.pairFilter.count.nonzeroBitCount == 1,
            within(starts.numberFrom, Int32(clamping: count)),
            starts.byKey.allSatisfy({ within($0.from, $0.to) }),
            starts.pairs.withUnsafeBufferPointer({ $0.allSatisfy { within($0.from, $0.to) } })
        else { throw SnapshotReader.Failure.corrupt("inconsistent start tables") }
        // The masks as written (deriving them again cost more than all the rest of this read),
        // each checked to fit its run.
        starts.masks = CandidateMasks(bits: try snapshot.table(UInt64.self))
        starts.keyMasks = try snapshot.records(Int32.self)
        starts.pairMasks = try snapshot.records(Int32.self)
        guard starts.keyMasks.count == starts.byKey.count, starts.pairMasks.count == starts.pairs.count,
            zip(starts.byKey, starts.keyMasks).allSatisfy({ run, offset in
                offset < 0 || starts.masks.fits(at: Int(offset), count: Int(run.to - run.from))
            }),
            starts.pairs.withUnsafeBufferPointer({ pairs in
                zip(pairs, starts.pairMasks).allSatisfy { run, offset in
                    offset < 0 || (run.pair != emptyPair && starts.masks.fits(at: Int(offset), count: Int(run.to - run.from)))
                }
            })
        else { throw SnapshotReader.Failure.corrupt("start masks that do not fit their runs") }
        return starts
    }

}

extension PatternStarts.Candidate: SnapshotRecord {
    static var recordSize: Int { 12 }

    static let recordIsValueLayout = MemoryLayout<Self>.offset(of: \.id) == 0 && MemoryLayout<Self>.offset(of: \.need) == 4
        && MemoryLayout<Self>.offset(of: \.follow) == 8 && MemoryLayout<Self>.stride == 12

    static func record(at raw: UnsafeRawPointer) -> PatternStarts.Candidate? {
        PatternStarts.Candidate(id: field(raw, 0), need: field(raw, 4), follow: field(raw, 8))
    }

    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(id)
        snapshot.write(need)
        snapshot.write(Int32(bitPattern: follow))
    }

    static func read(from snapshot: inout SnapshotReader) throws -> PatternStarts.Candidate {
        PatternStarts.Candidate(id: try snapshot.read(), need: try snapshot.read(), follow: UInt32(bitPattern: try snapshot.read(Int32.self)))
    }
}

extension PatternStarts.KeyRun: SnapshotRecord {
    static var recordSize: Int { 10 }

    static func record(at raw: UnsafeRawPointer) -> PatternStarts.KeyRun? {
        let first: UInt8 = field(raw, 8), second: UInt8 = field(raw, 9)
        guard first <= 1, second <= 1 else { return nil }
        return PatternStarts.KeyRun(from: field(raw, 0), to: field(raw, 4), pairFirst: first == 1, pairSecond: second == 1)
    }

    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(from)
        snapshot.write(to)
        snapshot.write(pairFirst)
        snapshot.write(pairSecond)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> PatternStarts.KeyRun {
        PatternStarts.KeyRun(from: try snapshot.read(), to: try snapshot.read(), pairFirst: try snapshot.read(), pairSecond: try snapshot.read())
    }
}

extension PatternStarts.PairRun: SnapshotRecord {
    static var recordSize: Int { 16 }

    static let recordIsValueLayout = MemoryLayout<Self>.offset(of: \.pair) == 0 && MemoryLayout<Self>.offset(of: \.from) == 8
        && MemoryLayout<Self>.offset(of: \.to) == 12 && MemoryLayout<Self>.stride == 16

    static func record(at raw: UnsafeRawPointer) -> PatternStarts.PairRun? {
        PatternStarts.PairRun(pair: field(raw, 0), from: field(raw, 8), to: field(raw, 12))
    }

    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(pair)
        snapshot.write(from)
        snapshot.write(to)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> PatternStarts.PairRun {
        PatternStarts.PairRun(pair: try snapshot.read(), from: try snapshot.read(), to: try snapshot.read())
    }
}
