/// Reads each cue match in its context: which triggers reach it, and so what it says about
/// which factor. Used by both `Matcher.match` (keeps the findings) and `Matcher.explain`
/// (keeps the reasons).
///
/// The lexicon and utterance are passed to each call rather than stored: storing them would
/// copy (retain) every table of the lexicon on every utterance. For the same reason cues and
/// triggers are named by their index in the lexicon, never copied.
enum CueReader {
    // Small structs rather than tuples: an array of tuples looks its element type up in the
    // runtime on every allocation, which showed in profiles.

    /// A trigger that reaches a cue: its hit (`hit.owner` indexes `lexicon.triggers`) and scope.
    struct Use {
        var hit: PatternIndex.Hit
        var scope: Scope
    }

    /// What one cue says about one factor.
    struct Said {
        var id: RiskFactorID
        var status: FindingStatus
    }

    /// A trigger hit with a scope, by its index in `utterance.triggerHits`. `limited`: the
    /// trigger names the only factors it reaches (`Trigger.only`), looked up when a cue is
    /// in its scope. Plain data, so that the list lives in stack scratch.
    private struct Scoped {
        var hit: Int
        var limited: Bool
        var scopes: Scopes
    }

    /// One cue's reading: the findings it gives (possibly none) and why.
    struct Reading {
        /// The cue's hit; `hit.owner` indexes `lexicon.cues`.
        var hit: PatternIndex.Hit
        /// What it says: a run of `Readings.said`.
        var findings: Range<Int>
        /// The words to quote: the cue's, widened to a negation or hedge next to it.
        var evidence: EvidenceSpan
    }

    /// Why a reading came out as it did, for `explain`: the triggers that reached its cue and
    /// the outcome in words. Kept apart from `Reading`, which is plain data: matching needs
    /// no reasons, and an array and a string in every reading were retained, released and
    /// destroyed with it.
    struct Why {
        var applied: [Use]
        var outcome: String
    }

    /// Every cue reading of an utterance, and what they say in one array: an array of findings
    /// per reading was an allocation for nearly every cue matched.
    struct Readings {
        var list: [Reading] = []
        var said: [Said] = []
        /// Per reading of `list`, why; only when explaining (else empty).
        var why: [Why] = []
    }

    /// `explaining`: also word the outcome of each reading (for `explain`); matching alone skips it.
    ///
    /// The scoped triggers, and the triggers that reach each cue, are kept in stack scratch:
    /// two arrays here were an allocation and a free each for nearly every utterance, and a
    /// trigger's `only` set was copied (retained and released) for every trigger hit. Both
    /// were a fifth of this function's instructions.
    static func readings(_ lexicon: Lexicon, _ utterance: Utterance, explaining: Bool) -> Readings {
        // At most one scope a trigger hit, and one use a scoped trigger for each cue.
        let most = utterance.triggerHits.count
        return withUnsafeTemporaryAllocation(of: Scoped.self, capacity: most) { scoped in
            withUnsafeTemporaryAllocation(of: Use.self, capacity: most) { applied in
                readings(lexicon, utterance, explaining: explaining, scoped: scoped, applied: applied)
            }
        }
    }

