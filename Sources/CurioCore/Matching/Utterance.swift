/// One utterance prepared for reading: its bytes (for quoting evidence), its tokens, the cue
/// and trigger matches, and where its sentences and clauses end.
struct Utterance {
    /// The text as given, for quoting evidence (`words`): the tokens' offsets are into its
    /// UTF-8 bytes. Kept as the string rather than a copy of its bytes, which was an
    /// allocation per utterance.
    let text: String
    let tokens: [Token]
    /// The tokens before `BabyNamedByAge` folded any ("the 5 week old"), for reading the age.
    let unfolded: [Token]
    let cueHits: [PatternIndex.Hit]
    /// The hits of situations' cues (`RiskFactorID.isSituation`): read as cues are, kept apart
    /// so that they neither take words from the factors' cues nor shape their scopes.
    let situationHits: [PatternIndex.Hit]
    let triggerHits: [PatternIndex.Hit]
    /// Per token, where scopes stop and where cues start and end (see `TokenMarks`).
    let marks: [TokenMarks]
    /// The lexicon names new-item factors, so a negation's scope tracks denied items
    /// (`DeniedItem`); without them no token is marked `newItemStart` or `otherItemEnd`.
    let tracksNewItems: Bool
    /// The tokens as pattern matching sees them; `keyed.isBarrier` tells the sentence marks
    /// (". ; ? -"), which gaps in patterns never cross.
    let keyed: KeyedTokens

    /// `borrowing`: an initializer otherwise takes its arguments owned, and the caller copied
    /// (retained and released) every table of the lexicon to pass it. `newItemCues`: per cue of
    /// the lexicon, whether one of its factors is a new-item factor (the matcher's, made once).
    /// `situationCues`: per cue, whether it names situations (nil: none does).
    init(_ text: String, lexicon: borrowing Lexicon, newItemCues: borrowing [Bool], situationCues: [Bool]? = nil) {
        self.text = text
        let unfolded = lexicon.tokens(text)
        let tokens = lexicon.babyNamedByAge.folding(unfolded) ?? unfolded
        self.tokens = tokens
        self.unfolded = unfolded
        // Precomputed once: a closure that captured the lexicon would copy (retain) all of it
        // on every call.
        let keyed = KeyedTokens(tokens, hardMarks: lexicon.hardMarkKeys)
        self.keyed = keyed
        var marks = [TokenMarks].filled(with: TokenMarks(), count: tokens.count)
        for i in tokens.indices where keyed.isBarrier(i) { marks[i].flags.insert(.hardStop) }
        let allCueHits = lexicon.cueIndex.longestMatches(keyed, apart: situationCues)
        if let situationCues, allCueHits.contains(where: { situationCues[$0.owner] }) {
            cueHits = allCueHits.filter { !situationCues[$0.owner] }
            situationHits = allCueHits.filter { situationCues[$0.owner] }
        } else {
            cueHits = allCueHits
            situationHits = []
        }
        var triggers = lexicon.triggerIndex.longestMatches(keyed, sharingEqualSpans: true)
        // A question opener counts only at the start of a sentence that ends in "?". A loop
        // rather than `removeAll(where:)`, whose closure copied the whole lexicon per utterance;
        // the hits kept are moved up in place.
        var kept = 0
        for index in triggers.indices {
            let hit = triggers[index]
            if lexicon.triggers[hit.owner].questionOpener, !Self.opensQuestion(hit, keyed, tokens, lexicon.questionMark) { continue }
            triggers[kept] = hit
            kept += 1
        }
        triggers.removeLast(triggers.count - kept)
        for hit in triggers {
            switch lexicon.triggers[hit.owner].kind {
            case .boundary: for i in hit.start..<hit.end { marks[i].flags.insert(.hardStop) }
            case .parentSubject: marks[hit.start].flags.insert(.parentSubjectStart)
            default: break
            }
        }
        triggerHits = triggers
        // Only cues that assert something continue a list past a comma or "and": a negation
        // does not run on into "...and scored low on the screening" (a reassurance).
        let tracksNewItems = !lexicon.newItemFactors.isEmpty
        for hit in cueHits {
            let reading = lexicon.cues[hit.owner].reading
            guard reading != .absent, reading != .ignore else { continue }
            let first = hit.literals.first ?? hit.start
            let last = hit.literals.last ?? (hit.end - 1)
            marks[first].flags.insert(.cueStart)
            marks[last].flags.insert(.cueEnd)
            guard tracksNewItems else { continue }
            if newItemCues[hit.owner] {
                marks[first].flags.insert(.newItemStart)
                marks[first].newItemStartCue = Int32(hit.owner + 1)
                marks[last].newItemEndCue = Int32(hit.owner + 1)
            } else {
                marks[last].flags.insert(.otherItemEnd)
            }
        }
        self.marks = marks
        self.tracksNewItems = tracksNewItems
    }

