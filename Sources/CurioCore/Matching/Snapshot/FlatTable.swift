/// A table of plain records (values holding no references), which the matcher reads through
/// one pointer: an array while the lexicon is built, memory of a `TableRegion` once read
/// back from a snapshot, or the mapped snapshot file itself (`SnapshotFile`) for a one-shot
/// command that borrows its tables.
///
/// Why not an array throughout: an array's storage comes from `malloc`, a page at a time, and
/// the largest tables, copied out of a snapshot on every cold `curio match`, cost a page
/// fault for every 4 KiB of them (see `TableRegion`). Loaded tables are never changed; one
/// that is (a pattern added to a loaded program) becomes an array again first.
struct FlatTable<Element: BitwiseCopyable>: @unchecked Sendable {
    // Unchecked: `loaded` points into memory that `owner` keeps alive (a region or a mapped
    // file), and that is only read once the table is handed out.
    private var array: [Element]
    /// What keeps `loaded` alive: a `TableRegion` or a `SnapshotFile`; nil for an array.
    private var owner: AnyObject?
    private var loaded: UnsafeBufferPointer<Element>

    init() { self.init([]) }

    /// A table of `array`'s records.
    init(_ array: [Element]) {
        self.array = array
        owner = nil
        loaded = UnsafeBufferPointer(start: nil, count: 0)
    }

    /// A table over `records` of `region`, initialized and never written again.
    init(_ records: UnsafeBufferPointer<Element>, in region: TableRegion) {
        array = []
        owner = region
        loaded = records
    }

    /// A table over `records` where they lie in the mapped snapshot `file`, never written.
    init(_ records: UnsafeBufferPointer<Element>, borrowedFrom file: SnapshotFile) {
        array = []
        owner = file
        loaded = records
    }

    /// Whether the records are in a region (read from a snapshot) rather than an array.
    var isInRegion: Bool { owner is TableRegion }

    /// Whether the records are read where they lie in a mapped snapshot file.
    var isBorrowed: Bool { owner is SnapshotFile }

    /// Runs `body` over the records; the pointer is valid only inside `body`.
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        // One call of `body`, whichever the storage (a loaded table's array is empty): with two,
        // the matcher's nested closures were no longer inlined, and every search copied the
        // tables they capture.
        try array.withUnsafeBufferPointer { own in try body(owner != nil ? loaded : own) }
    }

    mutating func append(_ record: Element) {
        becomeArray()
        array.append(record)
    }

    /// A loaded table's records copied into an array, before the table changes.
    private mutating func becomeArray() {
        guard owner != nil else { return }
        array = Array(loaded)
        owner = nil
        loaded = UnsafeBufferPointer(start: nil, count: 0)
    }
}

extension FlatTable: RandomAccessCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { owner != nil ? loaded.count : array.count }

    /// Checked as an array's subscript is, wherever the records are (a buffer's is not, in a
    /// release build).
    subscript(position: Int) -> Element {
        guard owner != nil else { return array[position] }
        precondition(position >= 0 && position < loaded.count, "index out of range")
        return loaded[position]
    }
}

/// Written as its count, zero bytes up to the next multiple of `recordAlignment` (from the
/// snapshot's start), then its records: so that a snapshot file mapped at a page boundary
/// holds each table where its records can be read in place (`SnapshotReader.table()`). A
/// snapshot does not say where a table was kept.
extension FlatTable: SnapshotCodable where Element: SnapshotRecord {
    /// The alignment of every table's first record in a snapshot: enough for any record.
    static var recordAlignment: Int { 8 }

    func write(to snapshot: inout SnapshotWriter) {
        snapshot.append(UInt32(count))
        snapshot.pad(toMultipleOf: Self.recordAlignment)
        for record in self { record.write(to: &snapshot) }
    }

    static func read(from snapshot: inout SnapshotReader) throws -> FlatTable { try snapshot.table() }
}

/// Reflected as its records, wherever they are kept: a loaded lexicon compares equal, field by
/// field, to the one compiled (`LexiconSnapshotTests`).
extension FlatTable: CustomReflectable {
    var customMirror: Mirror { Mirror(self, unlabeledChildren: Array(self), displayStyle: .collection) }
}
