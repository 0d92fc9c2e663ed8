/// One item a negation denies, followed word by word as the negation's scope passes, to tell
/// where it ends in shorthand that runs items together without punctuation. After it ends, a
/// cue of one of `Lexicon.newItemFactors` (an injury, danger now, neglect) is said, not
/// denied: "no DA bruise L cheek", "nil else of note bruise L ear", "no rash bruise on ear".
/// A list word opens the item again ("no DA or bruises" denies both).
///
/// An item ends
/// - after another factor's cue ("no DA"),
/// - at a closer ("of note", "concerns", "NAD") or the word a link takes ("re feeding"),
/// - after the first cue of an item introduced by "other" ("no other injuries"),
/// and, for an injury placed on the body only, after the head word of a denied noun phrase
/// ("no PMH bruise L arm"), after another factor's injury ("no fractures bruise on buttock"),
/// or after a comma that follows another factor's cue with no list word ("no DA, bruise L
/// cheek"): a list of denials names kinds ("no DA, alcohol or bruises"), not a place.
/// The words are data (`ItemEnds`, from context.yaml).
struct DeniedItem {
    /// The item has ended: the next new-item cue is not denied.
    private var ended = false
    /// A link ("re", "about") waits for the word that completes the item.
    private var afterLink = false
    /// "other"/"further" came: the item ends with its first cue.
    private var onlyOthers = false
    private var insideCue = false
    /// A word that heads the denied noun phrase has passed.
    private var afterHead = false
    /// The last new-item cue passed, as a cue index plus one (0: none since a list word).
    private var lastInjuryCue: Int32 = 0
    /// The negation denies a noun phrase ("no", "nil", "denies"), not a verb.
    private let nominal: Bool
    /// The last item ended with another factor's cue ("no DA"), and then the item that a comma
    /// went on to (no list word between): see `listGoesOn`.
    private var endedByOtherFactor = false
    private var afterOtherFactorComma = false

    /// The trigger's own last word counts: "NAD" and "nothing of note" close, "no concerns re"
    /// links.
    /// `borrowing`: an initializer takes its arguments owned, and copied (retained) every
    /// array of the utterance otherwise.
    init(trigger: Int, scopeStart: Int, _ u: borrowing Utterance, _ lexicon: borrowing Lexicon) {
        nominal = lexicon.itemEnds.isNominal(u.tokens[trigger].key)
        if scopeStart > 0 {
            ended = lexicon.itemEnds.isCloser(u.tokens[scopeStart - 1].key)
            afterLink = lexicon.itemEnds.isLink(u.tokens[scopeStart - 1].key)
        }
    }

    /// A list goes on past a comma or "and" ("no bruises, marks or swelling"). `throughListWord`:
    /// a list word stands between ("no DA, or bruises"), which keeps every item denied.
    mutating func listGoesOn(throughListWord: Bool = false) {
        afterOtherFactorComma = endedByOtherFactor && !throughListWord
        ended = false
    }

    /// Token `j` starts a new item that the negation does not reach.
    func endsBefore(_ j: Int, _ u: Utterance, _ lexicon: borrowing Lexicon) -> Bool {
        guard u.isNewItemStart(j) else { return false }
        if ended { return true }
        guard afterHead || lastInjuryCue != 0 || afterOtherFactorComma, Self.placedOnTheBody(cueFrom: j, u, lexicon.itemEnds) else { return false }
        // One factor's words are one item: "no bruise marks on his face" is denied.
        return afterHead || afterOtherFactorComma || !Self.sameFactor(Int(lastInjuryCue - 1), Int(u.marks[j].newItemStartCue - 1), lexicon)
    }

    /// Takes in token `j`.
    mutating func pass(_ j: Int, _ u: Utterance, _ lexicon: borrowing Lexicon) {
        let key = u.tokens[j].key
        if lexicon.itemEnds.isOther(key) || Scope.isListWord(j, u, lexicon) {
            onlyOthers = onlyOthers || lexicon.itemEnds.isOther(key)
            ended = false
            afterHead = false
            lastInjuryCue = 0
            afterLink = false
            endedByOtherFactor = false
            afterOtherFactorComma = false
        } else if lexicon.itemEnds.isLink(key) {
            ended = false
            afterLink = true
        } else {
            if afterLink, !u.isNewItemStart(j) { ended = true }
            afterLink = false
            if lexicon.itemEnds.isCloser(key) { ended = true }
            // The head of a denied noun phrase: a word that is no cue, modifier or punctuation.
            let inCue = insideCue || u.isCueStart(j)
            if nominal, !inCue, u.tokens[j].kind == .word, !lexicon.itemEnds.isModifier(key) { afterHead = true }
        }
        if u.isCueStart(j) { insideCue = true }
        if u.isCueEnd(j) { insideCue = false }
        if u.marks[j].newItemEndCue != 0 {
            lastInjuryCue = u.marks[j].newItemEndCue
            endedByOtherFactor = false
            afterOtherFactorComma = false
        }
        if u.isOtherItemEnd(j) {
            ended = true
            endedByOtherFactor = true
        }
        if onlyOthers, u.isCueEnd(j) {
            ended = true
            onlyOthers = false
        }
    }

    /// Two cues name the same new-item factor.
    private static func sameFactor(_ a: Int, _ b: Int, _ lexicon: borrowing Lexicon) -> Bool {
        guard a >= 0, b >= 0 else { return false }
        for factor in lexicon.cues[a].factors where lexicon.newItemFactors.contains(factor) {
            if lexicon.cues[b].factors.contains(factor) { return true }
        }
        return false
    }

    /// The cue starting at `start` is followed by a place on the body ("bruise on his left
    /// ear", "bruise L arm", "bruising to cheek"): a site within four words of its end, with
    /// only site leads before it.
    private static func placedOnTheBody(cueFrom start: Int, _ u: Utterance, _ ends: borrowing ItemEnds) -> Bool {
        var k = start
        while k < u.tokens.count, !u.isCueEnd(k) { k += 1 }
        var j = k + 1
        while j < u.tokens.count, j <= k + 4 {
            let key = u.tokens[j].key
            if ends.isSite(key) { return true }
            guard ends.isSiteLead(key) else { return false }
            j += 1
        }
        return false
    }
}
