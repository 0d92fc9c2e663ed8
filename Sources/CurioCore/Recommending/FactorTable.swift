/// The risk factors the rule book names, numbered: the recommender's inner loop reads a
/// factor's status from an array slot instead of hashing its id (a string) into the case
/// picture's dictionary, which it did several times for every rule on every answer.
///
/// The numbers are positions in `ids`, sorted, so they mean nothing outside one rule book and
/// never leave the recommender.
struct FactorTable: Sendable {
    /// Every factor named by a condition or an inference, sorted and each once.
    let ids: [RiskFactorID]
    /// Open addressing on a cheap hash of the id's bytes (FNV-1a): a factor is looked up for
    /// each finding of each picture advised on, and `Hasher` (SipHash) cost several times the
    /// lookup. Each slot holds a number, -1 when empty; a hit is always checked against `ids`.
    private let slots: [Int32]
    private let mask: Int

    init(_ ids: some Sequence<RiskFactorID>) {
        self.ids = Array(Set(ids)).sorted()
        var size = 8
        while size < self.ids.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        for (number, id) in self.ids.enumerated() {
            var slot = Self.hash(id) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(number)
        }
        self.slots = slots
        self.mask = size - 1
    }

    var count: Int { ids.count }

    /// The factor's number, or nil when no rule names it (it can then make no rule fire).
    func number(of id: RiskFactorID) -> Int? {
        var slot = Self.hash(id) & mask
        while true {
            let number = slots[slot]
            if number < 0 { return nil }
            if ids[Int(number)] == id { return Int(number) }
            slot = (slot + 1) & mask
        }
    }

    static func hash(_ id: RiskFactorID) -> Int {
        var text = id.rawValue
        // The bytes where they lie (a native string's, without copying); iterating the UTF-8
        // view byte by byte cost more than `Hasher`.
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return Int(truncatingIfNeeded: hash ^ (hash >> 32))
        }
    }
}
