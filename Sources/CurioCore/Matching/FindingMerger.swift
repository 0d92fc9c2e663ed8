/// Merges the readings of one utterance into one finding per factor.
///
/// Present beats possible beats absent, with one exception: when one cue says a factor is
/// there and another, said plainly, says the opposite ("says he cries a lot, but I've only
/// seen him calm and content"), the accounts conflict and the factor is only `possible`.
/// A negated cue ("no bruising ... but a mark") never outweighs a plain one. Nor does a plain
/// one a critical finding said present (`presentStands`: the taxonomy's `critical` factors):
/// "bruise on his cheek, skin clear elsewhere", "fractured skull on CT, skeletal survey normal"
/// and "the flat was filthy, the kitchen clean" tell what was found beside what was not, and a
/// neglect tempered to possible lost its referral.
///
/// For a factor whose later absent status stands (`RiskFactor.laterAbsentStands`, a pregnancy
/// that ends in a birth), the word said later in the utterance stands, as it does across
/// answers in `CasePicture`: "she was 38 weeks pregnant and delivered yesterday" is a baby
/// born, not a pregnancy. (The cues' readings come in the order of the cues, not of the words,
/// so the evidence's position says which was said later.)
///
/// The entries are a short array searched in order, not a dictionary: an utterance gives a
/// handful of findings, and hashing every factor id (a string) showed in profiles.
struct FindingMerger {
    private struct Entry {
        var id: RiskFactorID
        var status: FindingStatus
        var evidence: EvidenceSpan
        var plainOpposite = false
        var order: Int
    }

    private var entries: [Entry] = []
    /// The factors whose later absent status stands (a handful at most, searched in order).
    private let laterAbsentStands: [RiskFactorID]
    /// The factors whose present status no plain absent in the same utterance tempers.
    private let presentStands: [RiskFactorID]

    init(laterAbsentStands: [RiskFactorID] = [], presentStands: [RiskFactorID] = []) {
        self.laterAbsentStands = laterAbsentStands
        self.presentStands = presentStands
    }

    /// `cue`: how the cue that gave the finding reads, if a cue gave it.
    mutating func add(_ id: RiskFactorID, _ status: FindingStatus, evidence: EvidenceSpan, cue: Cue.Reading?) {
        let plainAbsent = status == .absent && cue == .absent
        guard let index = entries.firstIndex(where: { FactorImplications.same($0.id, id) }) else {
            // Room for a typical utterance's findings at once, not grown one doubling at a time.
            if entries.isEmpty { entries.reserveCapacity(8) }
            entries.append(Entry(id: id, status: status, evidence: evidence, plainOpposite: plainAbsent, order: entries.count))
            return
        }
        if !laterAbsentStands.isEmpty, let newStands = laterStands(entries[index], id, status, evidence: evidence, plainAbsent: plainAbsent) {
            if newStands {
                entries[index].status = status
                entries[index].evidence = evidence
                entries[index].plainOpposite = plainAbsent
            }
            return
        }
        // A plain "no" after a "yes" tempers it; a "yes" after a plain "no" ("was under the
        // CMHT but disengaged") is the later word and stands.
        if plainAbsent, entries[index].status == .present, !presentStands.contains(where: { FactorImplications.same($0, id) }) {
            entries[index].plainOpposite = true
        }
        if status == .present, !plainAbsent { entries[index].plainOpposite = false }
        if status > entries[index].status {
            entries[index].status = status
            entries[index].evidence = evidence
        }
    }

    /// When a plain absent and a present of a `laterAbsentStands` factor meet, whether the new
    /// one stands (it was said after the kept one) or the kept one does; nil when they do not
    /// meet so, and the usual strengths decide.
    private func laterStands(_ kept: Entry, _ id: RiskFactorID, _ status: FindingStatus, evidence: EvidenceSpan, plainAbsent: Bool) -> Bool? {
        // (An absent entry's `plainOpposite` says it came from a plain absent cue.)
        let keptPlainAbsent = kept.status == .absent && kept.plainOpposite
        guard (plainAbsent && kept.status == .present) || (status == .present && !plainAbsent && keptPlainAbsent),
            laterAbsentStands.contains(where: { FactorImplications.same($0, id) })
        else { return nil }
        return evidence.from > kept.evidence.from
    }

    /// Mutating: the entries are sorted in place, where sorting a copy copied the array. Each
    /// finding's evidence is quoted from `utterance` here, once per finding.
    mutating func findings(implications: FactorImplications, quoting utterance: Utterance) -> [Finding] {
        // The implications are read off the entries as merged, before any is added: `original`
        // holds them (the array is copied only if an implication changes it), and is gone
        // before the sort, so that sorting does not copy.
        do {
            let original = entries
            for entry in original where entry.status.isPositive {
                for implied in implications.of(entry.id) {
                    let index = entries.firstIndex { FactorImplications.same($0.id, implied) }
                    if let index, entries[index].status.isPositive { continue }
                    let added = Entry(id: implied, status: .present, evidence: entry.evidence, order: entry.order)
                    if let index { entries[index] = added } else { entries.append(added) }
                }
            }
        }
        entries.sort { $0.order < $1.order || ($0.order == $1.order && $0.id < $1.id) }
        return entries.map { entry in
            var status = entry.status
            if status == .present, entry.plainOpposite { status = .possible }
            return Finding(id: entry.id, status: status, evidence: utterance.words(entry.evidence))
        }
    }
}

/// The factors each factor implies (`FactorRules.implies`), listed for the few factors that
/// imply any: the merger asks about every finding, and looking each up in the lexicon's
/// dictionary of rules hashed its id (a string) every time.
struct FactorImplications: Sendable {
    private struct Entry: Sendable {
        var id: RiskFactorID
        var implies: [RiskFactorID]
    }

    private var entries: [Entry] = []

    init(_ rules: [RiskFactorID: FactorRules]) {
        for (id, rule) in rules where !rule.implies.isEmpty { entries.append(Entry(id: id, implies: rule.implies)) }
    }

    /// The factors `id` implies, in the order the lexicon lists them.
    func of(_ id: RiskFactorID) -> [RiskFactorID] {
        for entry in entries where Self.same(entry.id, id) { return entry.implies }
        return []
    }

    /// `a == b`, the lengths compared first: ids of different lengths (most pairs asked
    /// about) are told apart without comparing their bytes, which `String`'s `==` does
    /// whatever the lengths.
    @inline(__always)
    static func same(_ a: RiskFactorID, _ b: RiskFactorID) -> Bool {
        a.rawValue.utf8.count == b.rawValue.utf8.count && a == b
    }
}
