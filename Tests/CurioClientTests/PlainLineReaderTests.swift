import Foundation
import Testing

@testable import CurioClient

/// The reader behind piped input to `curio chat` and the `--jsonl` batches.
@Suite struct PlainLineReaderTests {
    /// Lines read back from bytes written into a pipe.
    func lines(_ bytes: [UInt8]) -> [String] {
        let pipe = Pipe()
        // Written from another thread: a pipe holds only 64 KiB until someone reads.
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let reader = PlainLineReader(fileDescriptor: pipe.fileHandleForReading.fileDescriptor)
        var out: [String] = []
        while let line = reader.next() { out.append(line) }
        return out
    }

    @Test func splitsOnNewlinesDropsCarriageReturnsAndKeepsALastLineWithoutNewline() {
        #expect(lines(Array("one\r\ntwo\n\nthree".utf8)) == ["one", "two", "", "three"])
    }

    @Test func invalidUTF8IsRepairedNotDropped() {
        let got = lines([0x6F, 0x6B, 0xFF, 0x0A, 0x6E, 0x65, 0x78, 0x74, 0x0A])
        #expect(got == ["ok\u{FFFD}", "next"])
    }

    @Test func aLineLongerThanOneReadArrivesWhole() {
        let long = String(repeating: "x", count: 100_000)
        #expect(lines(Array((long + "\nend\n").utf8)) == [long, "end"])
    }

    @Test func emptyInputGivesNoLines() {
        #expect(lines([]) == [])
    }
}
