#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive lock on a snapshot's compile, held by one process (or thread) at a time: an
/// advisory `flock` on a file beside the snapshot (`<snapshot>.lock`), taken when made and
/// given back by `release` (or by the process's end, so a crashed compile never blocks the
/// next). Each lock opens the file itself, so two threads of one process exclude each other
/// as two processes do.
struct CompileLock {
    private let descriptor: Int32

    /// The lock file of `snapshot`.
    static func file(for snapshot: URL) -> URL {
        snapshot.deletingLastPathComponent().appendingPathComponent(snapshot.lastPathComponent + ".lock")
    }

    /// Waits for the lock of `snapshot`, creating `folder` and the lock file when missing.
    init(for snapshot: URL, in folder: URL) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var descriptor = open(Self.file(for: snapshot).path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        if descriptor >= 0 {
            var status: Int32
            repeat { status = flock(descriptor, LOCK_EX) } while status != 0 && errno == EINTR
            if status != 0 {
                close(descriptor)
                descriptor = -1
            }
        }
        self.descriptor = descriptor
    }

    /// Whether the lock was had (else the caller goes on without it).
    var isHeld: Bool { descriptor >= 0 }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
