#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The identity of a snapshot file whose every byte has been checked (its checksum agreed and
/// its reader's checks passed), kept in a small file beside it, so that later starts can trust
/// the same file without checking it again.
///
/// Why: checking a snapshot in full (the sum of some 120 MB, and the check of every step of
/// the pattern program) was a third of a cold `curio match`'s CPU time, paid again at every
/// start for a file that had not changed since the last check. The identity is the file's
/// device, inode, size, modification and status-change times: any write to the file, or a new
/// file renamed over it, changes at least one of them, and the status-change time cannot be
/// set back by anyone but the clock's owner. A file changed so soon after it was last written
/// that its times may not have moved (the kernel's clock advances in ticks of a few
/// milliseconds) is never sealed: `isSettled` asks for it to be older than a given age first,
/// as git does for its index.
struct SnapshotSeal: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modifiedSeconds: Int64
    let modifiedNanoseconds: Int64
    let changedSeconds: Int64
    let changedNanoseconds: Int64

    /// The name of the seal kept beside `snapshot`.
    static func file(for snapshot: URL) -> URL {
        snapshot.appendingPathExtension("checked")
    }

    /// The identity of a file from its status (`fstat` of the open file).
    init(status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        #if canImport(Darwin)
        modifiedSeconds = Int64(status.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int64(status.st_mtimespec.tv_nsec)
        changedSeconds = Int64(status.st_ctimespec.tv_sec)
        changedNanoseconds = Int64(status.st_ctimespec.tv_nsec)
        #else
        modifiedSeconds = Int64(status.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
        changedSeconds = Int64(status.st_ctim.tv_sec)
        changedNanoseconds = Int64(status.st_ctim.tv_nsec)
        #endif
    }

    private init?(fields: [Int64]) {
        guard fields.count == 7 else { return nil }
        device = UInt64(bitPattern: fields[0])
        inode = UInt64(bitPattern: fields[1])
        size = fields[2]
        modifiedSeconds = fields[3]
        modifiedNanoseconds = fields[4]
        changedSeconds = fields[5]
        changedNanoseconds = fields[6]
    }

    private static let heading = "curio snapshot checked 1"

    /// The seal written beside `snapshot`, or nil when there is none or it is not one.
    static func read(for snapshot: URL) -> SnapshotSeal? {
        guard let data = FileManager.default.contents(atPath: file(for: snapshot).path), data.count < 512,
              let text = String(data: data, encoding: .utf8)
        else { return nil }
        let lines = text.split(separator: "\n")
        guard lines.count == 2, lines[0] == heading else { return nil }
        let fields = lines[1].split(separator: " ").compactMap { Int64($0) }
        return SnapshotSeal(fields: fields)
    }

    /// Writes the seal beside `snapshot` (a new file renamed over any old one). Failing to
    /// write it only costs later starts the full check.
    func write(for snapshot: URL) {
        let fields = [Int64(bitPattern: device), Int64(bitPattern: inode), size, modifiedSeconds, modifiedNanoseconds,
                      changedSeconds, changedNanoseconds]
        let text = Self.heading + "\n" + fields.map(String.init).joined(separator: " ") + "\n"
        try? Data(text.utf8).write(to: Self.file(for: snapshot), options: .atomic)
    }

    /// Whether the file last changed at least `age` seconds before `now`: only then can a
    /// later change be told from it by its times.
    func isSettled(olderThan age: TimeInterval, now: Date = Date()) -> Bool {
        let changed = Double(changedSeconds) + Double(changedNanoseconds) / 1e9
        return now.timeIntervalSince1970 - changed >= age
    }
}
