import NIOCore
import Testing
@testable import CurioServer

/// The line framing rules, without a channel.
@Suite struct LineFrameDecoderTests {
    @Test func splitsLinesAndDropsCarriageReturns() throws {
        var decoder = LineFrameDecoder(maximumLength: 100)
        var buffer = ByteBuffer(string: "one\r\ntwo\nthr")
        #expect(try decoder.nextLine(&buffer) == "one")
        #expect(try decoder.nextLine(&buffer) == "two")
        #expect(try decoder.nextLine(&buffer) == nil)
        buffer.writeString("ee\n")
        #expect(try decoder.nextLine(&buffer) == "three")
        #expect(buffer.readableBytes == 0)
    }

    @Test func refusesALineLongerThanTheLimit() throws {
        var decoder = LineFrameDecoder(maximumLength: 8)
        var complete = ByteBuffer(string: "123456789\n")
        #expect(throws: LineFrameError.lineTooLong(limit: 8)) { try decoder.nextLine(&complete) }
        var exact = ByteBuffer(string: "12345678\n")
        #expect(try decoder.nextLine(&exact) == "12345678")
    }

    @Test func refusesAnUnfinishedLineAsSoonAsItIsTooLong() throws {
        var decoder = LineFrameDecoder(maximumLength: 8)
        var buffer = ByteBuffer(string: "12345")
        #expect(try decoder.nextLine(&buffer) == nil)
        buffer.writeString("6789")
        #expect(throws: LineFrameError.lineTooLong(limit: 8)) { try decoder.nextLine(&buffer) }
    }

    @Test func refusesInvalidUTF8() {
        var decoder = LineFrameDecoder(maximumLength: 100)
        var buffer = ByteBuffer(bytes: [0x7B, 0xFF, 0xFE, 0x7D, 0x0A])
        #expect(throws: LineFrameError.notUTF8) { try decoder.nextLine(&buffer) }
    }
}