    /// `readings` with its scratch: room for `utterance.triggerHits.count` of each.
    private static func readings(
        _ lexicon: Lexicon, _ utterance: Utterance, explaining: Bool,
        scoped scopedRoom: UnsafeMutableBufferPointer<Scoped>, applied appliedRoom: UnsafeMutableBufferPointer<Use>
    ) -> Readings {
        // The trigger hits that have a scope, by index: copying `Trigger`s (strings and sets)
        // for every cue and trigger pair was a tenth of the matcher's time.
        // Each trigger's `only` is read once here, and each cue copied once below: reading
        // them through the lexicon inside the pair loop copied a whole `Cue` per pair.
        var scopedCount = 0
        // A negation that is part of a longer cue ("not yet mobile", "not breathing") belongs to
        // that cue: it reaches no further than its own clause ("baby not yet mobile, bruise to the
        // forehead" is a bruise; "nowhere near rolling or crawling" still negates crawling).
        // (One that is a whole cue, "DNA", still negates what follows: "DNA'd her psych review".)
        // The tokens of such negations, listed: almost always none, so no array of flags.
        var ownNegations: [Int] = []
        for (index, hit) in utterance.triggerHits.enumerated() {
            let kind = lexicon.triggers[hit.owner].kind
            guard kind != .boundary, kind != .parentSubject else { continue }
            var scopes = Scope.of(hit, in: utterance, lexicon: lexicon)
            // Loops rather than closures here and below: a closure that read the lexicon
            // copied (retained and released) every table of it.
            if kind == .negation, partOfLongerCue(hit, lexicon, utterance) {
                ownNegations.append(contentsOf: hit.literals)
                for k in scopes.indices {
                    var scope = scopes[k]
                    if scope.from >= hit.end {
                        for i in scope.from..<scope.to where isSoft(i, lexicon, utterance) {
                            scope.to = i
                            break
                        }
                    }
                    if scope.to <= hit.start {
                        for i in (scope.from..<scope.to).reversed() where isSoft(i, lexicon, utterance) {
                            scope.from = i + 1
                            break
                        }
                    }
                    scopes[k] = scope
                }
            }
            scopedRoom[scopedCount] = Scoped(hit: index, limited: lexicon.triggers[hit.owner].only != nil, scopes: scopes)
            scopedCount += 1
        }
        var result = Readings()
        // The factors' cues, then the situations' (read the same way).
        let factorHits = utterance.cueHits.count
        let hitCount = factorHits + utterance.situationHits.count
        result.list.reserveCapacity(hitCount)
        // A cue gives a factor or two: room for them at once, not grown a doubling at a time.
        result.said.reserveCapacity(hitCount * 2)
        let scoped = UnsafeBufferPointer(rebasing: scopedRoom[0..<scopedCount])
        for index in 0..<hitCount {
            let hit = index < factorHits ? utterance.cueHits[index] : utterance.situationHits[index - factorHits]
            // A look-alike gives nothing of its own; one with `also:` gives those factors (a
            // mother's cuts along her wrists are no injury of the baby's, and are her mental health).
            guard lexicon.cues[hit.owner].reading != .ignore || !lexicon.cues[hit.owner].also.isEmpty else { continue }
            let factors = lexicon.cues[hit.owner].factors
            // The triggers that reach the cue, written over those of the cue before.
            var appliedCount = 0
            for trigger in scoped {
                // The cheap tests first: `only` hashes every factor id (a string).
                guard let scope = trigger.scopes.first(where: { s in hit.literals.intersects(from: s.from, to: s.to) }) else { continue }
                let triggerHit = utterance.triggerHits[trigger.hit]
                if triggerHit.literals.intersects(hit.literals) { continue }
                // A limited trigger reaches a cue by the cue's own factors; what it gives besides
                // (`also:`) is inferred from them, so a trigger that names only those does not
                // apply ("her ex is threatening to take the baby" is still abuse of the mother).
                if trigger.limited, let only = lexicon.triggers[triggerHit.owner].only, only.isDisjoint(with: factors) { continue }
                appliedRoom[appliedCount] = Use(hit: triggerHit, scope: scope)
                appliedCount += 1
            }
            // A question answered after its mark ("Any history of depression? No.", "Is he
            // crawling? Not yet.", "Any drug use? Don't know"): the answer, a negation or doubt
            // that starts at the "?", says what the question names, and the question's opener
            // ("any", "is") no longer makes it a mere question. So too a cue written with its
            // question's mark and answer ("treated for anxiety or depression? - No").
            if appliedCount > 0,
                spansQuestionMark(hit, lexicon, utterance) || answersQuestion(appliedRoom, appliedCount, after: hit, lexicon, utterance) {
                var kept = 0
                for k in 0..<appliedCount {
                    let trigger = lexicon.triggers[appliedRoom[k].hit.owner]
                    if trigger.questionOpener, trigger.kind == .hypothetical { continue }
                    appliedRoom[kept] = appliedRoom[k]
                    kept += 1
                }
                appliedCount = kept
            }
            // A thing named as already there after a condition or a watch ("if her depression
            // gets worse", "keep an eye on that bruise"): the condition is of what it does next,
            // and drops it no more (`Presupposition`). Only where the condition ends at the
            // determiner; then no hypothetical reaches the cue.
            var presupposedBy: Int?
            if appliedCount > 0, let d = lexicon.presupposition.determiner(forCueAt: hit.start, in: utterance.tokens) {
                var endsThere = false
                for k in 0..<appliedCount where appliedRoom[k].hit.end == d && lexicon.triggers[appliedRoom[k].hit.owner].kind == .hypothetical {
                    endsThere = true
                }
                if endsThere {
                    var kept = 0
                    for k in 0..<appliedCount where lexicon.triggers[appliedRoom[k].hit.owner].kind != .hypothetical {
                        appliedRoom[kept] = appliedRoom[k]
                        kept += 1
                    }
                    appliedCount = kept
                    presupposedBy = d
                }
            }
            // A cue that says its own "not" ("not breathing", "dad not on the birth cert") is not
            // negated again by an earlier one ("no he's not breathing", "no info on dad, not on...").
            if !ownNegations.isEmpty, hit.literals.contains(where: ownNegations.contains) {
                // The others moved up in place, in their order.
                var kept = 0
                for k in 0..<appliedCount where lexicon.triggers[appliedRoom[k].hit.owner].kind != .negation {
                    appliedRoom[kept] = appliedRoom[k]
                    kept += 1
                }
                appliedCount = kept
            }
            let applied = UnsafeBufferPointer(rebasing: appliedRoom[0..<appliedCount])
            let (reading, outcome) = read(hit, applied, lexicon, utterance, into: &result.said, explaining: explaining)
            result.list.append(reading)
            if explaining {
                let named = presupposedBy.map { "named as there by \"\(utterance.tokens[$0].text)\" after a condition; " } ?? ""
                result.why.append(Why(applied: Array(applied), outcome: named + outcome))
            }
        }
        return result
    }

