#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines from a file descriptor without readline: piped or scripted input to the REPL, and
/// the `--jsonl` batches of `curio match` and `curio ask`.
public final class PlainLineReader {
    private let fd: Int32
    private var pending: [UInt8] = []
    private var finished = false

    public init(fileDescriptor: Int32) { self.fd = fileDescriptor }

    /// The next line without its newline (and a trailing CR); invalid UTF-8 is repaired to
    /// U+FFFD rather than dropped, so the line still gets an answer. Nil at end of input.
    public func next() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if finished {
                guard !pending.isEmpty else { return nil }
                defer { pending.removeAll() }
                return String(decoding: pending, as: UTF8.self)
            }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                pending.append(contentsOf: buffer[..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                finished = true
            }
        }
    }
}
