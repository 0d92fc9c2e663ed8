/// A compiled phrase pattern: the sequence of slots a cue or trigger must fill, token by token.
///
/// Written by trainers as plain words with a little syntax (see `lexicon/README.md`):
/// `a|b` alternatives, `(word)` optional, `...` a gap of up to 3 tokens (`...6` up to 6),
/// `{class}` any word of a named class, `<number>` a number in digits or words.
/// Optional parts and multi-word alternatives are expanded into separate variants at load
/// time, so matching is a simple walk with no backtracking except over gaps.
struct Pattern: Sendable {
    enum Slot: Sendable, Hashable {
        case words(Set<Int32>)
        case gap(Int)
        case number
    }

    var slots: [Slot]
    /// What the pattern belongs to (an index into the lexicon's cues or triggers).
    var owner: Int
    /// The first-slot keys, for the index.
    var firstKeys: Set<Int32> {
        if case .words(let keys) = slots.first { return keys }
        return []
    }
    var startsWithNumber: Bool { slots.first == .number }

    /// Tries to match at token `start`; on success returns the end (exclusive) and the
    /// indices of the tokens that matched words (not gaps).
    func match(_ tokens: [Token], at start: Int, isBarrier: (Int) -> Bool) -> (end: Int, literals: [Int])? {
        var literals: [Int] = []
        guard let end = match(tokens, at: start, buffer: &literals, isBarrier: isBarrier) else { return nil }
        return (end, literals)
    }

    /// As `match`, recording the literals into a reused buffer (no allocation on a miss).
    func match(_ tokens: [Token], at start: Int, buffer: inout [Int], isBarrier: (Int) -> Bool) -> Int? {
        buffer.removeAll(keepingCapacity: true)
        // Most candidates fail on their second word: check it before walking.
        if slots.count > 1, case .words(let keys) = slots[1] {
            guard start + 1 < tokens.count, keys.contains(tokens[start + 1].key) else { return nil }
        }
        return walk(tokens, slot: 0, at: start, literals: &buffer, isBarrier: isBarrier)
    }

    private func walk(_ tokens: [Token], slot: Int, at i: Int, literals: inout [Int], isBarrier: (Int) -> Bool) -> Int? {
        if slot == slots.count { return i }
        switch slots[slot] {
        case .words(let keys):
            guard i < tokens.count, tokens[i].key >= 0, keys.contains(tokens[i].key) else { return nil }
            literals.append(i)
            if let end = walk(tokens, slot: slot + 1, at: i + 1, literals: &literals, isBarrier: isBarrier) { return end }
            literals.removeLast()
            return nil
        case .number:
            guard i < tokens.count, tokens[i].kind == .number || tokens[i].value > 0 else { return nil }
            literals.append(i)
            if let end = walk(tokens, slot: slot + 1, at: i + 1, literals: &literals, isBarrier: isBarrier) { return end }
            literals.removeLast()
            return nil
        case .gap(let most):
            var j = i
            while j <= i + most {
                if let end = walk(tokens, slot: slot + 1, at: j, literals: &literals, isBarrier: isBarrier) { return end }
                guard j < tokens.count, !isBarrier(j) else { return nil }
                j += 1
            }
            return nil
        }
    }
}

/// Finds, for every token, the patterns that can start there: a table from first-word key to
/// patterns, so each token costs one array lookup.
struct PatternIndex: Sendable {
    private(set) var patterns: [Pattern] = []
    private var byFirstKey: [[Int32]] = []
    private var numberFirst: [Int32] = []

    /// Patterns whose first two slots are words, by the pair of keys: most candidates then
    /// never need trying.
    private var byFirstPair: [Int64: [Int32]] = [:]

    private static func pair(_ a: Int32, _ b: Int32) -> Int64 { Int64(a) << 32 | Int64(UInt32(bitPattern: b)) }

    mutating func add(_ pattern: Pattern) {
        let id = Int32(patterns.count)
        patterns.append(pattern)
        if pattern.startsWithNumber { numberFirst.append(id) }
        if pattern.slots.count > 1, case .words(let first) = pattern.slots[0], case .words(let second) = pattern.slots[1],
            first.count * second.count <= 4096
        {
            for a in first { for b in second { byFirstPair[Self.pair(a, b), default: []].append(id) } }
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
    func longestMatches(_ tokens: [Token], isBarrier: (Int) -> Bool, sharingEqualSpans: Bool = false) -> [Hit] {
        var hits: [Hit] = []
        var buffer: [Int] = []
        buffer.reserveCapacity(16)
        for i in tokens.indices {
            let key = tokens[i].key
            if key >= 0, Int(key) < byFirstKey.count {
                for id in byFirstKey[Int(key)] {
                    if let end = patterns[Int(id)].match(tokens, at: i, buffer: &buffer, isBarrier: isBarrier) {
                        hits.append(Hit(owner: patterns[Int(id)].owner, start: i, end: end, literals: buffer))
                    }
                }
            }
            if key >= 0, i + 1 < tokens.count, tokens[i + 1].key >= 0, let ids = byFirstPair[Self.pair(key, tokens[i + 1].key)] {
                for id in ids {
                    if let end = patterns[Int(id)].match(tokens, at: i, buffer: &buffer, isBarrier: isBarrier) {
                        hits.append(Hit(owner: patterns[Int(id)].owner, start: i, end: end, literals: buffer))
                    }
                }
            }
            if tokens[i].kind == .number || tokens[i].value > 0 {
                for id in numberFirst {
                    let pattern = patterns[Int(id)]
                    if let end = pattern.match(tokens, at: i, buffer: &buffer, isBarrier: isBarrier) {
                        hits.append(Hit(owner: pattern.owner, start: i, end: end, literals: buffer))
                    }
                }
            }
        }
        guard hits.count > 1 else { return hits }
        hits.sort {
            if $0.literals.count != $1.literals.count { return $0.literals.count > $1.literals.count }
            if $0.length != $1.length { return $0.length < $1.length }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.owner < $1.owner
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var kept: [Hit] = []
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
}
