#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The benchmark client's framing: bytes as they are read in, each answer line out as soon as
/// its newline arrives. A line that came in one read is handed over where it lies; only a line
/// split across reads is gathered, so the usual answer is never copied. Unlike the server's
/// `LineFrameDecoder` it neither validates nor makes a `String`: the client must cost as
/// little as it can, since it shares the machine with the server it measures.
struct AnswerFraming {
    /// The start of a line whose newline has not come yet.
    private var pending: [UInt8] = []

    /// Calls `line` with each complete line in `bytes` (without its newline), in order, and
    /// keeps what follows the last newline for the next read.
    mutating func feed(_ bytes: UnsafeRawBufferPointer, line: (UnsafeRawBufferPointer) -> Void) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
            let end = base.distance(to: UnsafeRawPointer(found))
            let piece = UnsafeRawBufferPointer(start: base + start, count: end - start)
            if pending.isEmpty {
                line(piece)
            } else {
                pending.append(contentsOf: piece)
                pending.withUnsafeBytes { line($0) }
                pending.removeAll(keepingCapacity: true)
            }
            start = end + 1
        }
        if start < bytes.count { pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start...])) }
    }

    /// Bytes of an unfinished line are waiting.
    var hasPartialLine: Bool { !pending.isEmpty }
}
