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
    /// lookup. Each slot holds a number, -1 when empty; a hit is always checked against the id.
    private let slots: [Int32]
    private let mask: Int
    /// Every id's UTF-8 bytes, one after another, and where each starts (with the end last):
    /// a hit is checked by comparing bytes, eight at a time. Ids read from answers are never
    /// the table's own strings, so `==` on them compared them the general (Unicode) way.
    private let utf8: [UInt8]
    private let starts: [Int]
    /// Whether every id is ASCII (all are, in practice): then bytes that differ are ids that
    /// differ, and `==` (which compares canonical equivalence) is never needed.
    private let allASCII: Bool

    init(_ ids: some Sequence<RiskFactorID>) {
        self.ids = Array(Set(ids)).sorted()
        var size = 8
        while size < self.ids.count * 2 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        var utf8: [UInt8] = []
        var starts: [Int] = []
        for (number, id) in self.ids.enumerated() {
            var text = id.rawValue
            var slot = text.withUTF8 { Self.hash($0) } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(number)
            starts.append(utf8.count)
            utf8.append(contentsOf: id.rawValue.utf8)
        }
        starts.append(utf8.count)
        self.slots = slots
        self.mask = size - 1
        self.utf8 = utf8
        self.starts = starts
        self.allASCII = utf8.withUnsafeBufferPointer { ASCIIText.isASCII($0) }
    }

    var count: Int { ids.count }

    /// The factor's number, or nil when no rule names it (it can then make no rule fire).
    func number(of id: RiskFactorID) -> Int? {
        var text = id.rawValue
        // The bytes where they lie (a native string's, without copying); iterating the UTF-8
        // view byte by byte cost more than `Hasher`.
        return text.withUTF8 { bytes in
            var slot = Self.hash(bytes) & mask
            while true {
                let number = Int(slots[slot])
                if number < 0 { return nil }
                if hasBytes(number, bytes) { return number }
                // Equal as strings, not as bytes, only if not ASCII (a different normalisation):
                // then it is checked as `==` checked every hit before.
                if !allASCII || !ASCIIText.isASCII(bytes), ids[number] == id { return number }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the id numbered `number` has exactly these bytes.
    private func hasBytes(_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        guard starts[number + 1] - start == bytes.count else { return false }
        guard let query = bytes.baseAddress else { return true }
        return utf8.withUnsafeBufferPointer { all in
            let own = UnsafeRawPointer(all.baseAddress! + start)
            let other = UnsafeRawPointer(query)
            var at = 0
            while at + 8 <= bytes.count {
                if own.loadUnaligned(fromByteOffset: at, as: UInt64.self) != other.loadUnaligned(fromByteOffset: at, as: UInt64.self) {
                    return false
                }
                at += 8
            }
            while at < bytes.count {
                if all[start + at] != bytes[at] { return false }
                at += 1
            }
            return true
        }
    }

    /// FNV-1a over the bytes, a whole word at a time and then the bytes left: byte by byte it
    /// was most of a lookup. Any hash does (a hit is always checked); this one must only be
    /// the same when the table is made and when it is read.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var at = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while at + 8 <= bytes.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) &* 0x0000_0100_0000_01b3
                at += 8
            }
        }
        while at < bytes.count {
            hash = (hash ^ UInt64(bytes[at])) &* 0x0000_0100_0000_01b3
            at += 1
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
