/// Whether text is all ASCII, told from its bytes eight at a time.
///
/// Answers are read on every turn, and nearly all are ASCII, which lets them be read byte by
/// byte (trimmed, normalised) instead of with Unicode's tables. Asking `String.utf8` byte by
/// byte whether that holds cost more than the byte-by-byte reading it allowed.
enum ASCIIText {
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
        while index < bytes.count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isASCII($0) }
    }
}
