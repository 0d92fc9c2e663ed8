/// Splits an utterance into tokens in one pass over its UTF-8 bytes.
///
/// Why bytes: the matcher must handle hundreds of thousands of utterances a second, and the
/// only normalisation it needs is ASCII lowercasing, apostrophes and a handful of typographic
/// marks. Letters outside ASCII stay part of their word unchanged.
///
/// Conventions: a hyphen inside a word separates words without being a boundary
/// ("six-week-old" is three words); a dash between spaces, an en or em dash is a clause
/// boundary `-`; "n't" stays on its word ("can't" is `cant`); "'s" is dropped ("dad's" is
/// `dad`; after a pronoun or a carer named and before an "-ing" word it is `is`, see
/// `ShorthandRules`); "'m", "'re", "'ve", "'ll", "'d" become `am`, `are`, `have`, `will`,
/// `would`.
enum Tokenizer {
    /// With `known`, each word the lexicon knows gets its key and value here, from the bytes
    /// at hand (`Token.lookedUp`), rather than by hashing its `String` afterwards.
    static func tokens(_ text: String, known: KnownWords? = nil, shorthand: ShorthandRules = ShorthandRules()) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokens(bytes: $0, known: known, shorthand: shorthand) }
    }

    static func tokens(bytes: UnsafeBufferPointer<UInt8>, known: KnownWords? = nil, shorthand: ShorthandRules = ShorthandRules()) -> [Token] {
        // A word's lowercased bytes are gathered in scratch memory rather than an array: the
        // array's uniqueness and capacity checks on every byte, and emptying it after every
        // word, were a fifth of tokenizing. A word is never longer than the text (a symbol's
        // word is flushed on its own), so the text's length is room enough.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { scratch in
            // Every word is looked up through one reader of the table (see `KnownWords.Reader`).
            guard let known else { return tokens(bytes: bytes, scratch: scratch.baseAddress!, known: nil, shorthand: shorthand) }
            return known.withReader { reader in
                tokens(bytes: bytes, scratch: scratch.baseAddress!, known: reader, shorthand: shorthand)
            }
        }
    }

    private static func tokens(
        bytes: UnsafeBufferPointer<UInt8>, scratch word: UnsafeMutablePointer<UInt8>, known: KnownWords.Reader?, shorthand: ShorthandRules
    ) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(bytes.count / 3 + 4)  // about one token per four bytes; rarely outgrown
        var length = 0
        var wordStart = 0
        var i = 0
        let n = bytes.count

        func flushWord(_ end: Int) {
            guard length > 0 else { return }
            // "shes shaking him", "dads hitting him": a subject's "'s" typed without its
            // apostrophe, read as "she is", as "she's" is (`ShorthandRules.unmarkedIsSubject`).
            if word[length - 1] == UInt8(ascii: "s"), let subject = shorthand.unmarkedIsSubject(UnsafeBufferPointer(start: word, count: length)),
                Self.makesIs(bytes, from: end, shorthand: shorthand)
            {
                let subjectStart = wordStart
                length = subject
                flushWord(end)
                result.append(Token(kind: .word, start: subjectStart, end: end, text: "is"))
                return
            }
            let letters = UnsafeBufferPointer(start: word, count: length)
            // Built in place: a `Token` made first and then appended was copied (its string
            // retained and released) on the way. A known word's text is the table's string.
            if let found = known?.entry(letters) {
                result.append(Token(kind: .word, start: wordStart, end: end, text: found.text,
                    value: found.word.value, key: found.word.key, lookedUp: true))
            } else {
                result.append(Token(kind: .word, start: wordStart, end: end, text: String(decoding: letters, as: UTF8.self),
                    lookedUp: known != nil))
            }
            length = 0
        }
        func flushSymbol(_ text: String, _ end: Int) {
            guard !text.isEmpty else { return }
            let found = known?.find(text)
            result.append(Token(kind: .word, start: wordStart, end: end, text: text,
                value: found?.value ?? 0, key: found?.key ?? Vocabulary.unknown, lookedUp: known != nil))
        }
        func append(_ b: UInt8) {
            word[length] = b
            length += 1
        }
        /// The words of slashed shorthand whose slash is at `slash`, after the word being read
        /// (ASCII letters only), and where it ends: the letters after the slash must end the
        /// word there ("w/o", "w/ 3wk", "w/3wk"; not "w/out", not "and/or").
        func slashed(at slash: Int) -> (words: [String], end: Int)? {
            let before = UnsafeBufferPointer(start: word, count: length)
            guard before.allSatisfy({ $0 < 0x80 }) else { return nil }
            var j = slash + 1
            while j < n, j - slash - 1 < ShorthandRules.longestSlashedPart + 1, bytes[j] < 0x80, isLetter(bytes[j]) { j += 1 }
            guard j - slash - 1 <= ShorthandRules.longestSlashedPart, !(j < n && isLetter(bytes[j])) else { return nil }
            let after = UnsafeBufferPointer(rebasing: bytes[(slash + 1)..<j])
            guard let words = shorthand.slashedWords(before: before, after: after) else { return nil }
            return (words, j)
        }
        func punct(_ mark: String, _ start: Int, _ end: Int) {
            result.append(Token(kind: .punctuation, start: start, end: end, text: mark))
        }
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80 }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        /// Length of an apostrophe at `j` (ASCII ' or U+2019 / U+2018), else 0.
        func apostrophe(_ j: Int) -> Int {
            guard j < n else { return 0 }
            if bytes[j] == 0x27 { return 1 }
            if bytes[j] == 0xE2, j + 2 < n, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99 || bytes[j + 2] == 0x98 { return 3 }
            return 0
        }

        // A space ends a word and is nothing itself (unless the shorthand reads it as a word,
        // which no lexicon does): it skips the tests below, one after another, for the most
        // common byte between words.
        let spaceIsSymbol = shorthand.symbol(0x20) != nil
        while i < n {
            let b = bytes[i]
            if b == 0x20, !spaceIsSymbol {
                flushWord(i)
                i += 1
                continue
            }
            if isLetter(b) && !(b >= 0x80 && isMarkStart(bytes, i)) {
                if length == 0 { wordStart = i }
                append(b >= 0x80 ? b : b | 0x20)
                i += 1
                // The rest of an ASCII word in a tight loop.
                while i < n, (bytes[i] | 0x20) >= 0x61, (bytes[i] | 0x20) <= 0x7A {
                    append(bytes[i] | 0x20)
                    i += 1
                }
                continue
            }
            let apos = apostrophe(i)
            if apos > 0, length > 0, i + apos < n, isLetter(bytes[i + apos]) {
                // A contraction or possessive: read the letters after the apostrophe, in place.
                let from = i + apos
                var j = from
                while j < n, isLetter(bytes[j]), bytes[j] < 0x80 { j += 1 }
                let tail = Self.contractionTail(bytes, from: from, to: j)
                switch tail {
                case .s:
                    if shorthand.mayBeIs(after: UnsafeBufferPointer(start: word, count: length)),
                       Self.makesIs(bytes, from: j, shorthand: shorthand) {
                        // Its span starts with the pronoun's, so evidence quoting a cue that
                        // begins at "is" reads "he's shaking the baby", not "'s shaking".
                        let subjectStart = wordStart
                        flushWord(i)
                        result.append(Token(kind: .word, start: subjectStart, end: j, text: "is"))
                    } else {
                        let count = result.count
                        flushWord(i)
                        if result.count > count { result[result.count - 1].possessive = true }
                    }
                case .t:
                    for k in from..<j { append(bytes[k] | 0x20) }
                    flushWord(j)
                case .m, .re, .ve, .ll, .d:
                    flushWord(i)
                    var expanded = switch tail {
                    case .m: "am"
                    case .re: "are"
                    case .ve: "have"
                    case .ll: "will"
                    default: "would"
                    }
                    if tail == .d, shorthand.isParticiple(Self.nextWord(bytes, from: j, skipping: shorthand.adverbs)) {
                        expanded = "had"  // "she'd had thoughts", "he'd been drinking": no hypothetical
                    }
                    result.append(Token(kind: .word, start: i, end: j, text: expanded))
                case .other:
                    for k in from..<j { append(bytes[k] | 0x20) }  // O'Brien, o'clock
                    flushWord(j)
                }
                i = j
                continue
            }
            if b == 0x2D, length > 0, i + 1 < n, isLetter(bytes[i + 1]) {
                // A hyphen inside a word: the words stay in one clause.
                flushWord(i)
                i += 1
                continue
            }
            if b == 0x2F, length > 0, length <= ShorthandRules.longestSlashedPart, shorthand.hasSlashed,
                i - wordStart == length, let (words, end) = slashed(at: i) {
                // "w/o", "w/", "h/o": the words they stand for, each spanning the shorthand
                // (from `wordStart`, as a symbol's word does).
                length = 0
                for text in words { flushSymbol(text, end) }
                i = end
                continue
            }
            flushWord(i)
            if isDigit(b) {
                var j = i
                var value = 0.0
                while j < n, isDigit(bytes[j]), j - i < 12 { value = value * 10 + Double(bytes[j] - 0x30); j += 1 }
                while j < n, isDigit(bytes[j]) { j += 1 }
                if j + 1 < n, bytes[j] == 0x2E, isDigit(bytes[j + 1]) {
                    var scale = 0.1
                    j += 1
                    while j < n, isDigit(bytes[j]) {
                        value += Double(bytes[j] - 0x30) * scale
                        scale /= 10
                        j += 1
                    }
                }
                var token = Token(kind: .number, start: i, end: j, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self))
                token.value = value
                result.append(token)
                i = j
                continue
            }
            if let symbol = shorthand.symbol(b), !(i + 1 < n && isDigit(bytes[i + 1])) {
                // A symbol read as a word (`ShorthandRules`); a trailing "s" makes it plural.
                let plural = i + 1 < n && bytes[i + 1] | 0x20 == 0x73 && !(i + 2 < n && isLetter(bytes[i + 2]))
                let end = i + (plural ? 2 : 1)
                wordStart = i
                flushSymbol(plural ? symbol.plural : symbol.word, end)
                i = end
                continue
            }
            switch b {
            case 0x2E, 0x21, 0x3B, 0x3A, 0x2C, 0x3F, 0x2F, 0x28, 0x29, 0x2B, 0x26:
                // . ! ; : , ? / ( ) + &
                var token = Token(kind: .punctuation, start: i, end: i + 1, text: b == 0x21 ? "." : asciiMarks[Int(b)])
                token.attachedToNext = i + 1 < n && isLetter(bytes[i + 1])
                result.append(token)
                i += 1
            case 0x2D:
                // A free-standing dash (or "--") is a clause boundary; a minus before a digit
                // or a hyphen between digits is kept as `-` too.
                var j = i
                while j < n, bytes[j] == 0x2D { j += 1 }
                // "6-week-old", "3-month": a hyphen joining a number to a word is part of the
                // words, not a boundary (the age reader still sees the `-`).
                var token = Token(kind: .punctuation, start: i, end: j, text: "-")
                token.attachedToNext = j == i + 1 && i > 0 && isDigit(bytes[i - 1]) && j < n && isLetter(bytes[j])
                result.append(token)
                i = j
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80:
                let c = bytes[i + 2]
                if c == 0x93 || c == 0x94 { punct("-", i, i + 3) }       // en / em dash
                else if c == 0xA6 { punct(".", i, i + 3) }               // ellipsis
                i += 3                                                   // quotes, apostrophes: dropped
            case 0xC2 where i + 1 < n && (bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB):
                i += 2                                                   // no-break space, guillemets
            default:
                i += 1                                                   // spaces, quotes, other marks
            }
        }
        flushWord(n)
        return result
    }

    /// The letters after an apostrophe that the tokenizer reads specially ("'s", "n't", "'m",
    /// "'re", "'ve", "'ll", "'d"), or `other`.
    enum ContractionTail: Equatable {
        case s, t, m, re, ve, ll, d, other
    }

    /// The tail of ASCII letters `bytes[from..<to]`, in any case. Read from the bytes in place:
    /// gathering them into an array and a string first was an allocation for every
    /// apostrophe of every utterance.
    static func contractionTail(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> ContractionTail {
        guard to - from >= 1, to - from <= 2 else { return .other }
        let first = bytes[from] | 0x20
        if to - from == 1 {
            switch first {
            case UInt8(ascii: "s"): return .s
            case UInt8(ascii: "t"): return .t
            case UInt8(ascii: "m"): return .m
            case UInt8(ascii: "d"): return .d
            default: return .other
            }
        }
        switch (first, bytes[from + 1] | 0x20) {
        case (UInt8(ascii: "r"), UInt8(ascii: "e")): return .re
        case (UInt8(ascii: "v"), UInt8(ascii: "e")): return .ve
        case (UInt8(ascii: "l"), UInt8(ascii: "l")): return .ll
        default: return .other
        }
    }

    /// Every ASCII byte as a one-character string, made once: building the string for each
    /// punctuation mark of every utterance showed in profiles.
    private static let asciiMarks: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Whether the word after `index` (past spaces and `is_before`'s adverbs) makes "'s" "is",
    /// read in place: asked after every "mum's" and "dad's", an array and a string for each
    /// word showed in the matcher's instruction counts.
    private static func makesIs(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, shorthand: ShorthandRules) -> Bool {
        var j = index
        while true {
            while j < bytes.count, bytes[j] == UInt8(ascii: " ") { j += 1 }
            let start = j
            while j < bytes.count, (bytes[j] | 0x20) >= 0x61, (bytes[j] | 0x20) <= 0x7A { j += 1 }
            guard j > start else { return false }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<j])
            if !shorthand.isIsAdverb(word) { return shorthand.makesIs(word) }
        }
    }

    /// The ASCII letters of the verb after `index` (past spaces and the adverbs `skipping`,
    /// such as those that go with "had" and "would" alike), lowercased.
    private static func nextWord(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, skipping adverbs: Set<String>) -> [UInt8] {
        var j = index
        var word: [UInt8] = []
        repeat {
            while j < bytes.count, bytes[j] == UInt8(ascii: " ") { j += 1 }
            word.removeAll()
            while j < bytes.count, (bytes[j] | 0x20) >= 0x61, (bytes[j] | 0x20) <= 0x7A { word.append(bytes[j] | 0x20); j += 1 }
        } while !word.isEmpty && adverbs.contains(String(decoding: word, as: UTF8.self))
        return word
    }

    /// Typographic marks that start with a non-ASCII byte but are not letters.
    private static func isMarkStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b == 0xE2, i + 1 < bytes.count, bytes[i + 1] == 0x80 { return true }
        if b == 0xC2, i + 1 < bytes.count, [0xA0, 0xAB, 0xBB].contains(bytes[i + 1]) { return true }
        return false
    }
}
