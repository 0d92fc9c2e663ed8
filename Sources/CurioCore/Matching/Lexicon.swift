import Foundation

/// The matcher's knowledge, loaded from `dialogues/lexicon/`: word forms, word classes,
/// cues per risk factor, context triggers and their scopes, and the fact readers' words.
///
/// Everything a safeguarding trainer might want to change is in those YAML files; the
/// Swift only knows how to apply it. See `dialogues/lexicon/README.md` for the format.
public struct Lexicon: Sendable {
    public static let folderName = "lexicon"

    var forms = WordForms()
    var shorthand = ShorthandRules()
    /// Hesitation sounds dropped before anything reads the tokens ("on his, erm, head").
    var hesitations = Hesitations()
    var typos = TypoIndex()
    var surface: [String: Int32] = [:]
    var numberWords: [String: Double] = [:]
    var vocabulary = Vocabulary()
    var cues: [Cue] = []
    var cueIndex = PatternIndex()
    var factorRules: [RiskFactorID: FactorRules] = [:]
    var triggers: [Trigger] = []
    var triggerIndex = PatternIndex()
    var scopes: [Trigger.Kind: ScopeRule] = [:] {
        didSet { scopeList = scopes.map { KindScope(kind: $0.key, rule: $0.value) }.sorted { $0.kind.rawValue < $1.kind.rawValue } }
    }
    /// Punctuation that ends every scope and every gap (". ; : ? -").
    var hardMarks: Set<Int32> = [] {
        didSet { hardMarkKeys = hardMarks.sorted() }
    }
    /// Comma, "and": end a clause-bound scope unless a list of cues goes on.
    var softBoundaries: Set<Int32> = [] {
        didSet { softBoundaryKeys = KeyBits(softBoundaries) }
    }
    /// Words a list may continue with after a soft boundary ("or", "any", "other").
    var listWords: Set<Int32> = [] {
        didSet { listWordKeys = KeyBits(listWords) }
    }
    /// Factors whose cue starts a new item when it follows another factor's cue inside a
    /// negation's scope with no list word between: in shorthand ("no DA bruise L cheek", "not
    /// crawling bruise on leg") the injury is said, not denied. `new_item_factors` in
    /// context.yaml.
    var newItemFactors: Set<RiskFactorID> = []
    /// How shorthand closes a denied item before an injury said next ("nil else of note bruise
    /// L ear", "no concerns re feeding bruise noted"): `item_closers`, `item_links` and
    /// `item_others` in context.yaml's marks.
    var itemEnds = ItemEnds()
    /// A thing named as already there after a condition ("if her depression gets worse"):
    /// `presupposed` in context.yaml.
    var presupposition = Presupposition()
    /// The sets above as a plain array or bits, and the scopes as a list: a handful of
    /// entries each, asked about for every token a scope passes. Scanning or masking them is
    /// a few instructions where a set or dictionary hashed the key (a trigger kind by its raw
    /// string) every time.
    private(set) var hardMarkKeys: [Int32] = []
    private(set) var softBoundaryKeys = KeyBits()
    private(set) var listWordKeys = KeyBits()
    private(set) var scopeList: [KindScope] = []

    struct KindScope: Sendable {
        var kind: Trigger.Kind
        var rule: ScopeRule
    }

    /// `scopes[kind]`, read from `scopeList`.
    func scopeRule(_ kind: Trigger.Kind) -> ScopeRule? {
        for entry in scopeList where entry.kind == kind { return entry.rule }
        return nil
    }
    var questionMark: Int32 = Vocabulary.unknown
    var age = AgeRules()
    /// "the 5 week old" read as "baby" by the cues (`BabyNamedByAge`).
    var babyNamedByAge = BabyNamedByAge()
    var roles = RoleRules()
    /// Which carer a situation is about (`facts.yaml`'s `carers`).
    var carerWords = CarerWords()
    /// How the baby's weight is read (`WeightReader`), from `facts.yaml`'s `weight`.
    var weight = WeightRules()
    /// The rule book's inferences that combine situations (`Inference.combinesSituations`,
    /// read from `recommendations.yaml` beside the lexicon folder), applied by the matcher to one
    /// utterance. Carried in the snapshot with the rest, so a cold match does not read the rules.
    var combinations: [Inference] = []
    /// Files read, for messages.
    var files: [String] = []
    /// Every word the lexicon itself uses or counts as a number, with its key and value
    /// worked out at load time: most words of an utterance cost this one lookup.
    var known = KnownWords()
    /// The key of each one-byte punctuation mark (the tokenizer's marks are all ASCII).
    var markKeys: [Int32] = []
    /// The word a person's name is read as (`language.yaml`'s `proper_name`), and its key once
    /// known words are indexed (unknown while no cue uses the word): see `isWrittenAsName`.
    var properNameWord = ""
    var properNameKey: Int32 = Vocabulary.unknown
    /// Words the lexicon knows that are also first names (`language.yaml`'s `names_also`:
    /// "Mark", "Will", "Grace"), by the loader, and their keys once known words are indexed:
    /// written as a name inside a sentence ("her dad Mark was there"), such a word is the name.
    var namesAlsoWords: [String] = []
    var namesAlso: Set<Int32> = [] {
        didSet { namesAlsoKeys = KeyBits(namesAlso) }
    }
    private(set) var namesAlsoKeys = KeyBits()
    /// Every reduced form (`vocabulary`) by its bytes, and every spelling variant with the key
    /// of its reduced form: an utterance's unknown words are resolved on their bytes, where
    /// hashing `String`s and building one per stem was most of what such a word cost.
    var reducedKeys = KnownWords()
    var spellingKeys = KnownWords()

