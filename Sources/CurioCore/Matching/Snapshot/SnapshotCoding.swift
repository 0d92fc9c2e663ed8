/// A compact binary form for the compiled lexicon's values, so that `curio match` can load a
/// lexicon it compiled before instead of parsing YAML and compiling patterns again.
///
/// Why not `Codable`: the encoders Foundation offers are text (JSON, property lists) and
/// decode an order of magnitude slower than a flat byte walk, and several tables here hold
/// tuples or private storage that `Codable` cannot synthesise. Values are written in a fixed
/// order with little-endian integers; a reader that runs out of bytes or meets a value that
/// cannot be (an unknown enum case, a count larger than what is left) throws, never traps.
protocol SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter)
    static func read(from snapshot: inout SnapshotReader) throws -> Self
}

/// Appends values to a byte array.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ raw: UnsafeRawBufferPointer) { bytes.append(contentsOf: raw) }

    /// Zero bytes up to the next multiple of `alignment` from the start.
    mutating func pad(toMultipleOf alignment: Int) {
        let over = bytes.count % alignment
        if over != 0 { bytes.append(contentsOf: repeatElement(0, count: alignment - over)) }
    }

    mutating func write<T: SnapshotCodable>(_ value: T) { value.write(to: &self) }
}

/// Reads values back from bytes; valid only inside `SnapshotReader.reading`.
struct SnapshotReader {
    enum Failure: Error, Equatable {
        /// The bytes end early or hold something no writer writes.
        case corrupt(String)
    }

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0
    /// Where the large tables read (`table()`) are copied to; nil: into arrays.
    let region: TableRegion?
    /// The mapped file that `bytes` lie in, when tables may be read where they lie instead of
    /// copied (`table()`).
    let file: SnapshotFile?
    /// Whether `bytes` are a snapshot already checked in full since it was last written
    /// (`SnapshotSeal`): a check that guards only against damage, and is costly, may then be
    /// left out (`PatternProgram`'s steps). The cheap checks of counts and offsets stay.
    let sealed: Bool

    private init(_ bytes: UnsafeRawBufferPointer, region: TableRegion?, file: SnapshotFile?, sealed: Bool) {
        self.bytes = bytes
        self.region = region
        self.file = file
        self.sealed = sealed
    }

    /// Runs `body` with a reader over `bytes`; fails unless it reads them all. Large tables
    /// are read where they lie in `file` (which `bytes` must lie in) when one is given and
    /// they can be, else copied to `region` when one is given.
    static func reading<T>(
        _ bytes: UnsafeRawBufferPointer, region: TableRegion? = nil, borrowingFrom file: SnapshotFile? = nil, sealed: Bool = false,
        _ body: (inout SnapshotReader) throws -> T
    ) throws -> T {
        var reader = SnapshotReader(bytes, region: region, file: file, sealed: sealed)
        let value = try body(&reader)
        guard reader.offset == bytes.count else { throw Failure.corrupt("\(bytes.count - reader.offset) bytes left over") }
        return value
    }

    var remaining: Int { bytes.count - offset }

    mutating func integer<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw Failure.corrupt("ends inside a number") }
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
        offset += size
        return T(littleEndian: value)
    }

    /// Past the zero bytes that `SnapshotWriter.pad(toMultipleOf:)` wrote here.
    mutating func skipPadding(toMultipleOf alignment: Int) throws {
        let over = offset % alignment
        guard over != 0 else { return }
        let padding = try raw(alignment - over)
        guard padding.allSatisfy({ $0 == 0 }) else { throw Failure.corrupt("padding that is not zero") }
    }

    /// The next `count` bytes, valid while the reader is.
    mutating func raw(_ count: Int) throws -> UnsafeRawBufferPointer {
        guard count >= 0, remaining >= count else { throw Failure.corrupt("ends inside a run of bytes") }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    /// A count of elements to follow; each element takes at least a byte, so a count larger
    /// than what is left is corrupt (and is not allowed to reserve memory).
    mutating func count() throws -> Int {
        let count = Int(try integer(UInt32.self))
        guard count <= remaining else { throw Failure.corrupt("a count of \(count) with \(remaining) bytes left") }
        return count
    }

    mutating func read<T: SnapshotCodable>(_: T.Type = T.self) throws -> T { try T.read(from: &self) }
}

// MARK: Scalars

extension Int: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) { snapshot.append(Int64(self)) }
    static func read(from snapshot: inout SnapshotReader) throws -> Int {
        let value = try snapshot.integer(Int64.self)
        guard let int = Int(exactly: value) else { throw SnapshotReader.Failure.corrupt("an Int out of range") }
        return int
    }
}

