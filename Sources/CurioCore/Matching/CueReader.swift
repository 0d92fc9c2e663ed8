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

    /// A trigger hit with a scope, by its index in `utterance.triggerHits`.
    private struct Scoped {
        var hit: Int
        var only: Set<RiskFactorID>?
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
    static func readings(_ lexicon: Lexicon, _ utterance: Utterance, explaining: Bool) -> Readings {
        // The trigger hits that have a scope, by index: copying `Trigger`s (strings and sets)
        // for every cue and trigger pair was a tenth of the matcher's time.
        // Each trigger's `only` is read once here, and each cue copied once below: reading
        // them through the lexicon inside the pair loop copied a whole `Cue` per pair.
        var scoped: [Scoped] = []
        scoped.reserveCapacity(utterance.triggerHits.count)  // one allocation, not one per doubling
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
            scoped.append(Scoped(hit: index, only: lexicon.triggers[hit.owner].only, scopes: scopes))
        }
        var result = Readings()
        result.list.reserveCapacity(utterance.cueHits.count)
        // A cue gives a factor or two: room for them at once, not grown a doubling at a time.
        result.said.reserveCapacity(utterance.cueHits.count * 2)
        // One array of the triggers that reach a cue, emptied for each cue: a new one per cue
        // was an allocation each.
        var applied: [Use] = []
        for hit in utterance.cueHits {
            guard lexicon.cues[hit.owner].reading != .ignore else { continue }
            let factors = lexicon.cues[hit.owner].factors
            applied.removeAll(keepingCapacity: true)
            for trigger in scoped {
                // The cheap tests first: `only` hashes every factor id (a string).
                guard let scope = trigger.scopes.first(where: { s in hit.literals.intersects(from: s.from, to: s.to) }) else { continue }
                let triggerHit = utterance.triggerHits[trigger.hit]
                if triggerHit.literals.intersects(hit.literals) { continue }
                if let only = trigger.only, only.isDisjoint(with: factors) { continue }
                applied.append(Use(hit: triggerHit, scope: scope))
            }
            // A cue that says its own "not" ("not breathing", "dad not on the birth cert") is not
            // negated again by an earlier one ("no he's not breathing", "no info on dad, not on...").
            if !ownNegations.isEmpty, hit.literals.contains(where: ownNegations.contains) {
                var kept: [Use] = []
                for use in applied where lexicon.triggers[use.hit.owner].kind != .negation { kept.append(use) }
                applied = kept
            }
            let (reading, outcome) = read(hit, applied, lexicon, utterance, into: &result.said, explaining: explaining)
            result.list.append(reading)
            if explaining { result.why.append(Why(applied: applied, outcome: outcome)) }
        }
        return result
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

    private static func read(
        _ hit: PatternIndex.Hit, _ applied: [Use], _ lexicon: Lexicon, _ utterance: Utterance, into said: inout [Said], explaining: Bool
    ) -> (Reading, outcome: String) {
        var kinds = Trigger.Kinds()
        for use in applied { kinds.insert(lexicon.triggers[use.hit.owner].kind) }
        let evidence = evidenceWords(hit, applied, lexicon, utterance)
        let first = said.count
        var reading = Reading(hit: hit, findings: first..<first, evidence: evidence)
        let cueReading = lexicon.cues[hit.owner].reading
        if kinds.contains(.hypothetical) {
            return (reading, explaining ? "dropped: hypothetical, advice or question" : "")
        }
        let negated = kinds.contains(.negation)
        let hedged = kinds.contains(.hedge)
        let secondHand = kinds.contains(.secondHand)
        var status: FindingStatus?
        switch (cueReading, negated) {
        case (.present, false): status = .present
        case (.possible, false): status = .possible
        case (.absent, false): status = .absent
        case (.onlyWhenNegated, false), (.ignore, _): status = nil
        case (.present, true), (.possible, true): status = .absent
        case (.absent, true), (.onlyWhenNegated, true): status = .present
        }
        if hedged, status != nil || cueReading == .onlyWhenNegated { status = .possible }
        if secondHand, status == .present { status = .possible }
        var notes: [String] = []
        if explaining {
            if negated { notes.append("negated") }
            if hedged { notes.append("hedged") }
            if secondHand { notes.append("second-hand") }
        }
        guard let status else {
            return (reading, explaining ? "nothing: this cue counts only when negated" : "")
        }
        let factors = lexicon.cues[hit.owner].factors
        let also = lexicon.cues[hit.owner].also
        var dropped: [String] = []
        // The factors, then (said plainly) the `also` ones, without joining the arrays: that
        // allocated a new array per reading.
        let count = factors.count + (negated ? 0 : also.count)
        for k in 0..<count {
            let id = k < factors.count ? factors[k] : also[k - factors.count]
            var target = id
            // The factor's rules matter only in a childhood or of another person: looking them
            // up (hashing the id) for every finding showed in profiles.
            if kinds.contains(.childhood) || kinds.contains(.experiencer) {
                let rules = lexicon.factorRules[id] ?? FactorRules()
                if kinds.contains(.childhood), let converted = rules.inChildhood {
                    target = converted
                    if converted != id, explaining { notes.append("in the parent's childhood → \(converted)") }
                } else if kinds.contains(.experiencer), rules.aboutParent {
                    if explaining { dropped.append("\(id) is about someone other than the parents") }
                    continue
                }
            }
            let given = also.contains(id) && !factors.contains(id) ? (hedged || secondHand ? FindingStatus.possible : .present) : status
            var known = false
            for k in first..<said.count where said[k].id == target { known = true }
            if !known { said.append(Said(id: target, status: given)) }
        }
        reading.findings = first..<said.count
        guard explaining else { return (reading, "") }
        let said = notes.isEmpty ? "said plainly" : notes.joined(separator: ", ")
        let outcome = reading.findings.isEmpty
            ? "dropped: " + dropped.joined(separator: "; ")
            : "\(said) → \(status.rawValue)" + (dropped.isEmpty ? "" : " (\(dropped.joined(separator: "; ")))")
        return (reading, outcome)
    }

    /// The cue's words, widened to a negation or hedge right next to it ("no bruises").
    private static func evidenceWords(
        _ hit: PatternIndex.Hit, _ applied: [Use], _ lexicon: Lexicon, _ utterance: Utterance
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
