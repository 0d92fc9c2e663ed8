/// The tokens a pattern match's words (and numbers) matched, as bits over the tokens from the
/// match's start: bit k is token `start + k`.
///
/// Why bits: every search used to gather the tokens in an array shared by its hits, so each
/// hit carried a slice of it, and copying, sorting and dropping hits retained and released
/// that array over and over (and a search allocated it). A match spans at most
/// `HitLiterals.widest` tokens (the compiler refuses a pattern that could reach further), so
/// 64 bits hold it, and a hit is plain data. Tests such as "does the cue share a word with
/// this trigger" become a mask and a compare.
///
/// The tokens come out in ascending order, as they were recorded.
struct HitLiterals: Sequence, Equatable, Sendable {
    /// The most tokens one match may span: a pattern that could reach over more is refused
    /// when it is compiled (and a snapshot holding one is refused as corrupt).
    static let widest = 64

    /// The token bit 0 stands for (the match's start).
    private(set) var base: Int
    private(set) var bits: UInt64

    init(base: Int, bits: UInt64 = 0) {
        self.base = base
        self.bits = bits
    }

    /// Adds token `i` (`base <= i < base + widest`).
    @inline(__always)
    mutating func insert(_ i: Int) { bits |= 1 << UInt64(i - base) }

    var isEmpty: Bool { bits == 0 }
    var count: Int { bits.nonzeroBitCount }
    var first: Int? { bits == 0 ? nil : base + bits.trailingZeroBitCount }
    var last: Int? { bits == 0 ? nil : base + 63 - bits.leadingZeroBitCount }

    @inline(__always)
    func contains(_ i: Int) -> Bool {
        let offset = i - base
        return offset >= 0 && offset < Self.widest && bits & (1 << UInt64(offset)) != 0
    }

    /// The tokens that are also in `other`.
    func intersects(_ other: HitLiterals) -> Bool {
        let shift = other.base - base
        if shift >= Self.widest || shift <= -Self.widest { return false }
        let aligned = shift >= 0 ? other.bits << UInt64(shift) : other.bits >> UInt64(-shift)
        return bits & aligned != 0
    }

    /// Some token in `from..<to`.
    func intersects(from: Int, to: Int) -> Bool {
        let lower = Swift.max(from - base, 0)
        let upper = Swift.min(to - base, Self.widest)
        guard lower < upper else { return false }
        let width = upper - lower
        let mask = (width == 64 ? UInt64.max : (1 << UInt64(width)) - 1) << UInt64(lower)
        return bits & mask != 0
    }

    /// Every token of `self` is in `other`.
    func isSubset(of other: HitLiterals) -> Bool {
        for i in self where !other.contains(i) { return false }
        return true
    }

    /// The same tokens (wherever each side counts from), as the arrays compared before.
    static func == (a: HitLiterals, b: HitLiterals) -> Bool {
        guard a.bits != 0, b.bits != 0 else { return a.bits == b.bits }
        let ta = a.bits.trailingZeroBitCount
        let tb = b.bits.trailingZeroBitCount
        return a.base + ta == b.base + tb && a.bits >> UInt64(ta) == b.bits >> UInt64(tb)
    }

    struct Iterator: IteratorProtocol {
        var base: Int
        var rest: UInt64

        mutating func next() -> Int? {
            guard rest != 0 else { return nil }
            let k = rest.trailingZeroBitCount
            rest &= rest - 1
            return base + k
        }
    }

    func makeIterator() -> Iterator { Iterator(base: base, rest: bits) }

    var underestimatedCount: Int { count }
}
