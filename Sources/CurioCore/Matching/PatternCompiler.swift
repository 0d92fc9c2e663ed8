/// Turns a trainer's written pattern into `Pattern` variants, reducing every word exactly as
/// utterance words are reduced (tokenizer, spelling variants, endings), so that a cue written
/// "can't settle" or "self-harm" matches the same words typed any way.
struct PatternCompiler {
    var forms: WordForms
    var vocabulary = Vocabulary()
    /// Surface word → key, for the fast path at match time (no reduction needed).
    var surface: [String: Int32] = [:]
    /// Every surface word cues use, for typo correction.
    var lexiconWords: Set<String> = []
    var classes: [String: Set<Int32>] = [:] {
        didSet { choiceCache = [:] }
    }
    static let maxVariants = 512
    /// The slot sequences of items already compiled ("(the|his|her)" recurs in hundreds of
    /// cues). Only successes are kept, so an error is still reported at each bad line; a
    /// class change empties it.
    private var choiceCache: [String: [[Pattern.Slot]]] = [:]

    init(forms: WordForms) { self.forms = forms }

    /// The key of one surface word (interning it).
    mutating func key(ofWord word: String) -> Int32 {
        if let key = surface[word] { return key }
        let key = vocabulary.intern(forms.stem(word))
        surface[word] = key
        lexiconWords.insert(word)
        return key
    }

    /// The keys of the tokens of `text` (a word may be several tokens: "self-harm", "i'm").
    mutating func keys(ofText text: String) -> [Int32] {
        Tokenizer.tokens(text).map { token in
            token.kind == .word ? key(ofWord: token.text) : vocabulary.intern(token.text)
        }
    }

    /// Compiles `text` into its variants; `fail` builds the located error for a bad pattern.
    mutating func compile(_ text: String, owner: Int, fail: (String) -> DataFileError) throws -> [Pattern] {
        var variants: [[Pattern.Slot]] = [[]]
        let items = Self.split(text, on: UInt8(ascii: " "), omittingEmpty: true)
        guard !items.isEmpty else { throw fail("an empty pattern") }
        for item in items {
            let choices: [[Pattern.Slot]]
            if let known = choiceCache[item] {
                choices = known
            } else {
                choices = try self.choices(item, fail: fail)
                choiceCache[item] = choices
            }
            var next: [[Pattern.Slot]] = []
            for variant in variants {
                for choice in choices { next.append(variant + choice) }
            }
            guard next.count <= Self.maxVariants else {
                throw fail("the pattern `\(text)` has too many optional parts and alternatives; split it into several cues")
            }
            variants = next
        }
        var patterns: [Pattern] = []
        for var slots in variants {
            while case .gap = slots.last { slots.removeLast() }
            while case .gap = slots.first { slots.removeFirst() }
            guard !slots.isEmpty else { continue }
            // A match's tokens are kept as bits over the tokens it spans (`HitLiterals`).
            let widest = slots.reduce(0) { span, slot in
                if case .gap(let most) = slot { return span + most }
                return span + 1
            }
            guard widest <= HitLiterals.widest else {
                throw fail("the pattern `\(text)` can reach over more than \(HitLiterals.widest) words; shorten its gaps")
            }
            if !patterns.contains(where: { $0.slots == slots }) { patterns.append(Pattern(slots: slots, owner: owner)) }
        }
        guard !patterns.isEmpty else { throw fail("the pattern `\(text)` has no words") }
        return patterns
    }

    /// Splits on an ASCII separator byte: the generic `split` on `Character`s (grapheme
    /// breaking) was a sixth of the lexicon's load time, and patterns split only on ASCII.
    static func split(_ text: String, on separator: UInt8, omittingEmpty: Bool) -> [String] {
        text.utf8.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map { String(Substring($0)) }
    }

    /// The slot sequences one written item can stand for.
    private mutating func choices(_ item: String, fail: (String) -> DataFileError) throws -> [[Pattern.Slot]] {
        if item.hasPrefix("...") {
            let rest = item.dropFirst(3)
            if rest.isEmpty { return [[.gap(3)]] }
            guard let most = Int(rest), most > 0, most <= 12 else { throw fail("`\(item)`: a gap is `...` or `...N` with N from 1 to 12") }
            return [[.gap(most)]]
        }
        var body = item
        var optional = false
        if body.hasPrefix("(") {
            if body.hasSuffix(")?") {
                optional = true
                body = String(body.dropLast())
            }
            guard body.hasSuffix(")"), body.count > 2 else {
                throw fail("`\(item)`: a group is written `(a|b)` and an optional part `(word)?` or `(a|b)?`, with no spaces (use _ inside a group for a space)")
            }
            body = String(body.dropFirst().dropLast())
        }
        var singles: Set<Int32> = []
        var sequences: [[Pattern.Slot]] = []
        for alternative in Self.split(body, on: UInt8(ascii: "|"), omittingEmpty: false) {
            guard !alternative.isEmpty else { throw fail("`\(item)`: an empty alternative (two `|` together?)") }
            if alternative == "<number>" {
                sequences.append([.number])
            } else if alternative.hasPrefix("{") {
                guard alternative.hasSuffix("}"), let keys = classes[String(alternative.dropFirst().dropLast())] else {
                    throw fail("`\(alternative)`: unknown word class (classes are defined in classes.yaml)")
                }
                singles.formUnion(keys)
            } else if alternative.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "{") }) {
                throw fail("`\(item)`: brackets must wrap the whole item, with no spaces inside")
            } else {
                // Byte-wise rather than Foundation's `replacingOccurrences`, which was a tenth of
                // the lexicon's load time.
                let spaced = String(decoding: alternative.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
                let keys = keys(ofText: spaced)
                if keys.count == 1 { singles.insert(keys[0]) } else if !keys.isEmpty { sequences.append(keys.map { .words([$0]) }) }
            }
        }
        var result: [[Pattern.Slot]] = []
        if !singles.isEmpty { result.append([.words(singles)]) }
        result += sequences
        if optional { result.append([]) }
        return result
    }
}
