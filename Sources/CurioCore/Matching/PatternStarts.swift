/// Which patterns of an index may start at a token, laid out flat for the matcher's inner
/// loop: candidates by first key, by first pair of keys, and those that start with a number,
/// each as one run of a single `ids` array.
///
/// Why flat: an array of arrays costs a pointer chase (usually a cache miss) per token just
/// to learn that a key starts nothing, and a `Dictionary<Int64, _>` costs a SipHash per word
/// pair. Here a token costs two loads, and a pair one multiply and a probe or two.
///
/// Each candidate also carries one key its pattern cannot match without (a later one-word
/// slot), so that a pattern whose word the utterance lacks is skipped without walking it.
/// The order of candidates is exactly the order the patterns were added in: ties between
/// equal matches are broken by it.
struct PatternStarts: Sendable {
    /// Candidate pattern ids; every table below names runs of it.
    private(set) var ids: [Int32] = []
    /// Per candidate (parallel to `ids`): a key the pattern needs somewhere, or -1.
    private(set) var needs: [Int32] = []
    /// Key k's candidates are `ids[byKey[k]..<byKey[k + 1]]`.
    private(set) var byKey: [Int32] = [0]
    /// Open-addressed table of first pairs (a slot's `pair` is `emptyPair` when free).
    private(set) var pairs: [PairRun] = [PairRun(pair: PatternStarts.emptyPair, from: 0, to: 0)]
    /// First keys that begin some pair and second keys that end one, so that most tokens
    /// skip the pair table.
    private(set) var pairFirst: [Bool] = []
    private(set) var pairSecond: [Bool] = []

    /// One slot of the pair table: the pair's candidates are `ids[from..<to]`. Key and run
    /// side by side, so that a probe touches one cache line.
    struct PairRun: Sendable {
        var pair: Int64
        var from: Int32
        var to: Int32
    }
    /// Patterns that start with a number: `ids[numberFrom..<ids.count]`.
    private(set) var numberFrom: Int32 = 0

    static let emptyPair = Int64.min

    static func pair(_ a: Int32, _ b: Int32) -> Int64 { Int64(a) << 32 | Int64(UInt32(bitPattern: b)) }

    /// The slot of a pair in a table of `mask + 1` slots (a power of two): Fibonacci hashing.
    static func slot(_ pair: Int64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: pair) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    init() {}

    init(_ patterns: [Pattern]) {
        var firstLists: [[Int32]] = []
        var pairLists: [Int64: [Int32]] = [:]
        var pairOrder: [Int64] = []
        var numberFirst: [Int32] = []
        for (index, pattern) in patterns.enumerated() {
            let id = Int32(index)
            if pattern.startsWithNumber { numberFirst.append(id) }
            if let (first, second) = Self.firstPair(pattern) {
                for a in first {
                    for b in second {
                        let key = Self.pair(a, b)
                        let k = Int(b)
                        if pairSecond.count <= k { pairSecond += Array(repeating: false, count: k - pairSecond.count + 1) }
                        pairSecond[k] = true
                        if pairLists[key] == nil { pairOrder.append(key) }
                        pairLists[key, default: []].append(id)
                    }
                    let k = Int(a)
                    if pairFirst.count <= k { pairFirst += Array(repeating: false, count: k - pairFirst.count + 1) }
                    pairFirst[k] = true
                }
                continue
            }
            for key in pattern.firstKeys {
                let k = Int(key)
                if firstLists.count <= k { firstLists += Array(repeating: [], count: k - firstLists.count + 1) }
                firstLists[k].append(id)
            }
        }
        for list in firstLists {
            append(list, patterns)
            byKey.append(Int32(ids.count))
        }
        var size = 1
        while size < pairOrder.count * 2 { size *= 2 }
        pairs = Array(repeating: PairRun(pair: Self.emptyPair, from: 0, to: 0), count: size)
        for key in pairOrder {
            var slot = Self.slot(key, mask: size - 1)
            while pairs[slot].pair != Self.emptyPair { slot = (slot + 1) & (size - 1) }
            let from = Int32(ids.count)
            append(pairLists[key]!, patterns)
            pairs[slot] = PairRun(pair: key, from: from, to: Int32(ids.count))
        }
        numberFrom = Int32(ids.count)
        append(numberFirst, patterns)
    }

    /// The first two slots' keys when both are words and their product is small enough to
    /// index by pair.
    private static func firstPair(_ pattern: Pattern) -> (Set<Int32>, Set<Int32>)? {
        guard pattern.slots.count > 1, case .words(let first) = pattern.slots[0], case .words(let second) = pattern.slots[1],
            first.count * second.count <= 4096
        else { return nil }
        return (first, second)
    }

    private mutating func append(_ list: [Int32], _ patterns: [Pattern]) {
        for id in list {
            ids.append(id)
            needs.append(Self.need(patterns[Int(id)]))
        }
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

    /// Runs `body` with a reader over these tables; the reader is valid only inside `body`.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        ids.withUnsafeBufferPointer { ids in
            needs.withUnsafeBufferPointer { needs in
                byKey.withUnsafeBufferPointer { byKey in
                    pairFirst.withUnsafeBufferPointer { pairFirst in
                        pairSecond.withUnsafeBufferPointer { pairSecond in
                            pairs.withUnsafeBufferPointer { pairs in
                                body(Reader(ids: ids, needs: needs, byKey: byKey, pairFirst: pairFirst,
                                    pairSecond: pairSecond, pairs: pairs, numberFrom: Int(numberFrom)))
                            }
                        }
                    }
                }
            }
        }
    }

    struct Reader {
        let ids: UnsafeBufferPointer<Int32>
        let needs: UnsafeBufferPointer<Int32>
        let byKey: UnsafeBufferPointer<Int32>
        let pairFirst: UnsafeBufferPointer<Bool>
        let pairSecond: UnsafeBufferPointer<Bool>
        let pairs: UnsafeBufferPointer<PairRun>
        let numberFrom: Int

        /// Calls `body` with every pattern that may start at token `i`, in tie-breaking order:
        /// first-key patterns, then first-pair patterns, then those that start with a number.
        /// Patterns needing a key that `present` lacks are left out.
        @inline(__always)
        func forEachCandidate(
            at i: Int, keys: UnsafeBufferPointer<Int32>, numeric: Bool, present: UnsafeBufferPointer<UInt64>,
            _ body: (Int) -> Void
        ) {
            func run(_ from: Int, _ to: Int) {
                for c in from..<to {
                    let need = needs[c]
                    if need >= 0 {
                        let word = Int(need) >> 6
                        guard word < present.count, present[word] & (1 << UInt64(need & 63)) != 0 else { continue }
                    }
                    body(Int(ids[c]))
                }
            }
            let key = Int(keys[i])
            guard key >= 0 || numeric else { return }
            if key >= 0, key + 1 < byKey.count {
                run(Int(byKey[key]), Int(byKey[key + 1]))
            }
            if key >= 0, key < pairFirst.count, pairFirst[key], i + 1 < keys.count {
                let next = Int(keys[i + 1])
                if next >= 0, next < pairSecond.count, pairSecond[next] {
                    let pair = PatternStarts.pair(Int32(key), Int32(next))
                    let mask = pairs.count - 1
                    var slot = PatternStarts.slot(pair, mask: mask)
                    while pairs[slot].pair != PatternStarts.emptyPair {
                        if pairs[slot].pair == pair {
                            run(Int(pairs[slot].from), Int(pairs[slot].to))
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
            if numeric { run(numberFrom, ids.count) }
        }
    }
}
