/// How the tokenizer reads two kinds of shorthand, from `language.yaml`:
///
/// - **symbols** read as words: clinicians write "#" for a fracture ("# of the radius", "?#
///   ribs", "rib #s"), so it is read as the word and every fracture cue and trigger applies;
///   before a digit it stays a number sign ("case #2");
/// - **"'d"**: "had" before a past participle ("she'd had thoughts of ending it all", "he'd
///   been drinking"), which states a fact, and "would" otherwise, which is hypothetical.
///   Participles are the listed words and any word with the listed ending; the listed
///   adverbs may stand between ("she'd never been seen");
/// - **slashed shorthand** read as its words: clinicians write "w/o" for without, "w/" for
///   with, "h/o" for history of (`slashed`), so "w/o any bruising" is denied like "without any
///   bruising", and the "/" is no fraction ("w/ 3wk old" is a baby of three weeks);
/// - **"'s"** after a pronoun or a carer named ("he", "dad": `is_before`'s words): "is" before
///   a word with the present participle's ending ("he's shaking the baby", "dad's still hitting
///   him"), or one of the listed words of a state ("she's drunk", "he's alone with her"), so
///   the cues written with "is" for what is happening now hold for it. Elsewhere it is dropped as before: a possessive ("dad's"), or
///   "has" ("he's got", "she's been"), which would make a past event ("he shook") read as the
///   same words as one going on now.
struct ShorthandRules: Sendable {
    /// A symbol's word, and its plural for the symbol followed by "s".
    var symbols: [UInt8: (word: String, plural: String)] = [:] {
        didSet {
            symbolMarks = (0, 0)
            for byte in symbols.keys where byte < 0x80 {
                if byte < 64 { symbolMarks.low |= 1 << UInt64(byte) } else { symbolMarks.high |= 1 << UInt64(byte - 64) }
            }
        }
    }
    /// The ASCII bytes that are symbols, as bits: the tokenizer asks about every space and
    /// mark, and hashing each into `symbols` showed in profiles.
    private var symbolMarks: (low: UInt64, high: UInt64) = (0, 0)
    var participles: Set<String> = []
    var participleEnding = ""
    var adverbs: Set<String> = []
    /// The words after which "'s" may be "is" ("he", "she", "dad" ...), the ending of the word
    /// that makes it so ("ing"), and the adverbs that may stand between ("he's still shaking").
    var isSubjects: Set<String> = [] {
        didSet { isSubjectBytes = isSubjects.sorted().map { Array($0.utf8) } }
    }
    /// `isSubjects` as bytes: asked of every "'s", most of them possessives ("mum's"), a few
    /// compares of short byte arrays cost less than making a string and hashing it.
    private var isSubjectBytes: [[UInt8]] = []
    var isEnding = "" {
        didSet { isEndingBytes = Array(isEnding.utf8) }
    }
    /// Words after "'s" that make it "is" whatever their ending: states, not possessions ("she's
    /// drunk" is not "she drinks", which the dropped "'s" made it, "drunk" being read as "drink").
    var isWords: Set<String> = [] {
        didSet { isWordBytes = isWords.sorted().map { Array($0.utf8) } }
    }
    private var isWordBytes: [[UInt8]] = []
    var isAdverbs: Set<String> = [] {
        didSet { isAdverbBytes = isAdverbs.sorted().map { Array($0.utf8) } }
    }
    /// `isEnding` and `isAdverbs` as bytes, for the same reason as `isSubjectBytes`: every
    /// "mum's" and "dad's" asks about the word after it.
    private var isEndingBytes: [UInt8] = []
    private var isAdverbBytes: [[UInt8]] = []
    /// The subjects whose "'s" typed without its apostrophe ("shes", "hes", "dads") is read the
    /// same way: "shes shaking him" is "she is shaking him". Read as a word, "shes" lost its
    /// ending and met "she", and "shaking" met "shook", so the act now read as the act told
    /// ("she shook him"), and cues could not tell them apart.
    var unmarkedIsSubjects: Set<String> = [] {
        didSet { unmarkedIsSubjectBytes = unmarkedIsSubjects.sorted().map { Array($0.utf8) } }
    }
    private var unmarkedIsSubjectBytes: [[UInt8]] = []

