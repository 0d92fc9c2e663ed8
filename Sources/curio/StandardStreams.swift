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

    /// Ends a one-shot command once its output is written (the writes above are unbuffered):
    /// the process's memory goes back to the system whole, so what `value` holds (the compiled
    /// lexicon) is not freed table by table first, some 7M instructions, a twentieth of a cold
    /// `curio match`.
    static func exit(keeping value: some Any) -> Never {
        withExtendedLifetime(value) { Foundation.exit(0) }
    }
}
