import Foundation

/// Reading stdin line by line and writing stdout/stderr without Foundation's buffering
/// surprises: the batch modes stream one output line per input line.
enum StandardStreams {
    /// Each line of standard input, without its newline. Invalid UTF-8 is repaired (U+FFFD)
    /// rather than dropped, so the line still gets an answer.
    static func lines() -> AnyIterator<String> {
        var pending: [UInt8] = []
        var finished = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        return AnyIterator {
            while true {
                if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    var line = pending[..<newline]
                    pending.removeSubrange(...newline)
                    if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                    return String(decoding: line, as: UTF8.self)
                }
                if finished {
                    guard !pending.isEmpty else { return nil }
                    defer { pending.removeAll() }
                    return String(decoding: pending, as: UTF8.self)
                }
                let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
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

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
