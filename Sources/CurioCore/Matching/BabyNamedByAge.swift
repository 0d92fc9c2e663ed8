/// The baby named by its age ("the 5 week old", "her 3-month-old", "the 10 day old baby") or
/// by another name for a baby ("the little one", "the baby girl"), read by the cues as the one
/// word `as` ("baby"): `facts.yaml`'s `baby_named_by_age`.
///
/// Practitioners name the baby this way as often as "the baby", and a cue written with "the
/// baby" ("threatening to smother the baby", "left the baby alone") must hold for it too. Writing
/// every cue's noun group twice, once with "<number> (week|month|...) old", did not scale: half
/// of the danger cues had lost it, so "dad is threatening to jump with the 5 week old" gave no
/// 999. Folding the phrase into one token before the cues are matched gives every cue the
/// same reach, and its evidence still quotes the practitioner's own words (the token keeps the
/// phrase's bytes). The age itself is read from the tokens as they were.
///
/// Only the phrase used as a noun after a determiner folds: "he is 6 weeks old" states an age
/// and stays as it is, and so does a brother or sister named by age ("her 18 month old sister").
/// After an article ("with a 5 week old") the article is read as a definite determiner too
/// (`articleAs`, "the"): a baby named by its age is a particular baby, and the cues and the
/// question rules take "the baby", while "a baby" is a general one.
struct BabyNamedByAge: Sendable {
    /// Just before the number: "the", "her", "my" ...
    var determiners: Set<String> = []
    /// Articles just before the number ("a", "an"): the phrase folds and the article is read as
    /// `articleAs`. Left as "a", "dad has barricaded himself in with a 5 week old" would be
    /// "with a baby", which no danger cue takes, and "is a bruise on a 3 month old a concern?"
    /// would read as the general question "a baby" is in `context.yaml`.
    var articles: Set<String> = []
    /// The definite determiner an article is read as, and its key in the lexicon's vocabulary.
    var articleAs = ""
    var articleKey: Int32 = Vocabulary.unknown
    /// Units that name a baby's age: days, weeks, months (not years: a 2-year-old is not the baby).
    var units: Set<String> = []
    var old: Set<String> = []
    /// Just after "old", folded in too ("the 6 week old baby" is one "baby").
    var nouns: Set<String> = []
    /// Just after "old", the phrase names another child: nothing folds.
    var otherChild: Set<String> = []
    /// Other names for the baby folded the same way, by their words' keys ("the baby girl", "the
    /// little one": cues write "the baby").
    var compounds: [[Int32]] = [] {
        didSet { compoundFirsts = Array(Set(compounds.compactMap(\.first))).sorted() }
    }
    /// The first keys of the compounds, each once: the scan asks every token about these few
    /// keys, not about every compound (iterating the compounds retained each one, which made
    /// folding 6% of the matcher's work).
    private(set) var compoundFirsts: [Int32] = []
    /// The word the phrase is read as, and its key in the lexicon's vocabulary.
    var word = ""
    var key: Int32 = Vocabulary.unknown

    var isEmpty: Bool { units.isEmpty || key == Vocabulary.unknown }

    /// `tokens` with every such phrase folded into one token keyed as `word`, or nil when there is
    /// none (most utterances).
    func folding(_ tokens: [Token]) -> [Token]? {
        guard !isEmpty, mayFold(tokens) else { return nil }
        var result: [Token]?
        var i = 0
        while i < tokens.count {
            let kind = tokens[i].kind
            let tokenKey = tokens[i].key
            var mayStartCompound = false
            for first in compoundFirsts where first == tokenKey { mayStartCompound = true }
            if kind != .number, !mayStartCompound {
                result?.append(tokens[i])
                i += 1
                continue
            }
            if kind == .number, i > 0, let article = determinerKind(tokens[i - 1].text), let end = phraseEnd(tokens, number: i) {
                if result == nil { result = Array(tokens[..<i]) }
                if article {
                    let last = result!.count - 1
                    result![last].text = articleAs
                    result![last].key = articleKey
                    result![last].lookedUp = true
                }
                var folded = tokens[i]
                folded.kind = .word
                folded.end = tokens[end - 1].end
                folded.text = word
                folded.key = self.key
                folded.value = 0
                folded.lookedUp = true
                folded.attachedToNext = tokens[end - 1].attachedToNext
                result!.append(folded)
                i = end
                continue
            }
            if mayStartCompound, let length = compoundLength(tokens, at: i) {
                if result == nil { result = Array(tokens[..<i]) }
                var folded = tokens[i]
                folded.end = tokens[i + length - 1].end
                folded.text = word
                folded.key = self.key
                folded.attachedToNext = tokens[i + length - 1].attachedToNext
                result!.append(folded)
                i += length
                continue
            }
            result?.append(tokens[i])
            i += 1
        }
        return result
    }

    /// Whether any token could start a fold (a number, or a compound's first key), reading the
    /// tokens in place: an utterance with neither ends here.
    private func mayFold(_ tokens: [Token]) -> Bool {
        let firsts = compoundFirsts
        return tokens.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                if buffer[index].kind == .number { return true }
                let key = buffer[index].key
                for first in firsts where first == key { return true }
            }
            return false
        }
    }

    /// The length of the compound that starts at `i`, if one does. A few compares of keys per
    /// token: the compounds are few. A word owning the next ("the baby's sister", its "'s"
    /// dropped: `Token.possessive`) ends the compound: that is the baby's sister, not the baby
    /// ("her baby sister"), and her own life is not the parents'. (A cue written on the words
    /// "baby sister has a bruise" still reads both alike: patterns do not see the "'s".)
    @inline(__always)
    private func compoundLength(_ tokens: [Token], at i: Int) -> Int? {
        let first = tokens[i].key
        for compound in compounds where compound[0] == first && i + compound.count <= tokens.count {
            var k = 1
            while k < compound.count, !tokens[i + k - 1].possessive, tokens[i + k].key == compound[k] { k += 1 }
            if k == compound.count { return k }
        }
        return nil
    }

    /// Whether `word` may stand before a baby named by age: nil when not, true when it is an
    /// article to be read as `articleAs`, false for a determiner kept as it is.
    @inline(__always)
    private func determinerKind(_ word: String) -> Bool? {
        if determiners.contains(word) { return false }
        if articleKey != Vocabulary.unknown, articles.contains(word) { return true }
        return nil
    }

    /// Where the phrase that starts at the number `number` ends (exclusive), if it names the baby.
    private func phraseEnd(_ tokens: [Token], number: Int) -> Int? {
        var j = number + 1
        func skipHyphen() { if j < tokens.count, tokens[j].text == "-" { j += 1 } }
        skipHyphen()
        guard j < tokens.count, units.contains(tokens[j].text) else { return nil }
        j += 1
        skipHyphen()
        guard j < tokens.count, old.contains(tokens[j].text) else { return nil }
        j += 1
        if j < tokens.count {
            if otherChild.contains(tokens[j].text) { return nil }
            if nouns.contains(tokens[j].text) { j += 1 }
        }
        return j
    }
}
