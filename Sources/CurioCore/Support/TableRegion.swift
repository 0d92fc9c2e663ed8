#if canImport(Glibc)
import Glibc
#endif

/// Memory for the large tables of one loaded snapshot: a single private mapping, backed by
/// 2 MiB pages where the kernel allows, that the tables are copied into and that they keep
/// alive (`FlatTable`).
///
/// Why: a cold `curio match` copies the compiled lexicon's pattern tables (some 14 MB) out of
/// the mapped snapshot. Copied into arrays, every 4 KiB page of them cost a page fault, the
/// kernel zeroing the page and charging it to the process: over 4,000 faults, as much system
/// time as the whole start's user time. In one region of huge pages the same tables take a
/// handful of faults. A long-lived process copies the tables here rather than reading them
/// where the snapshot file lies, so that what the loader checked stays what the matcher reads
/// even if the file changes underneath; a one-shot command, whose start the copy and the
/// kernel's zeroing of this memory lengthen, reads them in place (`SnapshotFile`).
///
/// Only on Linux: elsewhere `init` fails and the tables stay arrays, as they are when built.
final class TableRegion: @unchecked Sendable {
    // Unchecked: the memory is written only while the snapshot is read, on one thread, before
    // any table over it is handed out; afterwards it is only read.

    /// The huge-page size on x86-64 (and arm64 with 4 KiB pages).
    static let hugePage = 2 << 20

    private let base: UnsafeMutableRawPointer
    private let size: Int
    private var used = 0

    /// Reserves `capacity` bytes of address space (rounded up to whole huge pages); no memory
    /// is taken until a table is written into it. Nil where it cannot be had.
    init?(capacity: Int) {
        #if os(Linux)
        guard capacity > 0, capacity <= Int.max / 4 else { return nil }
        let size = (capacity + Self.hugePage - 1) / Self.hugePage * Self.hugePage
        // One huge page more than needed, so that the start can be moved to a boundary.
        let mapped = mmap(nil, size + Self.hugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let mapped, mapped != MAP_FAILED else { return nil }
        let start = UInt(bitPattern: mapped)
        let aligned = (start + UInt(Self.hugePage - 1)) & ~UInt(Self.hugePage - 1)
        let end = start + UInt(size + Self.hugePage)
        // The unaligned ends are handed back.
        if aligned > start { munmap(mapped, Int(aligned - start)) }
        if end > aligned + UInt(size) { munmap(UnsafeMutableRawPointer(bitPattern: aligned + UInt(size)), Int(end - aligned - UInt(size))) }
        base = UnsafeMutableRawPointer(bitPattern: aligned)!
        self.size = size
        // A hint: refused (transparent huge pages turned off), the region has small pages.
        _ = madvise(base, size, MADV_HUGEPAGE)
        #else
        return nil
        #endif
    }

    deinit {
        #if os(Linux)
        munmap(base, size)
        #endif
    }

    /// Room for `count` values of `T`, aligned for them and not yet initialized, or nil when
    /// the region has too little left.
    func allocate<T>(_: T.Type, count: Int) -> UnsafeMutableBufferPointer<T>? {
        let alignment = MemoryLayout<T>.alignment
        let from = (used + alignment - 1) / alignment * alignment
        let (bytes, overflow) = count.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
        guard count >= 0, !overflow, from <= size, bytes <= size - from else { return nil }
        used = from + bytes
        return UnsafeMutableBufferPointer(start: (base + from).bindMemory(to: T.self, capacity: count), count: count)
    }

    /// The bytes handed out so far.
    var bytesUsed: Int { used }

    /// The bytes it can hand out in all.
    var capacity: Int { size }
}
