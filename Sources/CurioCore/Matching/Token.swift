/// One token of an utterance: a word, a number or a punctuation mark, with where it came from.
///
/// Tokens keep byte offsets into the original UTF-8 text so that evidence can quote the
/// practitioner's own words, while matching works on the normalised `text` and `key`.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        case number
        case punctuation
    }

    var kind: Kind
    /// Byte range in the original text.
    var start: Int
    var end: Int
    /// Lowercased ASCII form (contractions resolved, apostrophes dropped).
    var text: String
    /// The numeric value of a number token.
    var value: Double = 0
    /// The vocabulary key the word normalises to (spelling variant, ending, typo), or
    /// `Vocabulary.unknown`.
    var key: Int32 = Vocabulary.unknown
    /// Set when the token was glued to the next one without a space (as in `?bruise`); for a
    /// `-`, only when it joins a number to a word on both sides ("6-week-old").
    var attachedToNext = false
    /// Set when the tokenizer already looked the word up in the lexicon's known words (and,
    /// if found, set `key` and `value`).
    var lookedUp = false
    /// Set on a word whose "'s" the tokenizer dropped ("dad's", "the 6 week old's cheek"): what
    /// follows is its own ("old's bruising" is the baby's bruise, not a bruise's age).
    var possessive = false

    var isWord: Bool { kind == .word }
}
