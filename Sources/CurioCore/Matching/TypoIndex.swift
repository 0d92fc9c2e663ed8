/// Finds the lexicon word a misspelt token was meant to be ("brusie" → "bruise",
/// "depresion" → "depression").
///
/// Lexicon words are bucketed by first letter and length, so a lookup compares the token,
/// byte by byte and without allocating, with the few words that share its first letter and
/// are at most one letter longer or shorter.
///
/// Guards keep short words from matching everything: only tokens of `minimumLength` letters
/// or more are corrected, the first letter must agree, at most one edit (an adjacent swap
/// counts as one), the closest word must be unique, and real words listed in
/// `plain-words.txt` are never corrected.
struct TypoIndex: Sendable {
    var minimumLength = 5
    private static let longest = 40
    /// [first letter a-z][length] → lexicon words as bytes.
    private var buckets: [[[[UInt8]]]] = Array(repeating: Array(repeating: [], count: TypoIndex.longest + 2), count: 26)
    private var plainWords: Set<String> = []

    init(minimumLength: Int = 5) { self.minimumLength = minimumLength }

    mutating func add(word: String) {
        let bytes = Array(word.utf8)
        guard bytes.count >= minimumLength - 1, bytes.count <= Self.longest,
            bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
        else { return }
        let letter = Int(bytes[0] - 0x61)
        if !buckets[letter][bytes.count].contains(bytes) { buckets[letter][bytes.count].append(bytes) }
    }

    mutating func addPlain(_ word: String) { plainWords.insert(word) }

    func isPlain(_ word: String) -> Bool { plainWords.contains(word) }

    /// The lexicon word `token` is one edit away from, if exactly one is.
    func correction(of token: String) -> String? {
        var token = token
        return token.withUTF8 { correction(of: $0) }
    }

    /// As `correction(of:)` for a token's bytes (the matcher's unknown words).
    func correction(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count >= minimumLength, bytes.count < Self.longest,
            bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
        else { return nil }
        let letter = Int(bytes[0] - 0x61)
        var best: [UInt8]?
        for length in (bytes.count - 1)...(bytes.count + 1) {
            for candidate in buckets[letter][length] where Self.isOneEdit(bytes, candidate) {
                if best != nil, best! != candidate { return nil }  // ambiguous: leave it
                best = candidate
            }
        }
        guard let best, !plainWords.contains(String(decoding: bytes, as: UTF8.self)) else { return nil }
        return String(decoding: best, as: UTF8.self)
    }

    /// Damerau distance exactly 1: one substitution, insertion, deletion or adjacent swap.
    static func isOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
        if a.count == b.count {
            var first = -1
            var second = -1
            for i in 0..<a.count where a[i] != b[i] {
                if first < 0 { first = i } else if second < 0 { second = i } else { return false }
            }
            if first < 0 { return false }
            if second < 0 { return true }
            return second == first + 1 && a[first] == b[second] && a[second] == b[first]
        }
        return b.withUnsafeBufferPointer { b in
            if a.count == b.count + 1 { return oneDeletion(long: a, short: b) }
            if b.count == a.count + 1 { return oneDeletion(long: b, short: a) }
            return false
        }
    }

    private static func oneDeletion(long: UnsafeBufferPointer<UInt8>, short: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < short.count, long[i] == short[i] { i += 1 }
        return long[(i + 1)...].elementsEqual(short[i...])
    }
}

/// In this file because the buckets are private.
extension TypoIndex: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(minimumLength)
        snapshot.write(buckets)
        snapshot.write(plainWords)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> TypoIndex {
        var index = TypoIndex(minimumLength: try snapshot.read())
        index.buckets = try snapshot.read()
        index.plainWords = try snapshot.read()
        guard index.buckets.count == 26, index.buckets.allSatisfy({ $0.count == Self.longest + 2 }) else {
            throw SnapshotReader.Failure.corrupt("typo buckets of the wrong shape")
        }
        return index
    }
}
