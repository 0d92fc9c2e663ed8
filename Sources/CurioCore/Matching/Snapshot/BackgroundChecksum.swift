import Foundation

/// The checksum of a mapped snapshot's bytes, summed on a thread of its own while the caller
/// reads the snapshot, so that checking the file and reading it overlap.
///
/// Why: a cold `curio match` checks every byte of a snapshot of some 70 to 90 MB before it may
/// trust it (`LexiconCache`), and the sum alone, with the page faults of reading the file, was
/// a fifth of its time; reading the lexicon out of the snapshot touches only part of those
/// bytes. On two cores the two run side by side (a cold match went from 53-55 ms to 45-46 ms). Reading a damaged snapshot is safe (the reader
/// checks every count, offset and step before using it), so the lexicon read beside a sum that
/// then disagrees is simply thrown away, as it was when the sum came first.
final class BackgroundChecksum: @unchecked Sendable {
    // Unchecked: `sum` is written once by the summing thread before it signals `done`, and read
    // only after `value` has waited for that signal.
    private var sum: UInt64 = 0
    private let done = DispatchSemaphore(value: 0)

    /// Starts summing `file`'s bytes from `offset` to the end (`SnapshotHash`); the thread keeps
    /// the mapping alive until it is done.
    init(of file: SnapshotFile, from offset: Int) {
        let thread = Thread { [self] in
            var hash = SnapshotHash()
            hash.add(UnsafeRawBufferPointer(rebasing: file.bytes[offset...]))
            sum = hash.value
            done.signal()
        }
        // The sum walks the whole file in one loop: a small stack is plenty.
        thread.stackSize = 64 * 1024
        thread.start()
    }

    /// The sum, once the thread has finished it (waits for it).
    var value: UInt64 {
        done.wait()
        // Let a later reader of `value` (there is none today) not wait for ever.
        done.signal()
        return sum
    }
}
