/// A value `JSONLineWriter` can write without Foundation's encoder. Conformers write their
/// keys in sorted order and leave nil fields out, exactly as their `Encodable` form would be
/// written by `JSONLines.encoder()`; `JSONLineWriterTests` checks each one against it.
public protocol JSONLineWritable {
    func write(to writer: inout JSONLineWriter)
}

/// Ids and enumerations are written as their text, as `Codable` writes them.
extension JSONLineWritable where Self: RawRepresentable, RawValue == String {
    public func write(to writer: inout JSONLineWriter) { writer.string(rawValue) }
}

extension String: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) { writer.string(self) }
}

extension Int: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) { writer.int(self) }
}

extension Bool: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) { writer.bool(self) }
}

extension Double: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) { writer.double(self) }
}

extension Array: JSONLineWritable where Element: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        writer.beginArray()
        // Each element written where it lies: iterating copied each one (retaining its texts).
        withUnsafeBufferPointer { elements in
            guard let base = elements.baseAddress else { return }
            for offset in 0..<elements.count { (base + offset).pointee.write(to: &writer) }
        }
        writer.endArray()
    }
}

extension Dictionary: JSONLineWritable where Key == String, Value: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        writer.beginObject()
        for key in keys.sorted() {
            writer.key(escaping: key)
            self[key]!.write(to: &writer)
        }
        writer.endObject()
    }
}
