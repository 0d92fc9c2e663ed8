import CurioCore
import NIOCore
import NIOPosix

/// A `WireResponse` as the bytes of one JSON line ("\n" included), ready for the socket.
///
/// The JSON is written straight into one `ByteBuffer` per thread (the writer borrowing its
/// memory, `JSONLineWriter(lending:)`), handed to the channel. An answer carrying a whole case
/// picture is several KiB: a fresh 16 KiB array and a fresh buffer for each cost two large
/// allocations (in glibc, each also sweeps the allocator's small free lists) and fresh pages
/// every turn, and writing it in a writer of its own first and then copying it into the buffer
/// copied every answer once more than needed. An answer longer than the buffer's room is
/// written in the writer's own memory and then copied, growing the buffer for the next ones.
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
        var buffer: ByteBuffer
        init(allocator: ByteBufferAllocator) {
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
        scratch.buffer.clear()
        var longer: JSONLineWriter?
        scratch.buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: Self.scratchCapacity) { memory in
            // The last byte kept for the newline.
            let room = UnsafeMutableRawBufferPointer(rebasing: memory.dropLast())
            var writer = JSONLineWriter(lending: room)
            JSONLines.write(response, into: &writer)
            guard writer.isWriting(into: room) else {
                longer = writer  // its bytes are in its own memory now
                return 0
            }
            memory[writer.count] = UInt8(ascii: "\n")
            return writer.count + 1
        }
        if let longer {
            longer.withUnsafeBytes { _ = scratch.buffer.writeBytes($0) }
            scratch.buffer.writeInteger(UInt8(ascii: "\n"))
        }
        return scratch.buffer
    }
}
