/// Writes one line of JSON straight into bytes, in exactly the style of `JSONLines.encoder()`
/// (keys sorted, slashes unescaped, Foundation's escapes and number forms), but many times
/// faster: the server writes a whole case picture with every answer, and Foundation's
/// `JSONEncoder` (a tree of boxed values, dynamic casts, then a second pass to print it) cost
/// more than the consultation itself.
///
/// Types opt in through `JSONLineWritable`, writing their keys in sorted order by hand.
/// `JSONLineWriterTests` holds every writable type to byte-for-byte agreement with
/// `JSONEncoder`, so the contract's JSON cannot drift between the two.
///
/// One flag is enough to place the commas: a value right after a key never needs one, and any
/// other value or key needs one unless it opens its container.
public struct JSONLineWriter {
    public private(set) var bytes: [UInt8] = []
    private var opensContainer = true
    private var afterKey = false
    /// Set when a number cannot be written as JSON (NaN or infinite), as Foundation refuses.
    public private(set) var failed = false

    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    /// Writes into `storage`, emptied but keeping its capacity. The server writes an answer of
    /// several KiB every turn: a fresh buffer each time was fresh memory each time (malloc and
    /// the kernel's page faults), where one buffer taken back with `takeBytes()` stays warm.
    /// `storage` is consumed, not copied: a second reference to it would make emptying it
    /// allocate afresh.
    public init(reusing storage: consuming [UInt8]) {
        bytes = consume storage
        bytes.removeAll(keepingCapacity: true)
    }

    /// The bytes written, leaving the writer empty (so the caller holds the only reference and
    /// can hand the storage to the next writer without a copy).
    public mutating func takeBytes() -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &bytes)
        return taken
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Containers

    public mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        opensContainer = true
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        opensContainer = false
    }

    public mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        opensContainer = true
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        opensContainer = false
    }

    /// A key of one of Curio's own types: plain ASCII, needing no escapes.
    /// Written in one append (it is the most frequent write: five appends, each checking the
    /// array's capacity and uniqueness, cost more than the key's bytes).
    public mutating func key(_ name: StaticString) {
        let comma = !opensContainer
        name.withUTF8Buffer { name in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count + 4) { buffer in
                var count = 0
                if comma {
                    buffer[0] = UInt8(ascii: ",")
                    count = 1
                }
                buffer[count] = UInt8(ascii: "\"")
                count += 1
                for byte in name {
                    buffer[count] = byte
                    count += 1
                }
                buffer[count] = UInt8(ascii: "\"")
                buffer[count + 1] = UInt8(ascii: ":")
                count += 2
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
        }
        opensContainer = false
        afterKey = true
    }

    /// A key from data (a fact's name), escaped like any string.
    public mutating func key(escaping name: String) {
        if !opensContainer { bytes.append(UInt8(ascii: ",")) }
        opensContainer = false
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// `key: value`, left out when the value is nil (as `encodeIfPresent` does).
    public mutating func field<Value: JSONLineWritable>(_ name: StaticString, _ value: Value?) {
        guard let value else { return }
        key(name)
        value.write(to: &self)
    }

    // MARK: Values

    public mutating func string(_ value: String) {
        beforeValue()
        appendQuoted(value)
    }

    public mutating func int(_ value: Int) {
        beforeValue()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // Digits are written forwards, from the highest power of ten down: no scratch array.
        let magnitude = value.magnitude
        var power: UInt = 1
        while power <= magnitude / 10 { power *= 10 }
        while power > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8((magnitude / power) % 10))
            power /= 10
        }
    }

    /// Foundation's form: the shortest text that reads back the same, without a trailing
    /// ".0" (8.0 is written 8).
    public mutating func double(_ value: Double) {
        guard value.isFinite else {
            failed = true
            beforeValue()
            bytes.append(contentsOf: "null".utf8)
            return
        }
        beforeValue()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// A whole value already written as JSON (see `EncodedJSON`).
    mutating func appendRaw(_ value: [UInt8]) {
        beforeValue()
        bytes.append(contentsOf: value)
    }

    public mutating func bool(_ value: Bool) {
        beforeValue()
        bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
    }

    // MARK: Helpers

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
        } else if !opensContainer {
            bytes.append(UInt8(ascii: ","))
        }
        opensContainer = false
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Whether any of eight bytes is a control character, `"` or `\`: the classic
    /// "has a zero byte" test, `(x - 0x01…) & ~x & 0x80…`, on the word, on the word xor `"`,
    /// and on the word xor `\`; and for controls, bytes below 0x20 (`x - 0x20…` borrows).
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let controls = (word &- ones &* 0x20) & ~word & highs
        return controls != 0 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// Escapes as Foundation does: `"` and `\`, the five named controls, every other control
    /// character as `\u00XX`; everything else, slashes and non-ASCII included, as it is.
    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while none needs escaping (nearly all text).
                if index + 8 <= utf8.count, let base = utf8.baseAddress,
                    !Self.needsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                let escapeAt = index - 1
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<escapeAt]))
                start = index
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                default:
                    bytes.append(UInt8(ascii: "u"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(Self.hex[Int(byte >> 4)])
                    bytes.append(Self.hex[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
