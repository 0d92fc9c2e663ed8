/// A 64-bit hash over bytes, eight at a time: the key of a cached lexicon snapshot (over
/// the lexicon's files) and its checksum (over the snapshot itself).
///
/// Not cryptographic: it guards against stale and damaged files in the user's own cache,
/// not against someone crafting one. Fast enough that hashing the whole lexicon folder
/// costs a fraction of a millisecond.
struct SnapshotHash {
    private(set) var value: UInt64 = 0x243F_6A88_85A3_08D3

    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 29
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        while i + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        mix(tail)
        mix(UInt64(bytes.count))
    }

    mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add($0) } }

    mutating func add(_ text: String) { add(Array(text.utf8)) }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        var hash = SnapshotHash()
        hash.add(bytes)
        return hash.value
    }
}
