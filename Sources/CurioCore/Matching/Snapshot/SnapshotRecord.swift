/// A value written as a fixed run of bytes (its fields one after another, exactly as its
/// `write(to:)` writes them), so that an array of them is read in one pass over the bytes.
///
/// Why: the pattern tables hold hundreds of thousands of small records (steps, start
/// candidates, pair runs). Read field by field through `SnapshotReader`, each field checked
/// the bytes left, threw or not, and each record was appended with its own capacity check:
/// a sixth of a cold `curio match`. Read as records, the bytes are checked once for the
/// whole array, and each record is loaded where it lies. The bytes are the same either way,
/// so snapshots written before read the same.
protocol SnapshotRecord: SnapshotCodable {
    /// The bytes `write(to:)` writes for every value of the type.
    static var recordSize: Int { get }
    /// The value whose bytes start at `raw` (`recordSize` of them, known to be there), or nil
    /// when they hold something no writer writes (an unknown enumeration case).
    static func record(at raw: UnsafeRawPointer) -> Self?
}

extension SnapshotRecord {
    /// The little-endian integer `offset` bytes into a record.
    @inline(__always)
    static func field<T: FixedWidthInteger>(_ raw: UnsafeRawPointer, _ offset: Int, as: T.Type = T.self) -> T {
        T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
    }
}

extension SnapshotReader {
    /// An array written by `Array.write(to:)` whose elements are records: the same bytes as
    /// `read([T].self)` reads, read in one pass.
    mutating func records<T: SnapshotRecord>(_: T.Type = T.self) throws -> [T] {
        let count = try self.count()
        let size = T.recordSize
        // `count()` has checked count against the bytes left, so this cannot overflow.
        let bytes = try raw(count * size)
        guard count > 0, let base = bytes.baseAddress else { return [] }
        return try [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            for k in 0..<count {
                guard let value = T.record(at: base + k * size) else {
                    throw Failure.corrupt("a \(T.self) that no writer writes")
                }
                (buffer.baseAddress! + k).initialize(to: value)
                initialized = k + 1
            }
        }
    }
}

/// Plain integers as records, for the tables of them a snapshot holds (the start masks).
extension UInt64: SnapshotRecord {
    static var recordSize: Int { 8 }
    static func record(at raw: UnsafeRawPointer) -> UInt64? { field(raw, 0) }
}

extension Int32: SnapshotRecord {
    static var recordSize: Int { 4 }
    static func record(at raw: UnsafeRawPointer) -> Int32? { field(raw, 0) }
}