    struct KnownWord: Sendable {
        var key: Int32
        /// The number a number word stands for, else 0.
        var value: Double
    }

    public init() {}

    /// Loads every lexicon file; cues naming an id outside `knownFactors` are an error.
    /// A missing lexicon folder gives an empty lexicon (the matcher then hears nothing).
    public static func load(from directory: URL, knownFactors: Set<RiskFactorID>) throws -> Lexicon {
        var lexicon = try LexiconLoader(directory: directory.appendingPathComponent(folderName), knownFactors: knownFactors).load()
        lexicon.combinations = try RuleBook.situationInferences(from: directory)
        return lexicon
    }

    /// Problems `curio check` should report: every load error of the lexicon, as data errors.
    public static func problems(in directory: URL, knownFactors: Set<RiskFactorID>) -> [DataFileError] {
        do {
            _ = try load(from: directory, knownFactors: knownFactors)
            return []
        } catch let error as DataFileError {
            return [error]
        } catch let error as DataFileErrors {
            return error.errors
        } catch {
            return [DataFileError(file: folderName, "\(error)")]
        }
    }

    /// Counts for `curio bench-matcher` and diagnostics.
    public var summary: (cues: Int, patterns: Int, triggers: Int, words: Int) {
        (cues.count, cueIndex.count, triggers.count, vocabulary.count)
    }

    /// Fills `known` from the surface words and number words; the loader calls it last.
    /// A surface word's key is the one it was interned with (`key(of:)` would look it up
    /// again); only number words the cues never use need the slow path.
    ///
    /// A vague quantity of the age rules ("couple", "few") is known with its value negated:
    /// the age reader reads it from the token as the other numbers are read, with no lookup
    /// of its own for every word, and patterns' `<number>` (a positive value) never takes it.
    mutating func indexKnownWords() {
        var values = numberWords
        for (word, value) in age.vague { values[word] = -value }
        var words: [(String, KnownWord)] = []
        words.reserveCapacity(surface.count + values.count)
        for (word, key) in surface { words.append((word, KnownWord(key: key, value: values[word] ?? 0))) }
        for (word, value) in values where surface[word] == nil {
            words.append((word, KnownWord(key: keyOfUnknown(word), value: value)))
        }
        known = KnownWords(words)
        markKeys = (0..<128).map { vocabulary.key(String(UnicodeScalar(UInt8($0)))) }
        properNameKey = properNameWord.isEmpty ? Vocabulary.unknown : surface[properNameWord] ?? vocabulary.key(forms.stem(properNameWord))
        namesAlso = Set(namesAlsoWords.map { key(of: $0) }.filter { $0 != Vocabulary.unknown })
        reducedKeys = KnownWords(vocabulary.words.enumerated().map { ($1, KnownWord(key: Int32($0), value: 0)) })
        spellingKeys = KnownWords(forms.spellings.keys.map { ($0, KnownWord(key: vocabulary.key(forms.stem($0)), value: 0)) })
    }

    /// The key of a token's word: the fast path for words the lexicon itself uses, then the
    /// reduced form, then a typo correction.
    func key(of word: String) -> Int32 {
        if let key = surface[word] { return key }
        return keyOfUnknown(word)
    }

    /// As `key(of:)` for a word that is not a surface word; without `correctingTypos`, the
    /// reduced form's key only.
    private func keyOfUnknown(_ word: String, correctingTypos: Bool = true) -> Int32 {
        let reduced = vocabulary.key(forms.stem(word))
        if reduced != Vocabulary.unknown || !correctingTypos { return reduced }
        if let corrected = typos.correction(of: word) {
            return surface[corrected] ?? vocabulary.key(forms.stem(corrected))
        }
        return Vocabulary.unknown
    }

