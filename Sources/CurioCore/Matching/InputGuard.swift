/// Decides whether an utterance is text worth matching. Empty text, text far longer than any
/// answer (the cap), and binary data (NUL bytes, or mostly control characters and U+FFFD,
/// which is what invalid UTF-8 decodes to) all get an empty result rather than a slow or
/// nonsensical one.
enum InputGuard {
    /// Longer than any consultation answer; a pasted document is not an utterance.
    static let maximumBytes = 64 * 1024

    static func accepts(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard !utf8.isEmpty, utf8.count <= maximumBytes else { return false }
        // Most utterances are printable ASCII through and through: one branch-free pass
        // (which the compiler vectorises) says so without the count below.
        if let printable = utf8.withContiguousStorageIfAvailable(Self.allPrintableASCII), printable { return true }
        // Counted on the bytes (the text is valid UTF-8): a scalar starts at every byte that
        // is not a continuation byte, control characters are single bytes, U+FFFD is EF BF BD.
        var suspicious = 0
        var total = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if byte & 0xC0 != 0x80 { total += 1 }
            switch byte {
            case 0: return false
            case 0x09, 0x0A, 0x0D: break
            case 0x01...0x1F, 0x7F: suspicious += 1
            case 0xBD where previous == (0xEF, 0xBF): suspicious += 1
            default: break
            }
            previous = (previous.1, byte)
        }
        return suspicious * 10 <= total
    }

    /// Every byte is printable ASCII (space to tilde).
    private static func allPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var outside: UInt8 = 0
        for byte in bytes { outside |= (byte &- 0x20) >= 0x5F ? 1 : 0 }
        return outside == 0
    }
}