    /// Token `i` is a hard stop: a sentence mark, or part of a boundary trigger ("but").
    @inline(__always) func isHardStop(_ i: Int) -> Bool { marks[i].flags.contains(.hardStop) }
    /// A cue that asserts something starts (ends) at token `i`.
    @inline(__always) func isCueStart(_ i: Int) -> Bool { marks[i].flags.contains(.cueStart) }
    @inline(__always) func isCueEnd(_ i: Int) -> Bool { marks[i].flags.contains(.cueEnd) }
    /// A cue of a new-item factor starts at token `i`; a cue of none of them ends there.
    @inline(__always) func isNewItemStart(_ i: Int) -> Bool { marks[i].flags.contains(.newItemStart) }
    @inline(__always) func isOtherItemEnd(_ i: Int) -> Bool { marks[i].flags.contains(.otherItemEnd) }
    @inline(__always) func isParentSubjectStart(_ i: Int) -> Bool { marks[i].flags.contains(.parentSubjectStart) }

    /// The hit starts a sentence that ends in a question mark.
    private static func opensQuestion(_ hit: PatternIndex.Hit, _ keyed: borrowing KeyedTokens, _ tokens: [Token], _ questionMark: Int32) -> Bool {
        var s = hit.start
        while s > 0, !keyed.isBarrier(s - 1) { s -= 1 }
        guard s == hit.start else { return false }
        var e = hit.end
        while e < tokens.count, !keyed.isBarrier(e) { e += 1 }
        return e < tokens.count && tokens[e].key == questionMark
    }

    /// The original text of the evidence's tokens.
    func words(_ span: EvidenceSpan) -> String { words(span.from, span.to) }

    /// The span of `tokens` that covers `unfolded` tokens `range` (the age reader's), by their
    /// bytes: a folded phrase is one token of `tokens` spanning several of `unfolded`.
    func span(ofUnfolded range: Range<Int>) -> EvidenceSpan {
        guard tokens.count != unfolded.count, !range.isEmpty, range.upperBound <= unfolded.count else {
            return EvidenceSpan(from: range.lowerBound, to: range.upperBound)
        }
        let start = unfolded[range.lowerBound].start
        let end = unfolded[range.upperBound - 1].end
        var from = 0
        while from < tokens.count, tokens[from].end <= start { from += 1 }
        var to = from
        while to < tokens.count, tokens[to].start < end { to += 1 }
        return EvidenceSpan(from: from, to: to)
    }

    /// The original text of tokens `from..<to`.
    func words(_ from: Int, _ to: Int) -> String {
        guard from < to, from >= 0, to <= tokens.count else { return "" }
        let a = tokens[from].start
        let b = tokens[to - 1].end
        // Read through a pointer: indexing the string's UTF-8 view by offsets was slower.
        var text = text
        return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }
}

/// The tokens a trigger reaches: from the trigger in its direction until a hard stop, the
/// window, or (for clause-bound kinds) a comma or "and" that does not continue a list of
/// cues. ConText's rule that "no bruising but a mark" leaves the mark alone lives here.
struct Scope {
    var from: Int
    var to: Int

    func contains(_ i: Int) -> Bool { i >= from && i < to }

    /// The scopes of the trigger `lexicon.triggers[hit.owner]` (read in place: copying a
    /// `Trigger` per hit showed in profiles).
    static func of(_ hit: PatternIndex.Hit, in u: Utterance, lexicon: Lexicon) -> Scopes {
        let kind = lexicon.triggers[hit.owner].kind
        let direction = lexicon.triggers[hit.owner].direction
        guard var rule = lexicon.scopeRule(kind) else { return Scopes() }
        if let window = lexicon.triggers[hit.owner].window { rule.window = min(rule.window, window) }
        if lexicon.triggers[hit.owner].questionOpener {
            var e = hit.end
            while e < u.tokens.count, !u.isHardStop(e) { e += 1 }
            var scopes = Scopes()
            scopes.append(Scope(from: hit.start, to: e))
            return scopes
        }
        var scopes = Scopes()
        // A mark written onto the word before it and apart from the next ("What's worrying you?
        // The bruising on her tummy", "honestly? dad's drinking") closes a question: the doubt
        // is the question's, and what is told after it is told.
        if direction != .backward, !closesSentence(hit, u) { scopes.append(forward(from: hit.end, trigger: hit.start, rule: rule, kind: kind, u, lexicon)) }
        // A mark written onto the next word ("burns on his foot ?cigarette", "?# ribs") queries
        // that word, not what came before it.
        let prefixesNextWord = hit.end - hit.start == 1 && u.tokens[hit.start].kind == .punctuation && u.tokens[hit.start].attachedToNext
        if direction != .forward, !prefixesNextWord { scopes.append(backward(from: hit.start, rule: rule, kind: kind, u, lexicon)) }
        return scopes
    }

