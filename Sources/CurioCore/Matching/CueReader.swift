/// Reads each cue match in its context: which triggers reach it, and so what it says about
/// which factor. Used by both `Matcher.match` (keeps the findings) and `Matcher.explain`
/// (keeps the reasons).
struct CueReader {
    let lexicon: Lexicon
    let utterance: Utterance

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

    func readings() -> [Reading] {
        var scoped: [(hit: PatternIndex.Hit, trigger: Trigger, scopes: [Scope])] = []
        for hit in utterance.triggerHits {
            let trigger = lexicon.triggers[hit.owner]
            guard trigger.kind != .boundary, trigger.kind != .parentSubject else { continue }
            scoped.append((hit, trigger, Scope.of(hit, trigger, in: utterance, lexicon: lexicon)))
        }
        var result: [Reading] = []
        for hit in utterance.cueHits {
            let cue = lexicon.cues[hit.owner]
            guard cue.reading != .ignore else { continue }
            var applied: [(hit: PatternIndex.Hit, trigger: Trigger, scope: Scope)] = []
            for (triggerHit, trigger, scopes) in scoped {
                if let only = trigger.only, only.isDisjoint(with: cue.factors) { continue }
                if triggerHit.literals.contains(where: { hit.literals.contains($0) }) { continue }
                if let scope = scopes.first(where: { s in hit.literals.contains(where: s.contains) }) {
                    applied.append((triggerHit, trigger, scope))
                }
            }
            result.append(read(hit, cue, applied))
        }
        return result
    }

    private func read(_ hit: PatternIndex.Hit, _ cue: Cue, _ applied: [(hit: PatternIndex.Hit, trigger: Trigger, scope: Scope)]) -> Reading {
        let kinds = Set(applied.map(\.trigger.kind))
        let evidence = evidenceWords(hit, applied)
        var reading = Reading(hit: hit, cue: cue, findings: [], evidence: evidence, applied: applied, outcome: "", factors: cue.factors)
        if kinds.contains(.hypothetical) {
            reading.outcome = "dropped: hypothetical, advice or question"
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
        if negated { notes.append("negated") }
        if hedged { notes.append("hedged") }
        if secondHand { notes.append("second-hand") }
        guard let status else {
            reading.outcome = "nothing: this cue counts only when negated"
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
                if converted != id { notes.append("in the parent's childhood → \(converted)") }
            } else if kinds.contains(.experiencer), rules.aboutParent {
                dropped.append("\(id) is about someone other than the parents")
                continue
            }
            let given = cue.also.contains(id) && !cue.factors.contains(id) ? (hedged || secondHand ? FindingStatus.possible : .present) : status
            if !reading.findings.contains(where: { $0.id == target }) { reading.findings.append((target, given)) }
        }
        let said = notes.isEmpty ? "said plainly" : notes.joined(separator: ", ")
        reading.outcome = reading.findings.isEmpty
            ? "dropped: " + dropped.joined(separator: "; ")
            : "\(said) → \(status.rawValue)" + (dropped.isEmpty ? "" : " (\(dropped.joined(separator: "; ")))")
        return reading
    }

    /// The cue's words, widened to a negation or hedge right next to it ("no bruises").
    private func evidenceWords(_ hit: PatternIndex.Hit, _ applied: [(hit: PatternIndex.Hit, trigger: Trigger, scope: Scope)]) -> String {
        var from = hit.literals.first ?? hit.start
        var to = (hit.literals.last ?? (hit.end - 1)) + 1
        for (triggerHit, trigger, _) in applied where trigger.kind == .negation || trigger.kind == .hedge {
            if triggerHit.end <= from, from - triggerHit.end <= 3 { from = triggerHit.start }
            if triggerHit.start >= to, triggerHit.start - to <= 3 { to = triggerHit.end }
        }
        return utterance.words(from, to)
    }
}
