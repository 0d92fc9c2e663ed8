import CurioCore

/// A request line read without Foundation, for the common case: one flat JSON object whose
/// values are strings (or, for `id`, a plain integer). Answers nil for anything else (nesting,
/// `null`, booleans, fractions, a repeated key, a field of the wrong type, broken JSON), and
/// the line is then read by `JSONDecoder`, which also says what is wrong with it.
///
/// Why: `JSONDecoder` cost the server about a tenth of each turn. What this reads, it reads
/// exactly as `JSONDecoder` would (`FlatRequestTests` compares the two on thousands of lines).
enum FlatRequest {
    static func parse(_ line: String) -> WireRequest? {
        var line = line
        return line.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.request()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        /// A key of a request: the four the server reads, `id`, or any other (still required
        /// to hold a string, and not to be repeated, as `JSONDecoder` would have it).
        enum Key: Equatable {
            case op, session, text, dialogue, id
            case other(String)

            init(_ name: String) {
                switch name {
                case "op": self = .op
                case "session": self = .session
                case "text": self = .text
                case "dialogue": self = .dialogue
                case "id": self = .id
                default: self = .other(name)
                }
            }

            /// A key without escapes, told from its bytes: no `String`, no hashing.
            init(bytes: UnsafeBufferPointer<UInt8>) {
                func named(_ name: StaticString) -> Bool {
                    name.utf8CodeUnitCount == bytes.count
                        && name.withUTF8Buffer { $0.elementsEqual(bytes) }
                }
                if named("op") {
                    self = .op
                } else if named("session") {
                    self = .session
                } else if named("text") {
                    self = .text
                } else if named("dialogue") {
                    self = .dialogue
                } else if named("id") {
                    self = .id
                } else {
                    self = .other(String(decoding: bytes, as: UTF8.self))
                }
            }
        }

        mutating func request() -> WireRequest? {
            // The fields in slots of their own: a dictionary hashed every key of every line.
            var op: String?
            var session: String?
            var text: String?
            var dialogue: String?
            var others: [String] = []
            var id: BatchLine.ID?
            var seenID = false
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            skipSpace()
            if !take(UInt8(ascii: "}")) {
                while true {
                    guard let key = key() else { return nil }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return nil }
                    skipSpace()
                    if key == .id {
                        guard !seenID else { return nil }
                        seenID = true
                        if peek == UInt8(ascii: "\"") {
                            guard let text = string() else { return nil }
                            id = .text(text)
                        } else {
                            guard let number = integer() else { return nil }
                            id = .number(number)
                        }
                    } else {
                        // Every other value must be a string too (unknown keys included), and
                        // no key may come twice.
                        guard let value = string() else { return nil }
                        switch key {
                        case .op where op == nil: op = value
                        case .session where session == nil: session = value
                        case .text where text == nil: text = value
                        case .dialogue where dialogue == nil: dialogue = value
                        case .other(let name) where !others.contains(name): others.append(name)
                        default: return nil
                        }
                    }
                    skipSpace()
                    if take(UInt8(ascii: ",")) {
                        skipSpace()
                        continue
                    }
                    guard take(UInt8(ascii: "}")) else { return nil }
                    break
                }
            }
            skipSpace()
            guard index == bytes.count, let op else { return nil }
            return WireRequest(op: op, session: session, text: text, dialogue: dialogue, id: id)
        }

        /// A key: read from its bytes when it has no escapes, else decoded as any string.
        mutating func key() -> Key? {
            guard peek == UInt8(ascii: "\"") else { return nil }
            let quote = index
            index += 1
            let start = index
            while let byte = peek, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                guard byte >= 0x20 else { return nil }
                index += 1
            }
            if peek == UInt8(ascii: "\"") {
                let name = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return Key(bytes: name)
            }
            index = quote
            return string().map(Key.init)
        }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            index += 1
            return true
        }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        /// A JSON integer without fraction or exponent that fits an `Int`; no "-0".
        mutating func integer() -> Int? {
            let start = index
            let negative = take(UInt8(ascii: "-"))
            let digitsStart = index
            while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
            let digits = index - digitsStart
            guard digits > 0, digits <= 19 else { return nil }  // longer never fits an Int
            if bytes[digitsStart] == UInt8(ascii: "0") && (digits > 1 || negative) { return nil }
            if let byte = peek, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { return nil }
            return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        }

        /// A JSON string; nil for unescaped control characters, bad escapes and lone surrogates.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            // The usual case: no escapes, so the bytes are the string.
            while let byte = peek, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                guard byte >= 0x20 else { return nil }
                index += 1
            }
            guard let stop = peek else { return nil }
            if stop == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
            }
            var scalars = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            while let byte = peek {
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return scalars
                case UInt8(ascii: "\\"):
                    guard let scalar = escaped() else { return nil }
                    scalars.unicodeScalars.append(scalar)
                case ..<0x20:
                    return nil
                default:
                    // Copy the run of plain bytes up to the next quote or backslash at once.
                    let runStart = index - 1
                    while let next = peek, next != UInt8(ascii: "\""), next != UInt8(ascii: "\\") {
                        guard next >= 0x20 else { return nil }
                        index += 1
                    }
                    scalars += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                }
            }
            return nil
        }

        /// The character after a backslash (already taken).
        mutating func escaped() -> Unicode.Scalar? {
            guard let byte = peek else { return nil }
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "/"): return "/"
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                guard let unit = hex4() else { return nil }
                switch unit {
                case 0xD800...0xDBFF:
                    guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(), (0xDC00...0xDFFF).contains(low) else {
                        return nil
                    }
                    return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                case 0xDC00...0xDFFF:
                    return nil
                default:
                    return Unicode.Scalar(unit)
                }
            default:
                return nil
            }
        }

        mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }
    }
}
