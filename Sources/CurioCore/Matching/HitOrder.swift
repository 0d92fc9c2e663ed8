/// The orders `PatternIndex.longestMatches` puts hits in, by one integer key per hit.
///
/// Why: sorting the hits of every search with a closure that compared four fields of two
/// 40-byte records was a twentieth of the matcher's instructions. Each field fits in a few
/// bits of a `UInt64` (a hit spans at most `HitLiterals.widest` tokens, an utterance is at
/// most `InputGuard.maximumBytes` long), so a hit's place is one integer, compared in one
/// instruction, with the hit's position in the input as its lowest field: equal hits stay in
/// the order they came in, exactly as the stable sort by the fields kept them. Anything too
/// large for its field (not an utterance the matcher accepts) is sorted by the fields.
enum HitOrder {
    /// Bits per field of the priority key, lowest first: position, owner, start, length,
    /// and `widest` minus the literal count.
    private static let positionBits = 17
    private static let ownerBits = 16
    private static let startBits = 17
    private static let lengthBits = 7

    /// `hits` by priority: more literals first, then the shorter span, the earlier start, the
    /// lower owner, then the order they were found in.
    static func byPriority(_ hits: [PatternIndex.Hit]) -> [PatternIndex.Hit] {
        var sorted = hits
        sortByPriority(&sorted)
        return sorted
    }

    /// `hits` by start, equal starts in the order given.
    static func byStart(_ hits: [PatternIndex.Hit]) -> [PatternIndex.Hit] {
        var sorted = hits
        sortByStart(&sorted)
        return sorted
    }

    /// Puts `hits` in the order of `byPriority`, in place: returning a new array was an
    /// allocation (through an unspecialised entry point that looks the element type up in the
    /// runtime) for every search.
    static func sortByPriority(_ hits: inout [PatternIndex.Hit]) {
        guard hits.count > 1 else { return }
        guard fitsKeys(hits) else {
            hits.sort {
                if $0.literals.count != $1.literals.count { return $0.literals.count > $1.literals.count }
                if $0.length != $1.length { return $0.length < $1.length }
                if $0.start != $1.start { return $0.start < $1.start }
                return $0.owner < $1.owner
            }
            return
        }
        permute(&hits) { hit, position in
            var key = UInt64(HitLiterals.widest - hit.literals.count)
            key = key << UInt64(lengthBits) | UInt64(hit.length)
            key = key << UInt64(startBits) | UInt64(hit.start)
            key = key << UInt64(ownerBits) | UInt64(hit.owner)
            return key << UInt64(positionBits) | UInt64(position)
        }
    }

    /// Puts `hits` in the order of `byStart`, in place. The few hits a search keeps are
    /// sorted by insertion on their starts directly (stable: a hit moves only past greater
    /// starts), where building keys and copying the hits cost more than the sorting.
    static func sortByStart(_ hits: inout [PatternIndex.Hit]) {
        guard hits.count > 1 else { return }
        if hits.count <= 16 {
            hits.withUnsafeMutableBufferPointer { hits in
                for k in 1..<hits.count {
                    let hit = hits[k]
                    var j = k
                    while j > 0, hits[j - 1].start > hit.start {
                        hits[j] = hits[j - 1]
                        j -= 1
                    }
                    hits[j] = hit
                }
            }
            return
        }
        guard fitsKeys(hits) else {
            hits.sort { $0.start < $1.start }
            return
        }
        permute(&hits) { hit, position in UInt64(hit.start) << UInt64(positionBits) | UInt64(position) }
    }

    /// Every field of every hit fits its bits.
    private static func fitsKeys(_ hits: [PatternIndex.Hit]) -> Bool {
        guard hits.count < 1 << positionBits else { return false }
        for hit in hits where hit.owner < 0 || hit.owner >= 1 << ownerBits || hit.start < 0 || hit.start >= 1 << startBits
            || hit.length < 0 || hit.length >= 1 << lengthBits || hit.literals.count > HitLiterals.widest
        {
            return false
        }
        return true
    }

    /// Reorders `hits` by their keys (distinct: each holds its position), the position read
    /// back from the key's lowest bits. The keys and a copy of the hits sit in stack scratch,
    /// and the hits are written back into their own array.
    private static func permute(_ hits: inout [PatternIndex.Hit], key: (PatternIndex.Hit, Int) -> UInt64) {
        let n = hits.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { scratch in
            var keys = scratch  // `sort` is mutating on the buffer value
            withUnsafeTemporaryAllocation(of: PatternIndex.Hit.self, capacity: n) { copy in
                hits.withUnsafeMutableBufferPointer { hits in
                    for position in 0..<n {
                        keys[position] = key(hits[position], position)
                        (copy.baseAddress! + position).initialize(to: hits[position])
                    }
                    sort(&keys)
                    let mask = UInt64(1) << UInt64(positionBits) - 1
                    for k in 0..<n { hits[k] = copy[Int(keys[k] & mask)] }
                }
            }
        }
    }

    /// Sorts distinct keys: by insertion when there are few (a search's hits usually are),
    /// where the standard sort's set-up cost more than the sorting.
    private static func sort(_ keys: inout UnsafeMutableBufferPointer<UInt64>) {
        guard keys.count <= 24 else {
            keys.sort()
            return
        }
        for k in keys.indices.dropFirst() {
            let key = keys[k]
            var j = k
            while j > 0, keys[j - 1] > key {
                keys[j] = keys[j - 1]
                j -= 1
            }
            keys[j] = key
        }
    }

    /// Some token of `literals` is set in `taken` (bit i of word i / 64 for token i).
    @inline(__always)
    static func overlaps(_ literals: HitLiterals, _ taken: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        let (word, low, high) = spread(literals)
        return taken[word] & low != 0 || (high != 0 && taken[word + 1] & high != 0)
    }

    /// Sets the tokens of `literals` in `taken`.
    @inline(__always)
    static func claim(_ literals: HitLiterals, in taken: UnsafeMutableBufferPointer<UInt64>) {
        let (word, low, high) = spread(literals)
        taken[word] |= low
        if high != 0 { taken[word + 1] |= high }
    }

    /// The literals' bits aligned to the words of a token bitset: the first word and the bits
    /// in it and in the next.
    @inline(__always)
    private static func spread(_ literals: HitLiterals) -> (word: Int, low: UInt64, high: UInt64) {
        let shift = literals.base & 63
        let low = literals.bits << UInt64(shift)
        let high = shift == 0 ? 0 : literals.bits >> UInt64(64 - shift)
        return (literals.base >> 6, low, high)
    }
}
