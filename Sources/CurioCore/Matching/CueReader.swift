/// Reads each cue match in its context: which triggers reach it, and so what it says about
/// which factor. Used by both `Matcher.match` (keeps the findings) and `Matcher.explain`
/// (keeps the reasons).
///
/// The lexicon and utterance are passed to each call rather than stored: storing them would
/// copy (retain) every table of the lexicon on every utterance.
enum CueReader {
    /// One cue's reading: the findings it gives (possibly none) and why.
    struct Reading {
        var hit: PatternIndex.Hit
        var cue: Cue
        var findings: [(id: RiskFactorID, status: FindingStatus)]
        var evidence: String
        var applied: [(hit: PatternIndex.Hit, trigger: Trigger, scope: Scope)]
        var outcome: String
        /// The factors the cue spoke to, for explanations of dropped cues.
        var factors: [RiskFactorID]
    }

    /// `explaining`: also word the outcome of each reading (for `explain`); matching alone skips it.
    static func readings(_ lexicon: Lexicon, _ utterance: Utterance, explaining: Bool) -> [Reading] {
        // The trigger hits that have a scope, by index: copying `Trigger`s (strings and sets)
        // for every cue and trigger pair was a tenth of the matcher's time.
        // Each trigger's `only` is read once here, and each cue copied once below: reading
        // them through the lexicon inside the pair loop copied a whole `Cue` per pair.
        var scoped: [(hit: Int, only: Set<RiskFactorID>?, scopes: [Scope])] = []
        // A negation that is part of a longer cue ("not yet mobile", "not breathing") belongs to
        // that cue: it reaches no further than its own clause ("baby not yet mobile, bruise to the
        // forehead" is a bruise; "nowhere near rolling or crawling" still negates crawling).
        // (One that is a whole cue, "DNA", still negates what follows: "DNA'd her psych review".)
        var ownNegationAt = [Bool](repeating: false, count: utterance.tokens.count)
        for (index, hit) in utterance.triggerHits.enumerated() {
            let trigger = lexicon.triggers[hit.owner]
            guard trigger.kind != .boundary, trigger.kind != .parentSubject else { continue }
            var scopes = Scope.of(hit, trigger, in: utterance, lexicon: lexicon)
            if trigger.kind == .negation, utterance.cueHits.contains(where: { cue in
                cue.literals.count > hit.literals.count && lexicon.cues[cue.owner].reading != .ignore
                    && hit.literals.allSatisfy(cue.literals.contains)
            }) {
                for i in hit.literals { ownNegationAt[i] = true }
                let soft = { (i: Int) in utterance.tokens[i].key >= 0 && lexicon.softBoundaries.contains(utterance.tokens[i].key) }
                scopes = scopes.map { scope in
                    var scope = scope
                    if scope.from >= hit.end, let cut = (scope.from..<scope.to).first(where: soft) { scope.to = cut }
                    if scope.to <= hit.start, let cut = (scope.from..<scope.to).last(where: soft) { scope.from = cut + 1 }
                    return scope
                }
            }
            scoped.append((index, trigger.only, scopes))
        }
        var result: [Reading] = []
        result.reserveCapacity(utterance.cueHits.count)
        for hit in utterance.cueHits {
            guard lexicon.cues[hit.owner].reading != .ignore else { continue }
            let cue = lexicon.cues[hit.owner]
            var applied: [(hit: PatternIndex.Hit, trigger: Trigger, scope: Scope)] = []
            for (index, only, scopes) in scoped {
                if let only, only.isDisjoint(with: cue.factors) { continue }
                if utterance.triggerHits[index].literals.contains(where: { hit.literals.contains($0) }) { continue }
                if let scope = scopes.first(where: { s in hit.literals.contains(where: s.contains) }) {
                    applied.append((utterance.triggerHits[index], lexicon.triggers[utterance.triggerHits[index].owner], scope))
                }
            }
            // A cue that says its own "not" ("not breathing", "dad not on the birth cert") is not
            // negated again by an earlier one ("no he's not breathing", "no info on dad, not on...").
            if hit.literals.contains(where: { ownNegationAt[$0] }) { applied.removeAll { $0.trigger.kind == .negation } }
            result.append(read(hit, cue, applied, lexicon, utterance, explaining: explaining))
        }
        return result
    }