    /// The cue's own words hold a question mark: it reads a question with its answer.
    private static func spansQuestionMark(_ cue: PatternIndex.Hit, _ lexicon: Lexicon, _ utterance: Utterance) -> Bool {
        for i in cue.literals where utterance.tokens[i].key == lexicon.questionMark { return true }
        return false
    }

    /// Among `applied`, a negation or doubt after the cue that starts with a question's mark and
    /// goes on to words of its own: the question's answer ("? No", "? A: not sure").
    private static func answersQuestion(
        _ applied: UnsafeMutableBufferPointer<Use>, _ count: Int, after cue: PatternIndex.Hit, _ lexicon: Lexicon, _ utterance: Utterance
    ) -> Bool {
        for k in 0..<count {
            let answer = applied[k].hit
            let kind = lexicon.triggers[answer.owner].kind
            guard kind == .negation || kind == .hedge, answer.start >= cue.end, answer.end - answer.start > 1 else { continue }
            if utterance.tokens[answer.start].key == lexicon.questionMark { return true }
        }
        return false
    }

    /// The negation's words all belong to a longer cue that is not a look-alike.
    private static func partOfLongerCue(_ hit: PatternIndex.Hit, _ lexicon: Lexicon, _ utterance: Utterance) -> Bool {
        for cue in utterance.cueHits where cue.literals.count > hit.literals.count && lexicon.cues[cue.owner].reading != .ignore {
            var all = true
            for i in hit.literals where !cue.literals.contains(i) {
                all = false
                break
            }
            if all { return true }
        }
        return false
    }

    private static func isSoft(_ i: Int, _ lexicon: Lexicon, _ utterance: Utterance) -> Bool {
        utterance.tokens[i].key >= 0 && lexicon.softBoundaryKeys.contains(utterance.tokens[i].key)
    }

    /// The kinds of trigger that reach one factor: `kinds` (the unlimited ones') and those of
    /// the limited triggers that name it. A function, not a closure: a closure that read the
    /// lexicon copied its tables.
    private static func kindsReaching(
        _ id: RiskFactorID, _ kinds: Trigger.Kinds, _ applied: UnsafeBufferPointer<Use>, _ lexicon: Lexicon
    ) -> Trigger.Kinds {
        var reaching = kinds
        for use in applied {
            if let only = lexicon.triggers[use.hit.owner].only, only.contains(id) { reaching.insert(lexicon.triggers[use.hit.owner].kind) }
        }
        return reaching
    }

    /// What the cue says of one factor once its triggers are known: nil for nothing.
    private static func status(_ cueReading: Cue.Reading, _ kinds: Trigger.Kinds) -> FindingStatus? {
        if kinds.contains(.hypothetical) { return nil }
        var status: FindingStatus?
        switch (cueReading, kinds.contains(.negation)) {
        case (.present, false): status = .present
        case (.possible, false): status = .possible
        case (.absent, false): status = .absent
        case (.onlyWhenNegated, false), (.ignore, _): status = nil
        case (.present, true), (.possible, true): status = .absent
        case (.absent, true), (.onlyWhenNegated, true): status = .present
        }
        if kinds.contains(.hedge), status != nil || cueReading == .onlyWhenNegated { status = .possible }
        if kinds.contains(.secondHand), status == .present { status = .possible }
        return status
    }

