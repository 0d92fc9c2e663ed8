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
    /// Whether a record's bytes, on a little-endian machine, are the value's own bytes in
    /// memory (its fields at the same offsets, padding written as zeros, `recordSize` its
    /// stride), so that a table of them can be read where it lies in a mapped snapshot.
    static var recordIsValueLayout: Bool { get }
    /// Whether the bytes at `raw` hold a record some writer writes: `record(at:) != nil`,
    /// asked of every record of a table read in place.
    static func isRecord(at raw: UnsafeRawPointer) -> Bool
}

extension SnapshotRecord {
    static var recordIsValueLayout: Bool { false }

    static func isRecord(at raw: UnsafeRawPointer) -> Bool { record(at: raw) != nil }

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
        let (base, count) = try recordBytes(T.self)
        return try Self.array(of: T.self, at: base, count: count)
    }

    /// A table written by `FlatTable.write(to:)`: where it lies in the reader's mapped `file`
    /// when it can be read there (`borrowedTable`), else in the reader's `region` when it has
    /// one and the table is large enough to be worth it (`FlatTable.regionSmallest`), else in
    /// an array.
    mutating func table<T: SnapshotRecord & BitwiseCopyable>(_: T.Type = T.self) throws -> FlatTable<T> {
        let count = try self.count()
        try skipPadding(toMultipleOf: FlatTable<T>.recordAlignment)
        // `count()` has checked count against the bytes left, so this cannot overflow.
        let base = try raw(count * T.recordSize).baseAddress
        if let file, let base, let borrowed = try Self.borrowedTable(T.self, at: base, count: count, in: file) { return borrowed }
        guard let base, count * MemoryLayout<T>.stride >= FlatTable<T>.regionSmallest, let region,
            let buffer = region.allocate(T.self, count: count)
        else { return FlatTable(try Self.array(of: T.self, at: base, count: count)) }
        // Records of plain values: if decoding fails part way, the region's room is only
        // wasted, with nothing to deinitialize.
        var initialized = 0
        try Self.decode(base, into: buffer.baseAddress!, count: count, initialized: &initialized)
        return FlatTable(UnsafeBufferPointer(buffer), in: region)
    }

    /// The `count` records at `base` read where they lie in `file`, each checked, or nil when
    /// they cannot be (a big-endian machine, records that are not the values' own bytes, or
    /// bytes not aligned for the values).
    ///
    /// Why: copying the tables out of the snapshot (some 18 MB) cost a cold `curio match` the
    /// kernel zeroing every page of their region before the copy overwrote it, a fifth of its
    /// time, and the copy itself. Read in place, the pages are the file's own, already in
    /// memory from checking the snapshot's checksum. Only for a one-shot command: a file
    /// changed under a long-lived process could fault it (see `SnapshotFile`).
    private static func borrowedTable<T: SnapshotRecord & BitwiseCopyable>(
        _: T.Type, at base: UnsafeRawPointer, count: Int, in file: SnapshotFile
    ) throws -> FlatTable<T>? {
        guard UInt32(1).littleEndian == 1, T.recordIsValueLayout, T.recordSize == MemoryLayout<T>.stride,
            Int(bitPattern: base) % MemoryLayout<T>.alignment == 0, file.holds(base, count: count * T.recordSize)
        else { return nil }
        for k in 0..<count where !T.isRecord(at: base + k * T.recordSize) {
            throw Failure.corrupt("a \(T.self) that no writer writes")
        }
        return FlatTable(UnsafeBufferPointer(start: base.bindMemory(to: T.self, capacity: count), count: count), borrowedFrom: file)
    }

    /// An array of the `count` records at `base`.
    private static func array<T: SnapshotRecord>(of _: T.Type, at base: UnsafeRawPointer?, count: Int) throws -> [T] {
        guard count > 0, let base else { return [] }
        return try [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            try decode(base, into: buffer.baseAddress!, count: count, initialized: &initialized)
        }
    }

    /// The count of records and where their bytes start (nil when there are none).
    private mutating func recordBytes<T: SnapshotRecord>(_: T.Type) throws -> (UnsafeRawPointer?, Int) {
        let count = try self.count()
        // `count()` has checked count against the bytes left, so this cannot overflow.
        let bytes = try raw(count * T.recordSize)
        return (bytes.baseAddress, count)
    }

    /// Initializes `count` values at `target` from their records at `base`, counting them in
    /// `initialized` as it goes (so that an array made so far can be torn down).
    private static func decode<T: SnapshotRecord>(
        _ base: UnsafeRawPointer, into target: UnsafeMutablePointer<T>, count: Int, initialized: inout Int
    ) throws {
        let size = T.recordSize
        for k in 0..<count {
            guard let value = T.record(at: base + k * size) else {
                throw Failure.corrupt("a \(T.self) that no writer writes")
            }
            (target + k).initialize(to: value)
            initialized = k + 1
        }
    }
}

extension FlatTable {
    /// Tables smaller than this stay arrays even when read from a snapshot: they hold too few
    /// pages to be worth a place in the region.
    static var regionSmallest: Int { 64 << 10 }
}

/// Plain integers as records, for the tables of them a snapshot holds (the start masks).
extension UInt64: SnapshotRecord {
    static var recordSize: Int { 8 }
    static var recordIsValueLayout: Bool { true }
    static func record(at raw: UnsafeRawPointer) -> UInt64? { field(raw, 0) }
}

extension Int32: SnapshotRecord {
    static var recordSize: Int { 4 }
    static var recordIsValueLayout: Bool { true }
    static func record(at raw: UnsafeRawPointer) -> Int32? { field(raw, 0) }
}
