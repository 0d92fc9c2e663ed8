import CurioCore
import NIOCore
import NIOPosix

/// A `WireResponse` as the bytes of one JSON line ("\n" included), ready for the socket.
///
/// The JSON is written by one writer per thread, reset for each answer, then copied (one
/// `memcpy`) into one `ByteBuffer` per thread, handed to the channel. An answer carrying a
/// whole case picture is several KiB: a fresh 16 KiB array and a fresh buffer for each cost
/// two large allocations (in glibc, each also sweeps the allocator's small free lists) and
/// fresh pages every turn.
///
/// The buffer is reused only when the channel has let go of it: an answer is usually written
/// to the socket, and the channel's reference dropped, by the flush that follows it. While the
/// channel still holds it (an answer waiting for a slow client), writing the next answer into
/// it copies it first (`ByteBuffer` is copy-on-write), so an answer is never changed once handed
/// over.
///
/// Per thread, not per connection: a thousand idle connections must not each hold a buffer
/// of an answer's size (the server's memory per idle session), and an event loop writes one
/// answer at a time.
enum AnswerLine {
    /// Room for a long consultation's whole picture (answers of 4-10 KiB are usual), so the
    /// scratch seldom has to grow; it keeps whatever it grew to.
    static let scratchCapacity = 16 * 1024

    /// The scratch of the calling thread.
    private final class Scratch: @unchecked Sendable {
        var writer: JSONLineWriter
        var buffer: ByteBuffer
        init(allocator: ByteBufferAllocator) {
            writer = JSONLineWriter(capacity: AnswerLine.scratchCapacity)
            buffer = allocator.buffer(capacity: AnswerLine.scratchCapacity)
        }
    }

    private static let scratch = ThreadSpecificVariable<Scratch>()

    /// The response's line in a buffer from `allocator`.
    static func buffer(_ response: WireResponse, allocator: ByteBufferAllocator) -> ByteBuffer {
        let scratch = Self.scratch.currentValue ?? {
            let made = Scratch(allocator: allocator)
            Self.scratch.currentValue = made
            return made
        }()
        JSONLines.write(response, into: &scratch.writer)
        scratch.buffer.clear()
        scratch.writer.withUnsafeBytes { _ = scratch.buffer.writeBytes($0) }
        scratch.buffer.writeInteger(UInt8(ascii: "\n"))
        return scratch.buffer
    }
}