extension Int32: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) { snapshot.append(self) }
    static func read(from snapshot: inout SnapshotReader) throws -> Int32 { try snapshot.integer() }
}

extension Int64: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) { snapshot.append(self) }
    static func read(from snapshot: inout SnapshotReader) throws -> Int64 { try snapshot.integer() }
}

extension UInt8: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) { snapshot.append(self) }
    static func read(from snapshot: inout SnapshotReader) throws -> UInt8 { try snapshot.integer() }
}

extension UInt64: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) { snapshot.append(self) }
    static func read(from snapshot: inout SnapshotReader) throws -> UInt64 { try snapshot.integer() }
}

extension Double: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) { snapshot.append(bitPattern) }
    static func read(from snapshot: inout SnapshotReader) throws -> Double { Double(bitPattern: try snapshot.integer()) }
}

extension Bool: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) { snapshot.append(UInt8(self ? 1 : 0)) }
    static func read(from snapshot: inout SnapshotReader) throws -> Bool {
        switch try snapshot.integer(UInt8.self) {
        case 0: return false
        case 1: return true
        default: throw SnapshotReader.Failure.corrupt("a Bool that is neither 0 nor 1")
        }
    }
}

extension String: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        var copy = self
        copy.withUTF8 { utf8 in
            snapshot.append(UInt32(utf8.count))
            snapshot.append(UnsafeRawBufferPointer(utf8))
        }
    }

    static func read(from snapshot: inout SnapshotReader) throws -> String {
        // Decoding repairs rather than rejects bad UTF-8 (the snapshot's checksum already vouches
        // for its bytes); it is also the fast path, where validating went through generic code.
        String(decoding: try snapshot.raw(try snapshot.count()).bindMemory(to: UInt8.self), as: UTF8.self)
    }
}

extension RiskFactorID: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) { rawValue.write(to: &snapshot) }
    static func read(from snapshot: inout SnapshotReader) throws -> RiskFactorID { RiskFactorID(try String.read(from: &snapshot)) }
}

/// Enums are written by their raw value, so that a reordered declaration cannot misread.
extension SnapshotCodable where Self: RawRepresentable, RawValue == String {
    func write(to snapshot: inout SnapshotWriter) { rawValue.write(to: &snapshot) }
    static func read(from snapshot: inout SnapshotReader) throws -> Self {
        let raw = try String.read(from: &snapshot)
        guard let value = Self(rawValue: raw) else { throw SnapshotReader.Failure.corrupt("unknown case `\(raw)` of \(Self.self)") }
        return value
    }
}

// MARK: Collections

extension Optional: SnapshotCodable where Wrapped: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        switch self {
        case .none: snapshot.append(UInt8(0))
        case .some(let value):
            snapshot.append(UInt8(1))
            value.write(to: &snapshot)
        }
    }

    static func read(from snapshot: inout SnapshotReader) throws -> Wrapped? {
        try Bool.read(from: &snapshot) ? try Wrapped.read(from: &snapshot) : nil
    }
}

extension Array: SnapshotCodable where Element: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.append(UInt32(count))
        for element in self { element.write(to: &snapshot) }
    }

    static func read(from snapshot: inout SnapshotReader) throws -> [Element] {
        let count = try snapshot.count()
        // Bytes are copied as they lie: read one by one, the typo index's words (arrays of
        // bytes, thousands of them) were a tenth of a cold `curio match`. The same bytes as
        // the loop below reads; the test is on the type, decided when this is specialised.
        if Element.self == UInt8.self {
            return unsafeBitCast([UInt8](try snapshot.raw(count)), to: [Element].self)
        }
        var result: [Element] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try Element.read(from: &snapshot)) }
        return result
    }
}

extension Set: SnapshotCodable where Element: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) { Array(self).write(to: &snapshot) }

    static func read(from snapshot: inout SnapshotReader) throws -> Set<Element> {
        let count = try snapshot.count()
        var result = Set(minimumCapacity: count)
        for _ in 0..<count { result.insert(try Element.read(from: &snapshot)) }
        return result
    }
}

extension Dictionary: SnapshotCodable where Key: SnapshotCodable, Value: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.append(UInt32(count))
        for (key, value) in self {
            key.write(to: &snapshot)
            value.write(to: &snapshot)
        }
    }

    static func read(from snapshot: inout SnapshotReader) throws -> [Key: Value] {
        let count = try snapshot.count()
        var result = Dictionary(minimumCapacity: count)
        for _ in 0..<count {
            let key = try Key.read(from: &snapshot)
            result[key] = try Value.read(from: &snapshot)
        }
        return result
    }
}