    /// The hit is one mark glued to the word before it and not to the next ("you? The").
    private static func closesSentence(_ hit: PatternIndex.Hit, _ u: Utterance) -> Bool {
        guard hit.end - hit.start == 1, hit.start > 0, u.tokens[hit.start].kind == .punctuation, !u.tokens[hit.start].attachedToNext else { return false }
        let before = u.tokens[hit.start - 1]
        return before.kind != .punctuation && before.end == u.tokens[hit.start].start
    }

    private static func isSoft(_ i: Int, _ u: Utterance, _ lexicon: Lexicon) -> Bool {
        u.tokens[i].key >= 0 && lexicon.softBoundaryKeys.contains(u.tokens[i].key)
    }

    /// A list word ("or", "any", "other") at token `i`; `DeniedItem` asks it too.
    static func isListWord(_ i: Int, _ u: Utterance, _ lexicon: Lexicon) -> Bool {
        u.tokens[i].key >= 0 && lexicon.listWordKeys.contains(u.tokens[i].key)
    }

    private static func forward(from start: Int, trigger: Int, rule: ScopeRule, kind: Trigger.Kind, _ u: Utterance, _ lexicon: Lexicon) -> Scope {
        let n = u.tokens.count
        var j = start
        var count = 0
        // Shorthand runs items together: where a denied one ends, a negation stops.
        var item = kind == .negation && u.tracksNewItems ? DeniedItem(trigger: trigger, scopeStart: start, u, lexicon) : nil
        // A boundary made of words that hold a cue, right where the scope starts, is what the
        // trigger denies, not an end to it: "signs of bruising on" ends advice before an
        // observation, but must not keep "no" in "no signs of bruising on his arm" from the
        // bruising. ("no but there is a bruise": "but" holds no cue and ends the scope.)
        var throughSharedBoundary = false
        var boundaryWord = start
        // The end of a denied list of topics the scope is in (`topicListEnd`), or -1.
        var listEnd = -1
        while boundaryWord < n, u.isHardStop(boundaryWord), u.tokens[boundaryWord].kind == .word {
            if u.isCueStart(boundaryWord) {
                throughSharedBoundary = true
                break
            }
            boundaryWord += 1
        }
        while j < n, count < rule.window {
            if u.isHardStop(j), !throughSharedBoundary { break }
            if !u.isHardStop(j) { throughSharedBoundary = false }
            if kind == .experiencer, u.isParentSubjectStart(j) { break }
            if rule.endsAtClause, isSoft(j, u, lexicon) {
                if j < listEnd {
                    count += 1
                    j += 1
                    continue
                }
                var k = j + 1
                while k < n, isListWord(k, u, lexicon) || isSoft(k, u, lexicon) { k += 1 }
                // "no bruises, marks or swelling" goes on; ", and" or a new clause stops.
                let commaAnd = u.tokens[j].kind == .punctuation && j + 1 < n && u.tokens[j + 1].kind == .word && isSoft(j + 1, u, lexicon)
                // A list is cue, comma, cue: "not rolling yet, grip marks" ends the negation at
                // the comma, since the words before it ("yet") are no item of a list.
                let itemBefore = j == start || u.isCueEnd(j - 1) || isListWord(j - 1, u, lexicon)
                if commaAnd || !itemBefore || k >= n || !u.isCueStart(k) {
                    guard kind == .negation, let end = topicListEnd(comma: j, trigger: trigger, u, lexicon) else { break }
                    listEnd = end
                    item?.listGoesOn(throughListWord: true)
                    count += 1
                    j += 1
                    continue
                }
                let throughListWord = (j + 1..<k).contains { isListWord($0, u, lexicon) }
                count += k - j
                j = k
                item?.listGoesOn(throughListWord: throughListWord)
                continue
            }
            if let item, item.endsBefore(j, u, lexicon) { break }
            item?.pass(j, u, lexicon)
            count += 1
            j += 1
        }
        return Scope(from: start, to: j)
    }

