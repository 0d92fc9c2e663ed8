import CurioClient
import Foundation

/// Reading stdin line by line and writing stdout/stderr without Foundation's buffering
/// surprises: the batch modes stream one output line per input line.
enum StandardStreams {
    /// Each line of standard input, without its newline.
    static func lines() -> AnyIterator<String> {
        let reader = PlainLineReader(fileDescriptor: 0)
        return AnyIterator { reader.next() }
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
