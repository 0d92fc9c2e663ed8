/// Finds, for every token, the patterns that can start there: a table from first-word key to
/// patterns, so each token costs one array lookup.
struct PatternIndex: Sendable {
    /// The patterns as compiled. Matching reads only the flat tables below, so an index loaded
    /// from a snapshot leaves this empty (decoding every slot's set was a third of the load).
    private(set) var patterns: [Pattern] = []
    private(set) var program = PatternProgram()
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

    /// The keys a match may start at (as bits) and whether one may start at a number: see
    /// `PatternStarts.startingKeys`.
    func startingKeys() -> (keys: [UInt64], number: Bool) { startTables.startingKeys() }

    /// The start tables (built afresh while the index is not sealed).
    var startTables: PatternStarts { sealed ? starts : PatternStarts(patterns) }

    /// A match of one pattern: its owner, token span and the tokens its words matched.
    ///
    /// Plain data (`literals` is bits, see `HitLiterals`): copying and sorting hits costs no
    /// reference counting, and a search allocates no array for the tokens.
    struct Hit: Sendable {
        var owner: Int
        var start: Int
        var end: Int
        var literals: HitLiterals
        var length: Int { end - start }
    }

    /// Every pattern match in the tokens, then the longest ones that do not share a word
    /// (ties: the earlier start, then more words matched), in token order.
    ///
    /// With `sharingEqualSpans`, hits over exactly the same words are all kept (one phrase
    /// can be two kinds of trigger: "neighbour" is another person and a second-hand source).
    /// With `apart`, the owners it marks (`apart[owner]`) compete for words only with each
    /// other, and the rest only with the rest: a situation's cues read the words a factor's
    /// cue also reads ("dad is very drunk" is a carer impaired now and substance misuse), and
    /// neither takes them from the other. One search either way; the hits come out together.
    func longestMatches(_ tokens: KeyedTokens, sharingEqualSpans: Bool = false, apart: [Bool]? = nil) -> [Hit] {
        // The tables are passed to a static function: a closure over `self` copied the whole
        // index (a retain and a release per table) on every search.
        var hits = sealed ? Self.allMatches(program, starts, owners, tokens) : Self.allMatches(program, PatternStarts(patterns), owners, tokens)
        guard hits.count > 1 else { return hits }
        // Sorted in place: a sorted copy was an allocation per search.
        HitOrder.sortByPriority(&hits)
        // Kept hits are moved to the front of `hits` in place: a second array was an
        // allocation per search.
        var kept = 0
        // The claimed tokens as bits in stack scratch: an array here was an allocation per
        // search, and a flag per token cost a load per literal.
        // The hits are read and moved through a pointer: writing the array inside the closure
        // checked its uniqueness on every move.
        let words = tokens.count / 64 + 2
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: apart == nil ? words : 2 * words) { scratch in
            scratch.initialize(repeating: 0)
            let common = UnsafeMutableBufferPointer(rebasing: scratch[0..<words])
            let separate = apart == nil ? common : UnsafeMutableBufferPointer(rebasing: scratch[words..<(2 * words)])
            hits.withUnsafeMutableBufferPointer { hits in
                for index in hits.indices {
                    let hit = hits[index]
                    let taken = apart?[hit.owner] == true ? separate : common
                    if HitOrder.overlaps(hit.literals, taken) {
                        guard sharingEqualSpans else { continue }
                        var shared = false
                        for k in 0..<kept where hits[k].literals == hit.literals && hits[k].owner != hit.owner {
                            shared = true
                            break
                        }
                        guard shared else { continue }
                    }
                    HitOrder.claim(hit.literals, in: taken)
                    hits[kept] = hit
                    kept += 1
                }
            }
        }
        hits.removeLast(hits.count - kept)
        HitOrder.sortByStart(&hits)
        return hits
    }

    /// Every match, token by token: first-key patterns, then first-pair patterns, then those
    /// that start with a number (the order ties are broken in). A candidate whose needed word
    /// is nowhere in the utterance is not walked.
    private static func allMatches(_ program: PatternProgram, _ starts: PatternStarts, _ owners: [Int], _ tokens: KeyedTokens) -> [Hit] {
        // Room is made at the first match, not before: most searches of the role phrases
        // find nothing at all, and growing from empty reallocated several times.
        var found: [Hit] = []
        program.withWalker(over: tokens) { walker in
            starts.withReader { reader in
                tokens.present.withUnsafeBufferPointer { present in
                    program.requirements.withCheck(setKeys: walker.setKeys, present: present) { check in
                        owners.withUnsafeBufferPointer { owners in
                            let buckets = tokens.buckets
                            for i in 0..<walker.keys.count {
                                reader.forEachCandidate(at: i, keys: walker.keys, numeric: walker.isNumeric(i), present: present, buckets: buckets) { id, matched in
                                    // A candidate naming no pattern (only a damaged snapshot's
                                    // could) is passed over here, where it is read, rather than
                                    // by checking all million candidates at every cold start.
                                    if UInt(bitPattern: id) < UInt(owners.count), check.mayMatch(id), let (end, literals) = walker.match(id, at: i, matched: matched) {
                                        if found.capacity == 0 { found.reserveCapacity(16) }
                                        found.append(Hit(owner: owners[id], start: i, end: end, literals: literals))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return found
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
        guard index.program.count == index.owners.count else {
            throw SnapshotReader.Failure.corrupt("a pattern index whose tables differ in length")
        }
        return index
    }

    /// Every pattern's owner is an index below `count` (a check on a loaded snapshot).
    func ownersAreBelow(_ count: Int) -> Bool { owners.allSatisfy { $0 >= 0 && $0 < count } }
}
