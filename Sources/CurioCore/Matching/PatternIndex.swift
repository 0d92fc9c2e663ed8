/// Finds, for every token, the patterns that can start there: a table from first-word key to
/// patterns, so each token costs one array lookup.
struct PatternIndex: Sendable {
    private(set) var patterns: [Pattern] = []
    private var program = PatternProgram()
    private var owners: [Int] = []
    private var byFirstKey: [[Int32]] = []
    private var numberFirst: [Int32] = []

    /// Patterns whose first two slots are words, by the pair of keys: most candidates then
    /// never need trying.
    private var byFirstPair: [Int64: [Int32]] = [:]
    /// First keys that begin some pair, so that most tokens skip the pair table.
    private var pairFirst: [Bool] = []

    private static func pair(_ a: Int32, _ b: Int32) -> Int64 { Int64(a) << 32 | Int64(UInt32(bitPattern: b)) }

    mutating func add(_ pattern: Pattern) {
        let id = Int32(patterns.count)
        patterns.append(pattern)
        program.add(pattern)
        owners.append(pattern.owner)
        if pattern.startsWithNumber { numberFirst.append(id) }
        if pattern.slots.count > 1, case .words(let first) = pattern.slots[0], case .words(let second) = pattern.slots[1],
            first.count * second.count <= 4096
        {
            for a in first {
                for b in second { byFirstPair[Self.pair(a, b), default: []].append(id) }
                let k = Int(a)
                if pairFirst.count <= k { pairFirst += Array(repeating: false, count: k - pairFirst.count + 1) }
                pairFirst[k] = true
            }
            return
        }
        for key in pattern.firstKeys {
            let k = Int(key)
            if byFirstKey.count <= k { byFirstKey += Array(repeating: [], count: k - byFirstKey.count + 1) }
            byFirstKey[k].append(id)
        }
    }

    /// A match of one pattern: its owner, token span and the tokens its words matched.
    struct Hit: Sendable {
        var owner: Int
        var start: Int
        var end: Int
        var literals: [Int]
        var length: Int { end - start }
    }

    /// Every pattern match in the tokens, then the longest ones that do not share a word
    /// (ties: the earlier start, then more words matched), in token order.
    ///
    /// With `sharingEqualSpans`, hits over exactly the same words are all kept (one phrase
    /// can be two kinds of trigger: "neighbour" is another person and a second-hand source).
    func longestMatches(_ tokens: KeyedTokens, sharingEqualSpans: Bool = false) -> [Hit] {
        var hits = program.withWalker(over: tokens) { walker in allMatches(tokens, walker) }
        guard hits.count > 1 else { return hits }
        hits.sort {
            if $0.literals.count != $1.literals.count { return $0.literals.count > $1.literals.count }
            if $0.length != $1.length { return $0.length < $1.length }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.owner < $1.owner
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var kept: [Hit] = []
        kept.reserveCapacity(hits.count)
        for hit in hits {
            if hit.literals.contains(where: { taken[$0] }) {
                guard sharingEqualSpans, kept.contains(where: { $0.literals == hit.literals && $0.owner != hit.owner }) else { continue }
            }
            for i in hit.literals { taken[i] = true }
            kept.append(hit)
        }
        kept.sort { $0.start < $1.start }
        return kept
    }

    /// Every match, token by token: first-key patterns, then first-pair patterns, then those
    /// that start with a number (the order ties are broken in).
    private func allMatches(_ tokens: KeyedTokens, _ walker: PatternProgram.Walker) -> [Hit] {
        var hits: [Hit] = []
        hits.reserveCapacity(16)
        var literals: [Int] = []
        literals.reserveCapacity(16)
        let keys = walker.keys
        let n = keys.count
        func attempt(_ id: Int32, at i: Int) {
            if let end = walker.match(Int(id), at: i, literals: &literals) {
                hits.append(Hit(owner: owners[Int(id)], start: i, end: end, literals: literals))
            }
        }
        for i in 0..<n {
            let key = keys[i]
            if key >= 0, Int(key) < byFirstKey.count {
                for id in byFirstKey[Int(key)] { attempt(id, at: i) }
            }
            if key >= 0, Int(key) < pairFirst.count, pairFirst[Int(key)], i + 1 < n, keys[i + 1] >= 0,
                let ids = byFirstPair[Self.pair(key, keys[i + 1])]
            {
                for id in ids { attempt(id, at: i) }
            }
            if walker.numeric[i] {
                for id in numberFirst { attempt(id, at: i) }
            }
        }
        return hits
    }
}