    /// The end of a denied list of topics that goes on at the comma `j`, or nil: "no concerns re
    /// feeding, weight or bruising", "nil worries about sleep, DA or drugs". A list of cues goes
    /// on at a comma by itself (`forward`); here the items are topics that are no cues
    /// ("feeding", "weight"), so the list is known by its frame and its shape instead:
    /// - before the comma, a closer and a link ("concerns re", "issues with", the words of
    ///   `item_closers` and `item_links`) and then one to three words, the first item;
    /// - after it, items of one to three words between commas, then a list word or a soft
    ///   boundary word ("or", "and") and the last item of one to three words (list words such
    ///   as "any" not counted), ended by a sentence mark, a comma or the text's end;
    /// - no parent named in it ("no concerns re feeding, dad drinks or smokes" tells the
    ///   drinking), and a cue in it.
    /// Otherwise the comma ends the denial, as before: a bruise told after a topic ("no concerns
    /// re feeding, bruise to left ear") is said, not denied.
    private static func topicListEnd(comma j: Int, trigger: Int, _ u: Utterance, _ lexicon: Lexicon) -> Int? {
        let n = u.tokens.count
        guard u.tokens[j].kind == .punctuation else { return nil }
        // The frame and the first item.
        var frame = -1
        for i in trigger..<max(trigger, j - 1) where lexicon.itemEnds.isCloser(u.tokens[i].key) && lexicon.itemEnds.isLink(u.tokens[i + 1].key) {
            frame = i + 2
        }
        guard frame >= 0, (1...3).contains(j - frame) else { return nil }
        var i = j + 1
        var lastItem = false
        while true {
            // One item: words up to a comma, a list or soft word, a sentence mark or the end.
            var words = 0
            while i < n, !u.isHardStop(i), u.tokens[i].kind == .word, !isSoft(i, u, lexicon) {
                if u.isParentSubjectStart(i) { return nil }
                if isListWord(i, u, lexicon) {
                    // "or", "nor" end an item; "any", "other" are part of the last one.
                    if !lastItem { break }
                } else {
                    words += 1
                }
                i += 1
            }
            guard (1...3).contains(words) else { return nil }
            if lastItem {
                guard i >= n || u.isHardStop(i) || isSoft(i, u, lexicon) else { return nil }
                return saysAProblem(from: j + 1, to: i, u, lexicon) ? i : nil
            }
            guard i < n, !u.isHardStop(i) else { return nil }
            if u.tokens[i].kind == .punctuation {
                // A comma: the next item (perhaps ", or").
                i += 1
                if i < n, u.tokens[i].kind == .word, isSoft(i, u, lexicon) || isListWord(i, u, lexicon) {
                    lastItem = true
                    i += 1
                }
            } else {
                // "or", "and": the last item.
                lastItem = true
                i += 1
            }
            while lastItem, i < n, u.tokens[i].kind == .word, isListWord(i, u, lexicon) { i += 1 }
        }
    }

    /// A cue in `from..<to` says a problem (its reading is present or possible), and none says
    /// that all is well: "no issues with feeding, settling, or bruising" is settling without
    /// trouble, and a denial reaching "settling" (a cue of crying absent) would make it crying.
    private static func saysAProblem(from: Int, to: Int, _ u: Utterance, _ lexicon: Lexicon) -> Bool {
        var problem = false
        for hit in u.cueHits where hit.start >= from && hit.start < to {
            switch lexicon.cues[hit.owner].reading {
            case .present, .possible: problem = true
            case .absent, .onlyWhenNegated: return false
            case .ignore: break
            }
        }
        return problem
    }

    private static func backward(from start: Int, rule: ScopeRule, kind: Trigger.Kind, _ u: Utterance, _ lexicon: Lexicon) -> Scope {
        var j = start - 1
        var count = 0
        while j >= 0, count < rule.window {
            if u.isHardStop(j) { break }
            // A childhood said after the parents are named ("her ex hit her and she grew up in
            // care", "dad drinks and mum was abused as a child") reaches back no further.
            if kind == .childhood, u.isParentSubjectStart(j) { break }
            if rule.endsAtClause, isSoft(j, u, lexicon) {
                var k = j - 1
                while k >= 0, isListWord(k, u, lexicon) || isSoft(k, u, lexicon) { k -= 1 }
                if k < 0 || !u.isCueEnd(k) { break }
                count += j - k
                j = k
                continue
            }
            count += 1
            j -= 1
        }
        return Scope(from: j + 1, to: start)
    }
}

/// A trigger's scopes: none, one, or one each way. Held in place rather than in an array,
/// which was an allocation for every trigger of every utterance.
struct Scopes: RandomAccessCollection, MutableCollection {
    private var one = Scope(from: 0, to: 0)
    private var two = Scope(from: 0, to: 0)
    private(set) var endIndex = 0

    var startIndex: Int { 0 }

    subscript(_ k: Int) -> Scope {
        get { k == 0 ? one : two }
        set { if k == 0 { one = newValue } else { two = newValue } }
    }

    /// Adds a scope (at most two).
    mutating func append(_ scope: Scope) {
        precondition(endIndex < 2, "a trigger has at most two scopes")
        self[endIndex] = scope
        endIndex += 1
    }
}
