/// A value `JSONLineWriter` can write without Foundation's encoder. Conformers write their
/// keys in sorted order and leave nil fields out, exactly as their `Encodable` form would be
/// written by `JSONLines.encoder()`; `JSONLineWriterTests` checks each one against it.
public protocol JSONLineWritable {
    func write(to writer: inout JSONLineWriter)
    /// Writes each element of an array (the commas are the writer's), where it lies. Types that
    /// keep their JSON (see `Prewritten`) write it without copying the element out first:
    /// every answer writes a whole case picture, and copying each finding and recommendation
    /// to write it retained and released each of its texts.
    static func write(each elements: UnsafeBufferPointer<Self>, to writer: inout JSONLineWriter)
}

extension JSONLineWritable {
    public static func write(each elements: UnsafeBufferPointer<Self>, to writer: inout JSONLineWriter) {
        guard let base = elements.baseAddress else { return }
        for offset in 0..<elements.count { (base + offset).pointee.write(to: &writer) }
    }
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
        withUnsafeBufferPointer { elements in Element.write(each: elements, to: &writer) }
        writer.endArray()
    }
}

extension Dictionary: JSONLineWritable where Key == String, Value: JSONLineWritable {
    public func write(to writer: inout JSONLineWriter) {
        writer.beginObject()
        // Every answer writes the case's facts, mostly one or two: written without sorting
        // when there is nothing to sort, and otherwise as sorted pairs (sorting the keys and
        // then looking each up again hashed every key a second time).
        if count == 1, let (key, value) = first {
            writer.key(escaping: key)
            value.write(to: &writer)
        } else if count > 1 {
            for (key, value) in sorted(by: { $0.key < $1.key }) {
                writer.key(escaping: key)
                value.write(to: &writer)
            }
        }
        writer.endObject()
    }
}
