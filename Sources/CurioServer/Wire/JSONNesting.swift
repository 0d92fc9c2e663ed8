/// How deeply a JSON text nests arrays and objects, counted without parsing it.
///
/// A request is a flat object; a line of 64 KiB of `[` would make a recursive parser recurse
/// 64 K times, which can overflow a thread pool thread's stack and take every session down
/// with the process. Lines nesting deeper than `limit` are refused before any parser sees them.
enum JSONNesting {
    /// Far more than any request needs (they nest two levels), far less than a stack can take.
    static let limit = 32

    /// Whether the text nests deeper than `limit` (brackets inside strings do not count).
    static func isTooDeep(_ text: Substring.UTF8View, limit: Int = JSONNesting.limit) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in text {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return false
    }
}
