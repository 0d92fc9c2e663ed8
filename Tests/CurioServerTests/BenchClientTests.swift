import Foundation
import NIOCore
import NIOEmbedded
import NIOPosix
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
                #expect(bytes.withUnsafeBytes { Bytes.contains($0, needle) } == naive, "\(needleText) in \(bytes)")
            }
        }
    }

    @Test func anErrorAnswerIsTold() {
        let error = Bytes.Needle(#""error":{"#)
        func contains(_ text: String) -> Bool { Array(text.utf8).withUnsafeBytes { Bytes.contains($0, error) } }
        #expect(contains(#"{"error":{"code":"unknown_session","message":"no such session"}}"#))
        #expect(!contains(#"{"dialogue":"consultation","say":"the word error is no error"}"#))
        #expect(!contains(""))
    }

    /// Answers split anywhere across reads come out whole, one per line, without the newline;
    /// an unfinished line waits for the rest.
    @Test func answerLinesAreFramedAcrossReads() {
        var framing = AnswerFraming()
        var lines: [String] = []
        for chunk in [#"{"a":1}"#, "\n{\"b\"", ":2}\n\n", #"{"c":3}"#] {
            Array(chunk.utf8).withUnsafeBytes { framing.feed($0) { lines.append(String(decoding: $0, as: UTF8.self)) } }
        }
        #expect(lines == [#"{"a":1}"#, #"{"b":2}"#, ""])
        #expect(framing.hasPartialLine)
        Array("\n".utf8).withUnsafeBytes { framing.feed($0) { lines.append(String(decoding: $0, as: UTF8.self)) } }
        #expect(lines.last == #"{"c":3}"#)
        #expect(!framing.hasPartialLine)
    }

    /// The same, for every way of cutting a stream of answers into reads.
    @Test func everySplitOfTheStreamGivesTheSameLines() {
        let stream = Array("first answer\n\nthird, longer answer line\nlast\n".utf8)
        var generator = SplitMix(seed: 11)
        for _ in 0..<500 {
            var framing = AnswerFraming()
            var lines: [String] = []
            var at = 0
            while at < stream.count {
                let size = 1 + Int(generator.next() % 9)
                let end = min(stream.count, at + size)
                stream[at..<end].withUnsafeBytes { framing.feed($0) { lines.append(String(decoding: $0, as: UTF8.self)) } }
                at = end
            }
            #expect(lines == ["first answer", "", "third, longer answer line", "last"])
        }
    }

    /// The driver for real, over a socket: every timed turn of every connection is counted
    /// against an echo, and connections held open stay open until closed.
    @Test func theDriverRunsScriptsAgainstARealSocket() async throws {
        let folder = Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { Fixtures.removeFolder(folder) }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let echo = try await EchoServer.start(path: folder + "/echo.sock", group: group, replyBytes: 5000)
        let scripts: [any LoadScript] = (0..<30).map { _ in EchoScript(line: #"{"op":"say"}"#, turns: 7) }
        let (outcome, held) = try await LoadDriver.run(path: folder + "/echo.sock", scripts: scripts, keepOpen: true)
        #expect(outcome.failed == 0)
        #expect(outcome.latencies.count == 30 * 7)
        #expect(outcome.latencies.allSatisfy { $0 > 0 })
        #expect(held.count == 30)
        held.close()
        try await echo.close()
        try await group.shutdownGracefully()
    }

    /// An error answer fails its connection, and nothing listening is an error, not a hang.
    @Test func anErrorAnswerOrNoServerFails() async throws {
        let folder = Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { Fixtures.removeFolder(folder) }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let echo = try await EchoServer.start(path: folder + "/echo.sock", group: group)
        let scripts: [any LoadScript] = [EchoScript(line: #"{"error":{"code":"x"}}"#, turns: 3), EchoScript(line: "{}", turns: 3)]
        let (outcome, _) = try await LoadDriver.run(path: folder + "/echo.sock", scripts: scripts)
        // A failed connection's turns are not counted: only the three of the one that finished.
        #expect(outcome.failed == 1)
        #expect(outcome.latencies.count == 3)
        try await echo.close()
        try await group.shutdownGracefully()
        await #expect(throws: BenchClientError.self) {
            _ = try await LoadDriver.run(path: folder + "/nobody.sock", scripts: scripts)
        }
    }

    /// A server that closes a connection in the middle of its script fails that connection
    /// only; the others finish and count their turns.
    @Test func aConnectionClosedMidRunFailsAlone() async throws {
        let folder = Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { Fixtures.removeFolder(folder) }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let server = try await ServerBootstrap(group: group)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineFrameDecoder()))
                    try child.pipeline.syncOperations.addHandler(ClosesOnAWord())
                }
            }
            .bind(unixDomainSocketPath: folder + "/closing.sock").get()
        let scripts: [any LoadScript] = [EchoScript(line: "close", turns: 5), EchoScript(line: "stay", turns: 5)]
        let (outcome, _) = try await LoadDriver.run(path: folder + "/closing.sock", scripts: scripts)
        #expect(outcome.failed == 1)
        #expect(outcome.latencies.count == 5)
        try await server.close()
        try await group.shutdownGracefully()
    }

    /// Echoes lines, but closes the connection on the second "close".
    final class ClosesOnAWord: ChannelInboundHandler {
        typealias InboundIn = String
        typealias OutboundOut = ByteBuffer
        private var closes = 0

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let line = unwrapInboundIn(data)
            if line == "close" {
                closes += 1
                if closes == 2 { return context.close(promise: nil) }
            }
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: line + "\n")), promise: nil)
        }
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
