import NIOCore
import NIOEmbedded
import Testing
@testable import CurioServer

/// The benchmark client's own byte scanning: it decides whether an answer was an error, so a
/// search that missed one would report a failed run as a fast one.
@Suite("Benchmark client")
struct BenchClientTests {
    /// Every position, at both ends, overlapping near-misses and repeated prefixes.
    @Test func horspoolFindsWhatANaiveSearchFinds() {
        let needles = [#""error":{"#, "aab", "a", "abcabd", "\n"]
        var generator = SplitMix(seed: 7)
        for needleText in needles {
            let needle = Bytes.Needle(needleText)
            for _ in 0..<2_000 {
                let length = Int(generator.next() % 40)
                // A small alphabet made of the needle's own bytes, so near-misses are common.
                let alphabet = Array(needleText.utf8) + [UInt8(ascii: "x")]
                var bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                if generator.next() % 4 == 0 {
                    let at = Int(generator.next() % UInt64(bytes.count + 1))
                    bytes.insert(contentsOf: needle.bytes, at: at)
                }
                let naive = bytes.count >= needle.bytes.count
                    && (0...(bytes.count - needle.bytes.count)).contains { bytes[$0..<($0 + needle.bytes.count)].elementsEqual(needle.bytes) }
                #expect(Bytes.contains(ByteBuffer(bytes: bytes), needle) == naive, "\(needleText) in \(bytes)")
            }
        }
    }

    @Test func anErrorAnswerIsTold() {
        let error = Bytes.Needle(#""error":{"#)
        #expect(Bytes.contains(ByteBuffer(string: #"{"error":{"code":"unknown_session","message":"no such session"}}"#), error))
        #expect(!Bytes.contains(ByteBuffer(string: #"{"dialogue":"consultation","say":"the word error is no error"}"#), error))
        #expect(!Bytes.contains(ByteBuffer(string: ""), error))
    }

    /// Answers split anywhere across reads come out whole, one per line, without the newline;
    /// an unfinished line waits for the rest.
    @Test func answerLinesAreFramedAcrossReads() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(AnswerLines()))
        for chunk in [#"{"a":1}"#, "\n{\"b\"", ":2}\n\n", #"{"c":3}"#] {
            try channel.writeInbound(ByteBuffer(string: chunk))
        }
        var lines: [String] = []
        while let line = try channel.readInbound(as: ByteBuffer.self) { lines.append(String(buffer: line)) }
        #expect(lines == [#"{"a":1}"#, #"{"b":2}"#, ""])
        try channel.writeInbound(ByteBuffer(string: "\n"))
        #expect(try channel.readInbound(as: ByteBuffer.self).map { String(buffer: $0) } == #"{"c":3}"#)
        _ = try? channel.finish()
    }

    /// The carry floor's echo sends the line back padded to the answers' length, still one
    /// line; a line longer than that comes back as it was.
    @Test func aPaddedEchoIsTheLineThenSpacesToTheLength() throws {
        let channel = EmbeddedChannel(handler: EchoServer.Echo(replyBytes: 64))
        try channel.writeInbound(#"{"op":"say"}"#)
        let reply = try #require(try channel.readOutbound(as: ByteBuffer.self))
        let text = String(buffer: reply)
        #expect(text.utf8.count == 65)
        #expect(text.hasPrefix(#"{"op":"say"}  "#) && text.hasSuffix(" \n"))
        #expect(text.dropLast().allSatisfy { $0 != "\n" })
        let long = String(repeating: "x", count: 100)
        try channel.writeInbound(long)
        #expect(try channel.readOutbound(as: ByteBuffer.self).map { String(buffer: $0) } == long + "\n")
        _ = try? channel.finish()
    }
}

/// A small seeded generator, so a failure can be replayed.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
