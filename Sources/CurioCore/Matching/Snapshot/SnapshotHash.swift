/// A 64-bit hash over bytes: the key of a cached lexicon snapshot (over
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
        // The bulk as a running sum and a sum of those sums (Fletcher's checksum, in 64-bit
        // lanes, four at a time): two vector additions per 32 bytes, so a snapshot (some 25 MB,
        // checked on every cold `curio match`) is summed about as fast as it is read. A chain
        // of multiplications over every word, even in four lanes, was a sixth of a cold start's
        // instructions. A changed word changes the sum; the same words in another order, or
        // words replaced by zeros, change the sum of sums, so a damaged or truncated file is
        // still caught. Words are read in the host's order: the hash is only ever compared with
        // one the same machine wrote (the user's own cache), never exchanged.
        if bytes.count >= 64 {
            var sum = SIMD4<UInt64>(value, value ^ 0x1357_9BDF_2468_ACE0, value ^ 0x0F1E_2D3C_4B5A_6978, value ^ 0x7F4A_7C15_9E37_79B9)
            var sumOfSums = SIMD4<UInt64>(repeating: 0)
            while i + 32 <= bytes.count {
                sum &+= bytes.loadUnaligned(fromByteOffset: i, as: SIMD4<UInt64>.self)
                sumOfSums &+= sum
                i += 32
            }
            for lane in 0..<4 {
                mix(sum[lane])
                mix(sumOfSums[lane])
            }
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
