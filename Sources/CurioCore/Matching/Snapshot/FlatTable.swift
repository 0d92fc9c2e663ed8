/// A table of plain records (values holding no references), which the matcher reads through
/// one pointer: an array while the lexicon is built, memory of a `TableRegion` once read
/// back from a snapshot.
///
/// Why not an array throughout: an array's storage comes from `malloc`, a page at a time, and
/// the largest tables, copied out of a snapshot on every cold `curio match`, cost a page
/// fault for every 4 KiB of them (see `TableRegion`). Loaded tables are never changed; one
/// that is (a pattern added to a loaded program) becomes an array again first.
struct FlatTable<Element: BitwiseCopyable>: @unchecked Sendable {
    // Unchecked: `loaded` points into `region`, which this value keeps alive and which is
    // only read once the table is handed out.
    private var array: [Element]
    private var region: TableRegion?
    private var loaded: UnsafeBufferPointer<Element>

    init() { self.init([]) }

    /// A table of `array`'s records.
    init(_ array: [Element]) {
        self.array = array
        region = nil
        loaded = UnsafeBufferPointer(start: nil, count: 0)
    }

    /// A table over `records` of `region`, initialized and never written again.
    init(_ records: UnsafeBufferPointer<Element>, in region: TableRegion) {
        array = []
        self.region = region
        loaded = records
    }

    /// Whether the records are in a region (read from a snapshot) rather than an array.
    var isInRegion: Bool { region != nil }

    /// Runs `body` over the records; the pointer is valid only inside `body`.
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        // One call of `body`, whichever the storage (a loaded table's array is empty): with two,
        // the matcher's nested closures were no longer inlined, and every search copied the
        // tables they capture.
        try array.withUnsafeBufferPointer { own in try body(region != nil ? loaded : own) }
    }

    mutating func append(_ record: Element) {
        becomeArray()
        array.append(record)
    }

    /// A loaded table's records copied into an array, before the table changes.
    private mutating func becomeArray() {
        guard region != nil else { return }
        array = Array(loaded)
        region = nil
        loaded = UnsafeBufferPointer(start: nil, count: 0)
    }
}

extension FlatTable: RandomAccessCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { region != nil ? loaded.count : array.count }

    /// Checked as an array's subscript is, wherever the records are (a buffer's is not, in a
    /// release build).
    subscript(position: Int) -> Element {
        guard region != nil else { return array[position] }
        precondition(position >= 0 && position < loaded.count, "index out of range")
        return loaded[position]
    }
}

/// Written exactly as an array of its records is: a snapshot does not say where a table was
/// kept.
extension FlatTable: SnapshotCodable where Element: SnapshotRecord {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.append(UInt32(count))
        for record in self { record.write(to: &snapshot) }
    }

    static func read(from snapshot: inout SnapshotReader) throws -> FlatTable { try snapshot.table() }
}

/// Reflected as its records, wherever they are kept: a loaded lexicon compares equal, field by
/// field, to the one compiled (`LexiconSnapshotTests`).
extension FlatTable: CustomReflectable {
    var customMirror: Mirror { Mirror(self, unlabeledChildren: Array(self), displayStyle: .collection) }
}
