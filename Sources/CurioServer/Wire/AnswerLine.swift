import CurioCore
import NIOCore
import NIOPosix

/// A `WireResponse` as the bytes of one JSON line ("\n" included), ready for the socket.
///
/// The JSON is written into one scratch buffer per thread, then copied into a `ByteBuffer` of
/// exactly its size. An answer carrying a whole case picture is several KiB: writing each into
/// a fresh 16 KiB array cost an allocation and fresh pages (page faults) every turn, while the
/// scratch stays allocated and warm in the cache, and the copy is a single `memcpy`.
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
        var bytes: [UInt8]
        init() {
            bytes = []
            bytes.reserveCapacity(AnswerLine.scratchCapacity)
        }
    }

    private static let scratch = ThreadSpecificVariable<Scratch>()

    /// The response's line in a buffer from `allocator`.
    static func buffer(_ response: WireResponse, allocator: ByteBufferAllocator) -> ByteBuffer {
        let scratch = Self.scratch.currentValue ?? {
            let made = Scratch()
            Self.scratch.currentValue = made
            return made
        }()
        var storage: [UInt8] = []
        swap(&storage, &scratch.bytes)
        let line = JSONLines.bytes(response, reusing: storage)
        var buffer = allocator.buffer(capacity: line.count + 1)
        buffer.writeBytes(line)
        buffer.writeInteger(UInt8(ascii: "\n"))
        scratch.bytes = line
        return buffer
    }
}
