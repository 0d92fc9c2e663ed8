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
    /// The bytes, in memory the writer owns: every write reserves its room with one check and
    /// then stores its bytes directly. Through `[UInt8]`, each append (tens of them for every
    /// finding and recommendation written) went through the array's general path, checking
    /// uniqueness and capacity and copying byte by byte or via `memmove`, which cost more than
    /// the bytes themselves: about a tenth of a desk turn.
    ///
    /// Shared only between copies of the writer: a copy about to write makes its own first
    /// (`isKnownUniquelyReferenced`), so the writer keeps value semantics.
    private var storage: Storage
    /// Bytes written so far.
    public private(set) var count = 0
    private var opensContainer = true
    private var afterKey = false
    /// Set when a number cannot be written as JSON (NaN or infinite), as Foundation refuses.
    public private(set) var failed = false

    public init(capacity: Int = 1024) { storage = Storage(capacity: max(capacity, 16)) }

    /// A writer that writes into `memory`, lent by the caller, while the line fits in it, and
    /// moves its bytes to memory of its own when it does not (`isWriting(into:)` tells which).
    /// The server writes each answer this way straight into the buffer handed to the socket:
    /// written in a writer of its own and then copied there, every answer (several KiB) was
    /// copied once more than it needs to be, and on this machine that copy was a few percent
    /// of the server's time. The caller must not use the writer, or a copy of it, once the
    /// memory is gone, unless `isWriting(into:)` said false.
    public init(lending memory: UnsafeMutableRawBufferPointer) {
        storage = Storage(lent: memory)
    }

    /// Whether the bytes written are still in `memory` (the memory lent at `init(lending:)`),
    /// not moved to the writer's own.
    public func isWriting(into memory: UnsafeMutableRawBufferPointer) -> Bool {
        UnsafeMutableRawPointer(storage.base) == memory.baseAddress && !storage.owned
    }

    /// The bytes written, as an array of their own.
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    /// Reads the bytes written where they lie (valid only inside `body`).
    public func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage.base, count: count))
    }

    /// Empties the writer, keeping its memory: the server writes an answer of several KiB
    /// every turn, and a fresh buffer each time was fresh memory each time (malloc and the
    /// kernel's page faults), where one writer reset between answers stays warm.
    public mutating func reset() {
        count = 0
        opensContainer = true
        afterKey = false
        failed = false
    }

    public var text: String { withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    /// Memory for the writer's bytes: its own, freed with it, or lent (never freed here).
    private final class Storage {
        let base: UnsafeMutablePointer<UInt8>
        let capacity: Int
        let owned: Bool

        init(capacity: Int) {
            base = .allocate(capacity: capacity)
            self.capacity = capacity
            owned = true
        }

        init(lent memory: UnsafeMutableRawBufferPointer) {
            // Empty lent memory is no memory: the first write moves to the writer's own.
            guard let start = memory.baseAddress, memory.count > 0 else {
                base = .allocate(capacity: 16)
                capacity = 16
                owned = true
                return
            }
            base = start.bindMemory(to: UInt8.self, capacity: memory.count)
            capacity = memory.count
            owned = false
        }

        deinit { if owned { base.deallocate() } }
    }

    /// Where the next `extra` bytes go: room for them is made first if need be (the storage
    /// grown, or copied when another writer shares it). The caller stores the bytes and adds
    /// what it wrote to `count`.
    @inline(__always)
    private mutating func room(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if _slowPath(count + extra > storage.capacity || !isKnownUniquelyReferenced(&storage)) {
            grow(toHold: count + extra)
        }
        return storage.base + count
    }

    private mutating func grow(toHold needed: Int) {
        let grown = Storage(capacity: max(needed, storage.capacity * 2))
        grown.base.update(from: storage.base, count: count)
        storage = grown
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        room(1).pointee = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress, source.count > 0 else { return }
        room(source.count).update(from: from, count: source.count)
        count += source.count
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    // MARK: Containers

    public mutating func beginObject() {
        beforeValue()
        append(UInt8(ascii: "{"))
        opensContainer = true
    }

    public mutating func endObject() {
        append(UInt8(ascii: "}"))
        opensContainer = false
    }

    public mutating func beginArray() {
        beforeValue()
        append(UInt8(ascii: "["))
        opensContainer = true
    }

    public mutating func endArray() {
        append(UInt8(ascii: "]"))
        opensContainer = false
    }

    /// A key of one of Curio's own types: plain ASCII, needing no escapes.
    /// Written with one reservation (it is the most frequent write).
    public mutating func key(_ name: StaticString) {
        let comma = !opensContainer
        name.withUTF8Buffer { name in
            let to = room(name.count + 4)
            var at = 0
            if comma {
                to[0] = UInt8(ascii: ",")
                at = 1
            }
            to[at] = UInt8(ascii: "\"")
            if let from = name.baseAddress { (to + at + 1).update(from: from, count: name.count) }
            to[at + 1 + name.count] = UInt8(ascii: "\"")
            to[at + 2 + name.count] = UInt8(ascii: ":")
            count += at + 3 + name.count
        }
        opensContainer = false
        afterKey = true
    }

    /// A key from data (a fact's name), escaped like any string.
    public mutating func key(escaping name: String) {
        if !opensContainer { append(UInt8(ascii: ",")) }
        opensContainer = false
        appendQuoted(name)
        append(UInt8(ascii: ":"))
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
        appendDigits(value.magnitude, negative: value < 0)
    }

    /// A whole number's digits, with a "-" before them when `negative`.
    private mutating func appendDigits(_ magnitude: UInt, negative: Bool) {
        // The digits counted against powers of ten, then written backwards from the last, each
        // a division by the constant 10 (a multiplication): no scratch array, and no division by
        // a power of ten that changes from digit to digit.
        var digits = 1
        var limit: UInt = 10
        while digits < 20 && magnitude >= limit {
            digits += 1
            limit = limit &* 10
        }
        let to = room(digits + 1)
        var at = 0
        if negative {
            to[0] = UInt8(ascii: "-")
            at = 1
        }
        var rest = magnitude
        var index = at + digits - 1
        while index >= at {
            to[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
            index -= 1
        }
        count += at + digits
    }

    /// Foundation's form: the shortest text that reads back the same, without a trailing
    /// ".0" (8.0 is written 8).
    public mutating func double(_ value: Double) {
        guard value.isFinite else {
            failed = true
            beforeValue()
            append("null")
            return
        }
        beforeValue()
        if appendShortForm(of: value) { return }
        // The description is ASCII: its ".0" is found and left out byte by byte.
        var text = value.description
        text.withUTF8 { utf8 in
            let whole = utf8.count >= 2 && utf8[utf8.count - 2] == UInt8(ascii: ".") && utf8[utf8.count - 1] == UInt8(ascii: "0")
            append(UnsafeBufferPointer(rebasing: utf8[..<(whole ? utf8.count - 2 : utf8.count)]))
        }
    }

    /// The numbers answers carry (a baby's age in weeks, weeks of pregnancy, a summary's times
    /// in seconds) written as digits, exactly as `double` writes their description, without
    /// making the description: `Double.description` (a general shortest-digits algorithm and a
    /// fresh string) was most of writing an answer's facts and a summary's times. Answers
    /// false, having written nothing, for a number it does not settle; `double` then writes its
    /// description.
    ///
    /// The description is the shortest decimal that reads back to the value, and of several
    /// that short the nearest to it; it has no exponent between 2^-10 and 2^53. A whole number
    /// there is its digits. Otherwise the decimals are tried from one up: at each count, the few
    /// numbers n around value × 10^k (those that can lie in the value's rounding interval) are
    /// read back as `Double(n) / 10^k`, which is exactly what the text "n / 10^k" reads back as
    /// (n and 10^k are exact, the division correctly rounded); the first count with one that
    /// reads back gives the digits, the nearest by the exact remainder of value × 10^k (a fused
    /// multiply-add) when there are two. A tie, or n past 2^53, is left to the description.
    /// `numbersAreWrittenAsTheirDescriptionIs` holds the two together.
    private mutating func appendShortForm(of value: Double) -> Bool {
        let magnitude = value.magnitude
        guard magnitude < 0x1p53, magnitude >= 0x1p-10 || value == 0, value != 0 || value.sign == .plus else { return false }
        if magnitude.rounded(.towardZero) == magnitude {
            appendDigits(UInt(magnitude), negative: value < 0)
            return true
        }
        guard let (digits, decimals) = Self.shortestDecimal(magnitude) else { return false }
        var power: UInt64 = 1
        for _ in 0..<decimals { power *= 10 }
        appendDigits(UInt(digits / power), negative: value < 0)
        // The decimals, zeros first where the fraction has fewer digits (0.05).
        let to = room(decimals + 1)
        to[0] = UInt8(ascii: ".")
        var fraction = digits % power
        for index in stride(from: decimals, to: 0, by: -1) {
            to[index] = UInt8(ascii: "0") + UInt8(fraction % 10)
            fraction /= 10
        }
        count += decimals + 1
        return true
    }

    /// The shortest decimal that reads back to `magnitude` (not whole, between 2^-10 and 2^53)
    /// as its digits and its number of decimals; nil when it is not settled here (see
    /// `appendShortForm(of:)`).
    private static func shortestDecimal(_ magnitude: Double) -> (digits: UInt64, decimals: Int)? {
        let spacing = magnitude.ulp
        var scale = 1.0
        for decimals in 1...17 {
            scale *= 10
            let scaled = magnitude * scale
            guard scaled < 0x1p53 else { return nil }
            // magnitude × scale - scaled, exactly: where the exact product lies beside `scaled`.
            let remainder = (-scaled).addingProduct(magnitude, scale)
            // A number that reads back lies within half the value's spacing (times the scale)
            // of the exact product, and so does the nearest whole number then: when that is
            // farther, there is none at this count (most counts, told without dividing).
            guard ((scaled.rounded() - scaled) - remainder).magnitude <= spacing * scale else { continue }
            let floor = scaled.rounded(.down)
            var best = -1.0
            var bestDistance = Double.infinity
            var tie = false
            // The value's rounding interval is at most two units wide here (scaled < 2^53).
            var candidate = floor - 2
            while candidate <= floor + 2 {
                if candidate > 0, candidate / scale == magnitude {
                    let distance = ((candidate - scaled) - remainder).magnitude
                    if distance < bestDistance {
                        (best, bestDistance, tie) = (candidate, distance, false)
                    } else if distance == bestDistance {
                        tie = true
                    }
                }
                candidate += 1
            }
            if best >= 0 { return tie ? nil : (UInt64(best), decimals) }
        }
        return nil
    }

    /// Text that is JSON already, as it is (the encoding error's line).
    mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// A whole value already written as JSON (see `EncodedJSON`).
    mutating func appendRaw(_ value: [UInt8]) {
        beforeValue()
        value.withUnsafeBufferPointer { append($0) }
    }

    public mutating func bool(_ value: Bool) {
        beforeValue()
        if value { append("true") } else { append("false") }
    }

    // MARK: Helpers

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
        } else if !opensContainer {
            append(UInt8(ascii: ","))
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
    /// Nearly all text needs no escape: it is found so eight bytes at a time and copied whole.
    private mutating func appendQuoted(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            let escapeAt = Self.firstEscape(in: utf8)
            guard escapeAt < utf8.count else {
                let to = room(utf8.count + 2)
                to[0] = UInt8(ascii: "\"")
                if let from = utf8.baseAddress { (to + 1).update(from: from, count: utf8.count) }
                to[utf8.count + 1] = UInt8(ascii: "\"")
                count += utf8.count + 2
                return
            }
            append(UInt8(ascii: "\""))
            appendEscaping(utf8, from: escapeAt)
            append(UInt8(ascii: "\""))
        }
    }

    /// Where the first byte needing an escape is in `utf8` (its count if none).
    private static func firstEscape(in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        if let base = utf8.baseAddress {
            while index + 8 <= utf8.count, !needsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return index }
            index += 1
        }
        return index
    }

    /// The text of `utf8`, escaped, knowing nothing before `first` needs an escape.
    private mutating func appendEscaping(_ utf8: UnsafeBufferPointer<UInt8>, from first: Int) {
        var start = 0
        var index = first
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
            append(UnsafeBufferPointer(rebasing: utf8[start..<escapeAt]))
            start = index
            append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
            case 0x08: append(UInt8(ascii: "b"))
            case 0x09: append(UInt8(ascii: "t"))
            case 0x0A: append(UInt8(ascii: "n"))
            case 0x0C: append(UInt8(ascii: "f"))
            case 0x0D: append(UInt8(ascii: "r"))
            default:
                append(UInt8(ascii: "u"))
                append(UInt8(ascii: "0"))
                append(UInt8(ascii: "0"))
                append(Self.hex[Int(byte >> 4)])
                append(Self.hex[Int(byte & 0x0F)])
            }
        }
        append(UnsafeBufferPointer(rebasing: utf8[start...]))
    }
}