    /// A trigger limited to some factors (`Trigger.only`) changes only those: "she left him
    /// alone once, he's been fine since" ends the danger, not the neglect the same cue gives
    /// (`also:`). So each factor is read with the triggers that reach it: every unlimited one,
    /// and the limited ones that name it. Almost always none is limited and all share one
    /// reading.
    private static func read(
        _ hit: PatternIndex.Hit, _ applied: UnsafeBufferPointer<Use>, _ lexicon: Lexicon, _ utterance: Utterance, into said: inout [Said], explaining: Bool
    ) -> (Reading, outcome: String) {
        var kinds = Trigger.Kinds()
        var anyLimited = false
        for use in applied {
            if lexicon.triggers[use.hit.owner].only != nil {
                anyLimited = true
            } else {
                kinds.insert(lexicon.triggers[use.hit.owner].kind)
            }
        }
        let evidence = evidenceWords(hit, applied, lexicon, utterance)
        let first = said.count
        var reading = Reading(hit: hit, findings: first..<first, evidence: evidence)
        let cueReading = lexicon.cues[hit.owner].reading
        let factors = lexicon.cues[hit.owner].factors
        let also = lexicon.cues[hit.owner].also
        // Every kind that reached some factor, for the notes.
        var allKinds = kinds
        if anyLimited { for use in applied { allKinds.insert(lexicon.triggers[use.hit.owner].kind) } }
        if !anyLimited, kinds.contains(.hypothetical) {
            return (reading, explaining ? "dropped: hypothetical, advice or question" : "")
        }
        var notes: [String] = []
        if explaining {
            if allKinds.contains(.negation) { notes.append("negated") }
            if allKinds.contains(.hedge) { notes.append("hedged") }
            if allKinds.contains(.secondHand) { notes.append("second-hand") }
        }
        var dropped: [String] = []
        var statuses: [FindingStatus] = []
        // The factors, then (said plainly) the `also` ones, without joining the arrays: that
        // allocated a new array per reading.
        for k in 0..<(factors.count + also.count) {
            let id = k < factors.count ? factors[k] : also[k - factors.count]
            let reaching = anyLimited ? kindsReaching(id, kinds, applied, lexicon) : kinds
            let isAlso = k >= factors.count && !factors.contains(id)
            // A denied cue denies its own factors only: "no bruises" says nothing of neglect.
            if isAlso, reaching.contains(.negation) { continue }
            // A look-alike's `also` factors are said plainly by its words.
            guard let status = status(isAlso && cueReading == .ignore ? .present : cueReading, reaching) else {
                if explaining, anyLimited {
                    dropped.append("\(id): " + (reaching.contains(.hypothetical) ? "hypothetical, advice or question" : "counts only when negated"))
                }
                continue
            }
            var target = id
            // The factor's rules matter only in a childhood or of another person: looking them
            // up (hashing the id) for every finding showed in profiles.
            if reaching.contains(.childhood) || reaching.contains(.experiencer) {
                let rules = lexicon.factorRules[id] ?? FactorRules()
                // What was true in the parent's childhood is not true now: no situation.
                if reaching.contains(.childhood), id.isSituation {
                    if explaining { dropped.append("\(id) is what is true now, not in a childhood") }
                    continue
                }
                if reaching.contains(.childhood), let converted = rules.inChildhood {
                    target = converted
                    if converted != id, explaining { notes.append("in the parent's childhood → \(converted)") }
                } else if reaching.contains(.experiencer), rules.aboutParent {
                    if explaining { dropped.append("\(id) is about someone other than the parents") }
                    continue
                }
            }
            let given = isAlso ? (reaching.contains(.hedge) || reaching.contains(.secondHand) ? FindingStatus.possible : .present) : status
            var known = false
            for k in first..<said.count where said[k].id == target { known = true }
            if !known {
                said.append(Said(id: target, status: given))
                if explaining { statuses.append(given) }
            }
        }
        reading.findings = first..<said.count
        guard explaining else { return (reading, "") }
        if reading.findings.isEmpty, !anyLimited {
            if status(cueReading, kinds) == nil { return (reading, "nothing: this cue counts only when negated") }
        }
        let words = notes.isEmpty ? "said plainly" : notes.joined(separator: ", ")
        let outcome = reading.findings.isEmpty
            ? "dropped: " + dropped.joined(separator: "; ")
            : "\(words) → \(statuses[0].rawValue)" + (dropped.isEmpty ? "" : " (\(dropped.joined(separator: "; ")))")
        return (reading, outcome)
    }

    /// The cue's words, widened to a negation or hedge right next to it ("no bruises").
    private static func evidenceWords(
        _ hit: PatternIndex.Hit, _ applied: UnsafeBufferPointer<Use>, _ lexicon: Lexicon, _ utterance: Utterance
    ) -> EvidenceSpan {
        var from = hit.literals.first ?? hit.start
        var to = (hit.literals.last ?? (hit.end - 1)) + 1
        for use in applied {
            let triggerHit = use.hit
            let kind = lexicon.triggers[triggerHit.owner].kind
            guard kind == .negation || kind == .hedge else { continue }
            if triggerHit.end <= from, from - triggerHit.end <= 3 { from = triggerHit.start }
            if triggerHit.start >= to, triggerHit.start - to <= 3 { to = triggerHit.end }
        }
        return EvidenceSpan(from: from, to: to)
    }
}
