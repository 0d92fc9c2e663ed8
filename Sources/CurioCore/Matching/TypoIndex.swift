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
    /// The buckets laid out flat, derived from `buckets` and never stored: bucket b (`letter *
    /// (longest + 2) + length`) holds `runs[b].count` words of its length, one after another,
    /// from `letters[runs[b].from]`. Every unknown word of five letters or more is compared
    /// with a few hundred words; reading them from one array, not an array per word, took
    /// a pointer chase (usually a cache miss) and a retain away from each comparison.
    private var letters: [UInt8] = []
    private var runs: [Run] = []
    /// Per word of `letters`, in the same order, the letters it holds as bits (`letterSet`):
    /// one edit changes a word's set of letters by two letters at most, so a word whose set
    /// differs from the token's by more is passed over without comparing it byte by byte
    /// (most of a bucket's words, and most of the cost of a correction).
    private var letterSets: [UInt32] = []

    private struct Run: Sendable {
        var from: Int32
        var count: Int32
        /// The bucket's first word's index in `letterSets`.
        var word: Int32 = 0
    }

    init(minimumLength: Int = 5) { self.minimumLength = minimumLength }

    mutating func add(word: String) {
        let bytes = Array(word.utf8)
        guard bytes.count >= minimumLength - 1, bytes.count <= Self.longest,
            bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
        else { return }
        let letter = Int(bytes[0] - 0x61)
        if !buckets[letter][bytes.count].contains(bytes) {
            buckets[letter][bytes.count].append(bytes)
            runs = []  // to be laid out again (`seal`)
        }
    }

    /// Lays the buckets out flat (`letters`, `runs`); the loader calls it after the last
    /// `add`. Until then each lookup lays out a copy (correct, but slow).
    mutating func seal() {
        var letters: [UInt8] = []
        var runs: [Run] = []
        var letterSets: [UInt32] = []
        runs.reserveCapacity(26 * (Self.longest + 2))
        for letter in buckets {
            for bucket in letter {
                runs.append(Run(from: Int32(letters.count), count: Int32(bucket.count), word: Int32(letterSets.count)))
                for word in bucket {
                    letters += word
                    letterSets.append(word.withUnsafeBufferPointer(Self.letterSet))
                }
            }
        }
        self.letters = letters
        self.runs = runs
        self.letterSets = letterSets
    }

    /// The letters a-z of `word` as bits (bit 0: "a").
    @inline(__always)
    static func letterSet(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var set: UInt32 = 0
        for b in word { set |= 1 << UInt32((b &- 0x61) & 31) }
        return set
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
        guard !runs.isEmpty else {
            var sealed = self
            sealed.seal()
            return sealed.correction(of: bytes)
        }
        let letter = Int(bytes[0] - 0x61)
        // The words of one bucket are distinct, and a word is one edit from the token in one
        // bucket at most: a second word found is another word, and the token is ambiguous.
        var best: UnsafeBufferPointer<UInt8>?
        let tokenSet = Self.letterSet(bytes)
        letters.withUnsafeBufferPointer { letters in
            letterSets.withUnsafeBufferPointer { letterSets in
                for length in (bytes.count - 1)...(bytes.count + 1) {
                    let run = runs[letter * (Self.longest + 2) + length]
                    var from = Int(run.from)
                    var word = Int(run.word)
                    for _ in 0..<Int(run.count) {
                        let candidate = UnsafeBufferPointer(rebasing: letters[from..<(from + length)])
                        from += length
                        let set = letterSets[word]
                        word += 1
                        guard (set ^ tokenSet).nonzeroBitCount <= 2, Self.isOneEdit(bytes, candidate) else { continue }
                        if best != nil {
                            best = UnsafeBufferPointer(start: nil, count: 0)  // ambiguous: leave it
                            return
                        }
                        best = candidate
                    }
                }
            }
        }
        guard let best, best.baseAddress != nil, !plainWords.contains(String(decoding: bytes, as: UTF8.self)) else { return nil }
        return String(decoding: best, as: UTF8.self)
    }

    /// Damerau distance exactly 1: one substitution, insertion, deletion or adjacent swap.
    static func isOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { isOneEdit(a, $0) }
    }

    static func isOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
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
        if a.count == b.count + 1 { return oneDeletion(long: a, short: b) }
        if b.count == a.count + 1 { return oneDeletion(long: b, short: a) }
        return false
    }

    private static func oneDeletion(long: UnsafeBufferPointer<UInt8>, short: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < short.count, long[i] == short[i] { i += 1 }
        // The rest compared in a loop: `elementsEqual` on the slices went through the generic
        // sequence iterators, a third of the cost of correcting a word.
        while i < short.count {
            if long[i + 1] != short[i] { return false }
            i += 1
        }
        return true
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
        guard index.buckets.allSatisfy({ letter in letter.indices.allSatisfy { length in letter[length].allSatisfy { $0.count == length } } }) else {
            throw SnapshotReader.Failure.corrupt("a typo bucket holding a word of another length")
        }
        index.seal()
        return index
    }
}
