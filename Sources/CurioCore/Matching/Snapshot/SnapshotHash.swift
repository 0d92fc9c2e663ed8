/// A 64-bit hash over bytes, eight at a time: the key of a cached lexicon snapshot (over
/// the lexicon's files) and its checksum (over the snapshot itself).
///
/// Not cryptographic: it guards against stale and damaged files in the user's own cache,
/// not against someone crafting one. Fast enough that hashing the whole lexicon folder
/// costs a fraction of a millisecond.
struct SnapshotHash {
    private(set) var value: UInt64 = 0x243F_6A88_85A3_08D3

    private mutating func mix(_ word: UInt64) { value = Self.mixed(value, word) }

    @inline(__always)
    private static func mixed(_ value: UInt64, _ word: UInt64) -> UInt64 {
        let product = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 29)
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        // Four lanes over the bulk, 32 bytes a round, so that the multiplications do not wait
        // on one another: the checksum of a snapshot (megabytes, read on every cold `curio
        // match`) took a few milliseconds as one chain.
        if bytes.count >= 64 {
            var a = value, b = value ^ 0x1357_9BDF_2468_ACE0, c = value ^ 0x0F1E_2D3C_4B5A_6978, d = value ^ 0x7F4A_7C15_9E37_79B9
            while i + 32 <= bytes.count {
                a = Self.mixed(a, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
                b = Self.mixed(b, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)))
                c = Self.mixed(c, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)))
                d = Self.mixed(d, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)))
                i += 32
            }
            value = a
            mix(b)
            mix(c)
            mix(d)
        }
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
