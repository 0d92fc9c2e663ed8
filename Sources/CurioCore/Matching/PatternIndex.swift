/// Finds, for every token, the patterns that can start there: a table from first-word key to
/// patterns, so each token costs one array lookup.
struct PatternIndex: Sendable {
    /// The patterns as compiled. Matching reads only the flat tables below, so an index loaded
    /// from a snapshot leaves this empty (decoding every slot's set was a third of the load).
    private(set) var patterns: [Pattern] = []
    private var program = PatternProgram()
    private var owners: [Int] = []
    /// Built by `seal()` once every pattern is added; while adding (`sealed` false) each
    /// search builds its own, which is correct but slow. Not an optional: unwrapping one
    /// copied (retained) its tables on every search.
    private var starts = PatternStarts()
    private var sealed = true

    /// The number of patterns.
    var count: Int { owners.count }

    mutating func add(_ pattern: Pattern) {
        patterns.append(pattern)
        program.add(pattern)
        owners.append(pattern.owner)
        sealed = false
    }

    /// Lays out the start tables; the loader calls it after the last `add`.
    mutating func seal() {
        if !sealed {
            starts = PatternStarts(patterns)
            sealed = true
        }
    }

    /// A match of one pattern: its owner, token span and the tokens its words matched.
    ///
    /// `literals` is a slice of one array shared by all the hits of a search: an array per
    /// hit was an allocation per hit.
    struct Hit: Sendable {
        var owner: Int
        var start: Int
        var end: Int
        var literals: ArraySlice<Int>
        var length: Int { end - start }
    }

    /// Every pattern match in the tokens, then the longest ones that do not share a word
    /// (ties: the earlier start, then more words matched), in token order.
    ///
    /// With `sharingEqualSpans`, hits over exactly the same words are all kept (one phrase
    /// can be two kinds of trigger: "neighbour" is another person and a second-hand source).
    func longestMatches(_ tokens: KeyedTokens, sharingEqualSpans: Bool = false) -> [Hit] {
        // The tables are passed to a static function: a closure over `self` copied the whole
        // index (a retain and a release per table) on every search.
        var hits = sealed ? Self.allMatches(program, starts, owners, tokens) : Self.allMatches(program, PatternStarts(patterns), owners, tokens)
        guard hits.count > 1 else { return hits }
        hits.sort {
            if $0.literals.count != $1.literals.count { return $0.literals.count > $1.literals.count }
            if $0.length != $1.length { return $0.length < $1.length }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.owner < $1.owner
        }
        var kept: [Hit] = []
        kept.reserveCapacity(hits.count)
        // The claimed tokens in stack scratch: an array here was an allocation per search.
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: tokens.count) { taken in
            taken.initialize(repeating: false)
            for hit in hits {
                if hit.literals.contains(where: { taken[$0] }) {
                    guard sharingEqualSpans, kept.contains(where: { $0.literals == hit.literals && $0.owner != hit.owner }) else { continue }
                }
                for i in hit.literals { taken[i] = true }
                kept.append(hit)
            }
        }
        kept.sort { $0.start < $1.start }
        return kept
    }

    /// Every match, token by token: first-key patterns, then first-pair patterns, then those
    /// that start with a number (the order ties are broken in). A candidate whose needed word
    /// is nowhere in the utterance is not walked.
    private static func allMatches(_ program: PatternProgram, _ starts: PatternStarts, _ owners: [Int], _ tokens: KeyedTokens) -> [Hit] {
        // Room is made at the first candidate, not before: most searches of the role phrases
        // find no candidate at all, and growing from empty reallocated several times.
        var found: [Found] = []
        var literals: [Int] = []
        program.withWalker(over: tokens) { walker in
            starts.withReader { reader in
                tokens.present.withUnsafeBufferPointer { present in
                    for i in 0..<walker.keys.count {
                        reader.forEachCandidate(at: i, keys: walker.keys, numeric: walker.numeric[i], present: present) { id, matched in
                            if literals.capacity == 0 {
                                literals.reserveCapacity(64)
                                found.reserveCapacity(16)
                            }
                            let from = literals.count
                            if let end = walker.match(id, at: i, matched: matched, literals: &literals) {
                                found.append(Found(pattern: id, start: i, end: end, from: from, to: literals.count))
                            }
                        }
                    }
                }
            }
        }
        // Sliced only now: a slice taken while `literals` still grows would make every append copy it.
        return found.map { Hit(owner: owners[$0.pattern], start: $0.start, end: $0.end, literals: literals[$0.from..<$0.to]) }
    }

    /// A match while searching: its literals are `literals[from..<to]` of the search.
    private struct Found {
        var pattern: Int
        var start: Int
        var end: Int
        var from: Int
        var to: Int
    }
}

/// In this file because the tables are private: the snapshot restores them as they were
/// built, start tables included, so that a loaded index needs no `seal()`. Only a sealed
/// index can be written; `patterns` is left out (see there).
extension PatternIndex: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(program)
        snapshot.write(owners)
        snapshot.write(sealed ? starts : PatternStarts(patterns))
    }

    static func read(from snapshot: inout SnapshotReader) throws -> PatternIndex {
        var index = PatternIndex()
        index.program = try snapshot.read()
        index.owners = try snapshot.read()
        index.starts = try snapshot.read(PatternStarts.self)
        index.sealed = true
        guard index.program.count == index.owners.count, index.starts.candidatesAreBelow(index.program.count) else {
            throw SnapshotReader.Failure.corrupt("a pattern index whose tables differ in length")
        }
        return index
    }

    /// Every pattern's owner is an index below `count` (a check on a loaded snapshot).
    func ownersAreBelow(_ count: Int) -> Bool { owners.allSatisfy { $0 >= 0 && $0 < count } }
}