    private static func read(
        _ hit: PatternIndex.Hit, _ cue: Cue, _ applied: [(hit: PatternIndex.Hit, trigger: Trigger, scope: Scope)],
        _ lexicon: Lexicon, _ utterance: Utterance, explaining: Bool
    ) -> Reading {
        var kinds = Trigger.Kinds()
        for use in applied { kinds.insert(use.trigger.kind) }
        let evidence = evidenceWords(hit, applied, utterance)
        var reading = Reading(hit: hit, cue: cue, findings: [], evidence: evidence, applied: applied, outcome: "", factors: cue.factors)
        if kinds.contains(.hypothetical) {
            if explaining { reading.outcome = "dropped: hypothetical, advice or question" }
            return reading
        }
        let negated = kinds.contains(.negation)
        let hedged = kinds.contains(.hedge)
        let secondHand = kinds.contains(.secondHand)
        var status: FindingStatus?
        switch (cue.reading, negated) {
        case (.present, false): status = .present
        case (.possible, false): status = .possible
        case (.absent, false): status = .absent
        case (.onlyWhenNegated, false), (.ignore, _): status = nil
        case (.present, true), (.possible, true): status = .absent
        case (.absent, true), (.onlyWhenNegated, true): status = .present
        }
        if hedged, status != nil || cue.reading == .onlyWhenNegated { status = .possible }
        if secondHand, status == .present { status = .possible }
        var notes: [String] = []
        if explaining {
            if negated { notes.append("negated") }
            if hedged { notes.append("hedged") }
            if secondHand { notes.append("second-hand") }
        }
        guard let status else {
            if explaining { reading.outcome = "nothing: this cue counts only when negated" }
            return reading
        }
        var ids = cue.factors
        if !negated { ids += cue.also }
        var dropped: [String] = []
        for id in ids {
            let rules = lexicon.factorRules[id] ?? FactorRules()
            var target = id
            if kinds.contains(.childhood), let converted = rules.inChildhood {
                target = converted
                if converted != id, explaining { notes.append("in the parent's childhood → \(converted)") }
            } else if kinds.contains(.experiencer), rules.aboutParent {
                if explaining { dropped.append("\(id) is about someone other than the parents") }
                continue
            }
            let given = cue.also.contains(id) && !cue.factors.contains(id) ? (hedged || secondHand ? FindingStatus.possible : .present) : status
            if !reading.findings.contains(where: { $0.id == target }) { reading.findings.append((target, given)) }
        }
        guard explaining else { return reading }
        let said = notes.isEmpty ? "said plainly" : notes.joined(separator: ", ")
        reading.outcome = reading.findings.isEmpty
            ? "dropped: " + dropped.joined(separator: "; ")
            : "\(said) → \(status.rawValue)" + (dropped.isEmpty ? "" : " (\(dropped.joined(separator: "; ")))")
        return reading
    }

    /// The cue's words, widened to a negation or hedge right next to it ("no bruises").
    private static func evidenceWords(
        _ hit: PatternIndex.Hit, _ applied: [(hit: PatternIndex.Hit, trigger: Trigger, scope: Scope)], _ utterance: Utterance
    ) -> String {
        var from = hit.literals.first ?? hit.start
        var to = (hit.literals.last ?? (hit.end - 1)) + 1
        for (triggerHit, trigger, _) in applied where trigger.kind == .negation || trigger.kind == .hedge {
            if triggerHit.end <= from, from - triggerHit.end <= 3 { from = triggerHit.start }
            if triggerHit.start >= to, triggerHit.start - to <= 3 { to = triggerHit.end }
        }
        return utterance.words(from, to)
    }
}
