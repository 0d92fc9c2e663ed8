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
    /// Open-addressed table of first pairs: `pairKeys[slot]` (or `emptyPair`), its run
    /// `ids[pairFrom[slot]..<pairTo[slot]]`.
    private(set) var pairKeys: [Int64] = []
    private(set) var pairFrom: [Int32] = []
    private(set) var pairTo: [Int32] = []
    /// First keys that begin some pair, so that most tokens skip the pair table.
    private(set) var pairFirst: [Bool] = []
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
        pairKeys = Array(repeating: Self.emptyPair, count: size)
        pairFrom = Array(repeating: 0, count: size)
        pairTo = Array(repeating: 0, count: size)
        for key in pairOrder {
            var slot = Self.slot(key, mask: size - 1)
            while pairKeys[slot] != Self.emptyPair { slot = (slot + 1) & (size - 1) }
            pairKeys[slot] = key
            pairFrom[slot] = Int32(ids.count)
            append(pairLists[key]!, patterns)
            pairTo[slot] = Int32(ids.count)
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
}
