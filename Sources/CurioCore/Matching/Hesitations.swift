/// Hesitation sounds a speaker puts inside a phrase ("a lump on his, erm, head", "there's, um,
/// blood coming from his ear"), dropped from the tokens before anything reads them:
/// `language.yaml`'s `hesitations`.
///
/// Callers and practitioners on the phone hesitate in the middle of the very phrases the cues
/// are written for, and a cue is a run of words: "his erm head" is no "his head", and with the
/// commas around it not even a gap a pattern may cross. Worse, the typo corrector took "erm"
/// for "arm". Writing every cue with room for a filler would not scale; dropping the sound,
/// once, gives every cue, trigger and fact reader the phrase as it was meant. The evidence
/// still quotes the speaker's own words (a span's bytes run from its first token to its last).
///
/// Set off by marks ("his, erm, head"), a filler goes with its marks only after a word that
/// needs what follows (`open`: "a", "his", "on", "was" …) or at a sentence's start ("Um, dad's
/// drunk"). After a word that can end a phrase it is left as said: "he's not, erm, crawling"
/// and "no, um, she's drinking again" are read by triggers written with the filler between its
/// commas (a denial reaching on, a denial broken off), and "he's fine, erm, dad was drunk" keeps
/// the comma that ends the denial's scope. Said without marks ("his erm head", "she's um
/// drunk") it is dropped. Words that are hesitations only between marks (`between`: "er", which
/// may be an ER, "like", which compares) are dropped only there, after an open word ("took him
/// to, er, A&E"; "it looked, like, a bruise" stays as said).
struct Hesitations: Sendable {
    /// Always a hesitation ("erm", "um", "uh", "hmm").
    var words: Set<String> = [] {
        didSet { longest = max(words.map(\.utf8.count).max() ?? 0, between.map(\.utf8.count).max() ?? 0) }
    }
    /// A hesitation only between two `marks`, after an open word or at a sentence's start.
    var between: Set<String> = [] {
        didSet { longest = max(words.map(\.utf8.count).max() ?? 0, between.map(\.utf8.count).max() ?? 0) }
    }
    /// Words that need what follows them: the marks around a filler after one go too.
    var open: Set<String> = []
    /// The marks a filler is set off by (",", "-").
    var marks: Set<String> = []
    /// The longest word of `words` and `between`: a longer word is none of them, asked of
    /// every word of every utterance before any set is hashed.
    private var longest = 0

    var isEmpty: Bool { words.isEmpty && between.isEmpty }

    /// `tokens` without their hesitations (and the marks that went with them), or nil when
    /// there is none, which is nearly always: the caller keeps its array.
    func dropping(_ tokens: [Token]) -> [Token]? {
        guard !isEmpty, tokens.contains(where: { isCandidate($0) }) else { return nil }
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        var i = 0
        var changed = false
        while i < tokens.count {
            let token = tokens[i]
            guard isCandidate(token) else {
                kept.append(token)
                i += 1
                continue
            }
            let markBefore = kept.last.map(isMark) ?? false
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            let markAfter = next.map(isMark) ?? false
            let before = markBefore ? kept.dropLast().last : kept.last
            let opener = before.map { $0.kind == .word ? open.contains($0.text) : endsSentence($0) } ?? true
            let drops: Bool
            if markBefore {
                // Set off after a word that can end a phrase ("he's not, erm, crawling", "no,
                // um, she's drinking"): left as said, for the triggers written with the
                // filler between its commas (a denial reaching on, a denial broken off).
                drops = opener && (words.contains(token.text) || (markAfter && between.contains(token.text)))
            } else {
                drops = words.contains(token.text) && (!markAfter || opener)
            }
            guard drops else {
                kept.append(token)
                i += 1
                continue
            }
            changed = true
            if markBefore { kept.removeLast() }
            i += markAfter && opener ? 2 : 1
        }
        return changed ? kept : nil
    }

    @inline(__always) private func isCandidate(_ token: Token) -> Bool {
        token.kind == .word && token.text.utf8.count <= longest && (words.contains(token.text) || between.contains(token.text))
    }

    private func isMark(_ token: Token) -> Bool { token.kind == .punctuation && marks.contains(token.text) }

    /// A sentence's end before the filler: it starts a sentence, as at the text's start.
    private func endsSentence(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.text == "." || token.text == "?" || token.text == "!" || token.text == ";" || token.text == ":")
    }
}
