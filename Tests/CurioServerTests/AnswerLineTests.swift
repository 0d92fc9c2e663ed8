import CurioCore
import NIOCore
import Testing
@testable import CurioServer

/// Answers as bytes: the same line `JSONLines` writes, whatever the reused buffers held before,
/// and never an answer changed once handed to the channel.
@Suite struct AnswerLineTests {
    static func response(_ say: String) -> WireResponse {
        var response = WireResponse()
        response.say = say
        response.options = ["yes", "no"]
        return response
    }

    @Test func writesTheJSONLineWithANewline() {
        let response = Self.response("Is the child safe now?")
        var buffer = AnswerLine.buffer(response, allocator: ByteBufferAllocator())
        #expect(buffer.readString(length: buffer.readableBytes) == JSONLines.line(response) + "\n")
    }

    @Test func aBufferHeldByTheChannelIsNotOverwrittenByTheNextAnswer() {
        let allocator = ByteBufferAllocator()
        let long = Self.response(String(repeating: "a long answer ", count: 200))
        let short = Self.response("short")
        // Held, as a channel holds an answer a slow client has not read yet.
        let first = AnswerLine.buffer(long, allocator: allocator)
        let second = AnswerLine.buffer(short, allocator: allocator)
        #expect(String(buffer: first) == JSONLines.line(long) + "\n")
        #expect(String(buffer: second) == JSONLines.line(short) + "\n")
    }

    /// Answers written straight into the buffer, and answers too long for its room (written
    /// elsewhere and copied), around every length where one becomes the other.
    @Test func answersOfEveryLengthAroundTheBuffersRoomAreWhole() {
        let allocator = ByteBufferAllocator()
        let bare = JSONLines.line(Self.response("")).utf8.count + 1
        for length in (AnswerLine.scratchCapacity - bare - 3)...(AnswerLine.scratchCapacity - bare + 3) {
            let response = Self.response(String(repeating: "y", count: length))
            #expect(String(buffer: AnswerLine.buffer(response, allocator: allocator)) == JSONLines.line(response) + "\n")
            let short = Self.response("after \(length)")
            #expect(String(buffer: AnswerLine.buffer(short, allocator: allocator)) == JSONLines.line(short) + "\n")
        }
    }

    @Test func aShorterAnswerAfterALongerOneCarriesNothingOfIt() {
        let allocator = ByteBufferAllocator()
        let long = Self.response(String(repeating: "x", count: 20_000))
        _ = AnswerLine.buffer(long, allocator: allocator)
        let short = Self.response("ok")
        #expect(String(buffer: AnswerLine.buffer(short, allocator: allocator)) == JSONLines.line(short) + "\n")
    }
}

/// Blank lines get no answer; anything else is a request (or a malformed one).
@Suite struct RequestDecoderTests {
    @Test func tellsBlankLinesFromRequests() {
        #expect(RequestDecoder.isBlank(""))
        #expect(RequestDecoder.isBlank("   \t "))
        #expect(RequestDecoder.isBlank("\u{A0}\u{2028} "))
        #expect(!RequestDecoder.isBlank(#"{"op":"ping"}"#))
        #expect(!RequestDecoder.isBlank("  x"))
        #expect(!RequestDecoder.isBlank("\u{A0}é"))
    }
}
