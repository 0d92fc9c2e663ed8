/// Merges the readings of one utterance into one finding per factor.
///
/// Present beats possible beats absent, with one exception: when one cue says a factor is
/// there and another, said plainly, says the opposite ("says he cries a lot, but I've only
/// seen him calm and content"), the accounts conflict and the factor is only `possible`.
/// A negated cue ("no bruising ... but a mark") never outweighs a plain one.
struct FindingMerger {
    private struct Entry {
        var status: FindingStatus
        var evidence: String
        var plainOpposite = false
        var order: Int
    }

    private var entries: [RiskFactorID: Entry] = [:]
    private var next = 0

    /// `cue`: how the cue that gave the finding reads, if a cue gave it.
    mutating func add(_ id: RiskFactorID, _ status: FindingStatus, evidence: String, cue: Cue.Reading?) {
        let plainAbsent = status == .absent && cue == .absent
        guard var entry = entries[id] else {
            entries[id] = Entry(status: status, evidence: evidence, plainOpposite: plainAbsent, order: next)
            next += 1
            return
        }
        // A plain "no" after a "yes" tempers it; a "yes" after a plain "no" ("was under the
        // CMHT but disengaged") is the later word and stands.
        if plainAbsent, entry.status == .present { entry.plainOpposite = true }
        if status == .present, !plainAbsent { entry.plainOpposite = false }
        if status > entry.status {
            entry.status = status
            entry.evidence = evidence
        }
        entries[id] = entry
    }

    func findings(implications: [RiskFactorID: FactorRules]) -> [Finding] {
        var merged = entries
        for (id, entry) in entries where entry.status.isPositive {
            for implied in implications[id]?.implies ?? [] where !(merged[implied]?.status.isPositive ?? false) {
                merged[implied] = Entry(status: .present, evidence: entry.evidence, order: entry.order)
            }
        }
        return merged.sorted { $0.value.order < $1.value.order || ($0.value.order == $1.value.order && $0.key < $1.key) }.map { id, entry in
            var status = entry.status
            if status == .present, entry.plainOpposite { status = .possible }
            return Finding(id: id, status: status, evidence: entry.evidence)
        }
    }
}