    /// As `keyOfUnknown(_:)` for the bytes of an ASCII word (byte equality is then `String`
    /// equality): tables on bytes and the stem reduced in scratch memory.
    private func keyOfUnknown(ascii word: UnsafeBufferPointer<UInt8>, correctingTypos: Bool = true) -> Int32 {
        var reduced: Int32
        if let variant = spellingKeys.find(word) {
            reduced = variant.key
        } else if word.count > forms.minimumStem {
            reduced = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count + forms.longestReplacement) { scratch in
                let base = scratch.baseAddress!
                base.initialize(from: word.baseAddress!, count: word.count)
                let count = forms.reduce(base, count: word.count)
                return reducedKeys.find(UnsafeBufferPointer(start: base, count: count))?.key ?? Vocabulary.unknown
            }
        } else {
            reduced = reducedKeys.find(word)?.key ?? Vocabulary.unknown
        }
        if reduced != Vocabulary.unknown || !correctingTypos { return reduced }
        if let corrected = typos.correction(of: word) {
            return surface[corrected] ?? vocabulary.key(forms.stem(corrected))
        }
        return Vocabulary.unknown
    }

    /// Tokenizes and resolves keys and number words.
    func tokens(_ text: String) -> [Token] {
        var tokens = Tokenizer.tokens(text, known: known, shorthand: shorthand)
        if let kept = hesitations.dropping(tokens) { tokens = kept }
        for i in tokens.indices {
            switch tokens[i].kind {
            case .word:
                // A known word's key is its surface key or, failing that, `keyOfUnknown`'s:
                // asking again for a word found with no key gives the same answer.
                if !tokens[i].lookedUp, let word = known.find(tokens[i].text) {
                    tokens[i].key = word.key
                    tokens[i].value = word.value
                } else if tokens[i].key == Vocabulary.unknown {
                    // A name inside a sentence is taken before any typo correction: "Poppy" is
                    // one letter off "puppy", "Sofia" off "sofa". At a sentence's start the
                    // capital says nothing, and a typo ("Brusie on his arm") is corrected first.
                    let name = properNameKey != Vocabulary.unknown && Self.isWrittenAsName(text, from: tokens[i].start, to: tokens[i].end)
                    let correcting = !name || Self.startsSentence(tokens, at: i)
                    let ascii = tokens[i].text.utf8.withContiguousStorageIfAvailable { bytes in
                        bytes.allSatisfy { $0 < 0x80 } ? keyOfUnknown(ascii: bytes, correctingTypos: correcting) : nil
                    }
                    tokens[i].key = (ascii ?? nil) ?? keyOfUnknown(tokens[i].text, correctingTypos: correcting)
                    if tokens[i].key == Vocabulary.unknown, name { tokens[i].key = properNameKey }
                }
                // A known word that is also a first name, written as one inside a sentence ("her
                // dad Mark was there"): the name. At a sentence's start the capital says nothing,
                // and the word is read as the word ("Mark on his cheek").
                if namesAlsoKeys.contains(tokens[i].key), properNameKey != Vocabulary.unknown, !Self.startsSentence(tokens, at: i),
                    Self.isWrittenAsName(text, from: tokens[i].start, to: tokens[i].end)
                {
                    tokens[i].key = properNameKey
                }
            case .punctuation:
                let mark = tokens[i].text.utf8
                if mark.count == 1, let byte = mark.first, byte < 0x80, !markKeys.isEmpty {
                    tokens[i].key = markKeys[Int(byte)]
                } else {
                    tokens[i].key = vocabulary.key(tokens[i].text)
                }
            case .number:
                // A number a cue spells out ("called 999", "cat 1 section") has that word's key.
                tokens[i].key = vocabulary.key(tokens[i].text)
            }
        }
        // The end of the text is the end of a sentence: a cue that needs a clause end after
        // its last word ("he is smashed", not "he is smashed the window") holds on the last
        // word of an answer too. An empty mark, so no evidence quote grows by it.
        if let last = tokens.last, last.kind != .punctuation || !Self.endsSentence(last.text) {
            var end = Token(kind: .punctuation, start: last.end, end: last.end, text: ".")
            end.key = markKeys.isEmpty ? vocabulary.key(".") : markKeys[0x2E]
            tokens.append(end)
        }
        return tokens
    }

    /// Whether the bytes `from..<to` of `text` are written as a name: a capital letter and then
    /// only small ones, two letters at least ("Kai", "Leo"; not "NFA", "kai" or "McKenzie").
    /// Asked only of a word the lexicon does not know (inside a sentence, before any typo
    /// correction; at its start, after): a person's name, most likely, which cues may then name
    /// (`properNameWord`) where who is with whom matters ("on his own with Kai"). A known word
    /// keeps its own key ("Mark" is a mark) unless `names_also` lists it.
    static func isWrittenAsName(_ text: String, from start: Int, to end: Int) -> Bool {
        let utf8 = text.utf8
        guard end - start >= 2, end <= utf8.count else { return false }
        var index = utf8.index(utf8.startIndex, offsetBy: start)
        guard (0x41...0x5A).contains(utf8[index]) else { return false }
        for _ in (start + 1)..<end {
            index = utf8.index(after: index)
            guard (0x61...0x7A).contains(utf8[index]) else { return false }
        }
        return true
    }

    /// Whether token `i` is the first of a sentence: the first of the text, or after a mark
    /// that ends one. There a capital says nothing of a name.
    private static func startsSentence(_ tokens: [Token], at i: Int) -> Bool {
        i == 0 || (tokens[i - 1].kind == .punctuation && endsSentence(tokens[i - 1].text))
    }

    /// The marks after which a sentence has already ended (`!` is read as `.`).
    private static func endsSentence(_ mark: String) -> Bool {
        mark == "." || mark == "?" || mark == ";"
    }
}