    /// Whether `word` (lowercased letters) is one of `unmarkedIsSubjects` with an "s" after it:
    /// the subject's length, or nil.
    func unmarkedIsSubject(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard word.count >= 3, word[word.count - 1] == UInt8(ascii: "s") else { return nil }
        for candidate in unmarkedIsSubjectBytes where candidate.count == word.count - 1 && candidate.elementsEqual(word.prefix(candidate.count)) {
            return candidate.count
        }
        return nil
    }

    /// Shorthand written with a slash ("w/o", "w/"), lowercased, and the words it stands for.
    var slashed: [String: [String]] = [:] {
        didSet { slashedBytes = slashed.keys.sorted().map { (Array($0.utf8), slashed[$0]!) } }
    }
    /// `slashed` as bytes: a few short compares where a slash follows a short word.
    private var slashedBytes: [(key: [UInt8], words: [String])] = []
    /// The longest part on either side of a slash in `slashed`.
    static let longestSlashedPart = 4

    /// The words `before/after` stands for (ASCII letters, any case; `after` may be empty, as
    /// in "w/"), if it is slashed shorthand.
    func slashedWords(before: UnsafeBufferPointer<UInt8>, after: UnsafeBufferPointer<UInt8>) -> [String]? {
        let count = before.count + 1 + after.count
        for (key, words) in slashedBytes where key.count == count {
            var same = true
            for k in 0..<before.count where key[k] != before[k] | 0x20 { same = false; break }
            if same, key[before.count] != UInt8(ascii: "/") { same = false }
            if same { for k in 0..<after.count where key[before.count + 1 + k] != after[k] | 0x20 { same = false; break } }
            if same { return words }
        }
        return nil
    }

    var hasSlashed: Bool { !slashedBytes.isEmpty }

    /// The word (and plural) a symbol byte is read as, if it is one.
    @inline(__always)
    func symbol(_ byte: UInt8) -> (word: String, plural: String)? {
        guard byte < 0x80 else { return nil }
        let bit = byte < 64 ? symbolMarks.low >> UInt64(byte) : symbolMarks.high >> UInt64(byte - 64)
        return bit & 1 == 0 ? nil : symbols[byte]
    }

    /// Whether "'d" before this word (lowercased ASCII) is "had".
    func isParticiple(_ word: [UInt8]) -> Bool {
        if !participleEnding.isEmpty, word.count > participleEnding.utf8.count + 1, word.suffix(participleEnding.utf8.count).elementsEqual(participleEnding.utf8) {
            return true
        }
        return participles.contains(String(decoding: word, as: UTF8.self))
    }

    /// Whether "'s" after `subject` (lowercased ASCII) may be "is": one of `isSubjects`.
    func mayBeIs(after subject: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !isEnding.isEmpty else { return false }
        for candidate in isSubjectBytes where candidate.count == subject.count && candidate.elementsEqual(subject) { return true }
        return false
    }

    /// Whether `word` (ASCII letters, any case) is one of `isAdverbs`, which may stand between
    /// "'s" and the word that decides it ("he's still shaking").
    func isIsAdverb(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for adverb in isAdverbBytes where adverb.count == word.count {
            var same = true
            for k in 0..<word.count where adverb[k] != word[k] | 0x20 { same = false; break }
            if same { return true }
        }
        return false
    }

    /// Whether the word after "'s" (past `isAdverbs`) makes it "is": one of `isWords`, or it has
    /// the ending and is longer than the ending by two letters or more ("shaking", not "king").
    func makesIs(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for listed in isWordBytes where listed.count == word.count {
            var same = true
            for k in 0..<word.count where listed[k] != word[k] | 0x20 { same = false; break }
            if same { return true }
        }
        let ending = isEndingBytes
        guard !ending.isEmpty, word.count >= ending.count + 2 else { return false }
        let from = word.count - ending.count
        for k in 0..<ending.count where word[from + k] | 0x20 != ending[k] { return false }
        return true
    }
}
