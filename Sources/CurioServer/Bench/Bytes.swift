#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes: Foundation's `contains`/`range(of:)` on Linux goes
/// through CFString and cost the benchmark client more CPU than the server it measures.
enum Bytes {
    /// A byte string to look for, with Horspool's skip table made once: on a mismatch the
    /// search moves on by how far the window's last byte is from the needle's end, so a 4.6 KiB
    /// answer costs a few hundred comparisons rather than one per byte.
    struct Needle: Sendable {
        let bytes: [UInt8]
        let shift: [Int]

        init(_ text: String) {
            bytes = Array(text.utf8)
            var shift = [Int](repeating: bytes.count, count: 256)
            for (index, byte) in bytes.dropLast().enumerated() { shift[Int(byte)] = bytes.count - 1 - index }
            self.shift = shift
        }
    }

    static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: Needle) -> Bool {
        guard let last = needle.bytes.last else { return true }
        var end = needle.bytes.count - 1
        while end < haystack.count {
            let byte = haystack[end]
            if byte == last, haystack[(end + 1 - needle.bytes.count)...end].elementsEqual(needle.bytes) { return true }
            end += needle.shift[Int(byte)]
        }
        return false
    }

    /// The byte offset just after the first occurrence of `needle`.
    static func offset(of needle: String, in text: String) -> Int? {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
        var index = 0
        while index <= haystack.count - pattern.count {
            if haystack[index] == pattern[0], haystack[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index + pattern.count
            }
            index += 1
        }
        return nil
    }
}

