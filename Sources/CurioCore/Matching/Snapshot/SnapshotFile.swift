#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cached snapshot file mapped read-only into memory, unmapped when the last table read
/// from it in place (`FlatTable`) is gone.
///
/// Why its own mapping rather than `Data(contentsOf:options: .alwaysMapped)`: a table read in
/// place must keep the mapping alive after the reading is over, which needs an object to hold;
/// `Data` lends its bytes only for the length of a closure.
///
/// Reading tables in place is safe only while the file's bytes do not change: `LexiconCache`
/// never writes a snapshot where it lies (it writes a new file and renames it over the old, so
/// a mapping keeps the old file's bytes), but a file cut short in place by something else
/// would fault the process at its next read. So only a one-shot command borrows its tables;
/// a long-lived process copies them (`LexiconCache.borrowsTables`).
final class SnapshotFile: @unchecked Sendable {
    // Unchecked: the mapping is read-only and never changes once made.

    /// The file's bytes.
    let bytes: UnsafeRawBufferPointer
    /// The identity of the file mapped (`SnapshotSeal`), taken from the open file itself, so
    /// that it is the identity of the bytes mapped even if another file is renamed over the
    /// path meanwhile.
    let identity: SnapshotSeal

    /// The file at `path` mapped, or nil when it cannot be opened or mapped (an empty file is
    /// mapped as no bytes).
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size >= 0, status.st_size <= Int.max / 2 else { return nil }
        identity = SnapshotSeal(status: status)
        let size = Int(status.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let mapped, mapped != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: mapped, count: size)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }

    /// Whether the `count` bytes from `start` lie within the mapping.
    func holds(_ start: UnsafeRawPointer, count: Int) -> Bool {
        guard let base = bytes.baseAddress, count >= 0 else { return false }
        let offset = start - base
        return offset >= 0 && offset <= bytes.count && count <= bytes.count - offset
    }
}
