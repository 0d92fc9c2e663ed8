/// A value already written as JSON, kept to be written again without the work: the advice and
/// citations of a rule are the same in every answer that carries them, and escaping them again
/// for each answer was a good part of writing one.
///
/// It is the bytes `JSONLineWriter` wrote for the value, so writing it back is byte-for-byte
/// what writing the value would give.
public struct EncodedJSON: Sendable {
    public let bytes: [UInt8]

    public init<Value: JSONLineWritable>(_ value: Value) {
        // Room for a recommendation with its evidence (growing to it copied it several times),
        // then kept at its own size: a consultation keeps one of these for each of its findings.
        var writer = JSONLineWriter(capacity: 2048)
        value.write(to: &writer)
        // Copied out at its own size.
        bytes = writer.bytes
    }
}

extension JSONLineWriter {
    /// Writes a value encoded before, in place of the value.
    public mutating func encoded(_ value: EncodedJSON) {
        appendRaw(value.bytes)
    }
}
