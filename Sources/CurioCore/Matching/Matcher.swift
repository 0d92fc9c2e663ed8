import Foundation

/// Maps one free-text utterance onto risk factors (with status and evidence) and facts.
///
/// The pipeline: tokenize the UTF-8 bytes once, resolve each word to a lexicon key (spelling
/// variant, ending, typo), find the longest cue and trigger matches through first-word
/// tables, give every trigger its ConText scope, read each cue in the scopes that reach it,
/// then merge per factor. Facts (age, gestation, the caller's role) are read from the same
/// tokens. Pure: no I/O, no shared state; safe to call from any thread.
public final class Matcher: Sendable {
    public let lexicon: Lexicon
    private let ages: AgeReader
    private let roles: RoleReader
    private let weights: WeightReader
    private let implications: FactorImplications
    /// Per cue of the lexicon, whether it names one of `lexicon.newItemFactors`: worked out
    /// once here, where asking the set for every cue matched hashed each factor id (a string).
    private let newItemCues: [Bool]
    /// Per cue of the lexicon, whether it names situations (nil when none does): their hits
    /// are kept apart from the factors' (`Utterance.situationHits`).
    private let situationCues: [Bool]?
    /// The rule book's inferences that combine situations (`Lexicon.combinations`), applied to
    /// one utterance: "mum is very drunk. She is alone with the baby." is danger in what the
    /// matcher reports, as it is across two answers in the recommender's case picture. The same
    /// rules, read from recommendations.yaml, so the two can never disagree.
    private let combinations: [Inference]
    /// The factors whose later absent status stands (`RiskFactor.laterAbsentStands`): within
    /// one utterance too, the later word stands for them (`FindingMerger`).
    private let laterAbsentStands: [RiskFactorID]
    /// The factors whose present status a plain absent in the same utterance does not temper
    /// (`FindingMerger`): the taxonomy's critical ones.
    private let presentStands: [RiskFactorID]

    /// `laterAbsentStands`, `presentStands`: from the taxonomy (`RiskFactorCatalogue.laterAbsentStands`,
    /// `RiskFactorCatalogue.critical`).
    public init(lexicon: Lexicon, laterAbsentStands: Set<RiskFactorID> = [], presentStands: Set<RiskFactorID> = []) {
        self.laterAbsentStands = laterAbsentStands.sorted()
        self.presentStands = presentStands.sorted()
        combinations = lexicon.combinations.filter(\.combinesSituations)
        self.lexicon = lexicon
        // A scan of the few new-item ids, reading each cue in place: hashing every cue's
        // factors (and copying the set into a closure per cue) was a millisecond of start-up.
        let newItemIDs = Array(lexicon.newItemFactors)
        var newItemCues = [Bool].filled(with: false, count: lexicon.cues.count)
        if !newItemIDs.isEmpty {
            for k in lexicon.cues.indices {
                for factor in lexicon.cues[k].factors where newItemIDs.contains(factor) { newItemCues[k] = true }
            }
        }
        self.newItemCues = newItemCues
        let situationCues = lexicon.cues.map { $0.factors.contains(where: \.isSituation) }
        self.situationCues = situationCues.contains(true) ? situationCues : nil
        ages = AgeReader(rules: lexicon.age, forms: lexicon.forms, key: lexicon.key(of:))
        roles = RoleReader(rules: lexicon.roles)
        weights = WeightReader(rules: lexicon.weight, forms: lexicon.forms)
        implications = FactorImplications(lexicon.factorRules)
    }

    /// `today`: the consultation's day, so that a date of birth written as a date is read as an
    /// age (without it, such a date is not read). Asked for only when the text holds a date of
    /// birth: working out the day from a clock cost more than a tenth of matching a turn.
    ///
    /// `babyKnownBorn`: the case already holds a born baby's age (a consultation's earlier
    /// answers), so that a pregnancy told in a past frame ("she stopped her tablets
    /// when she found out she was pregnant") is read as past here too, as it is when the age
    /// is told in the same text. A pregnancy now ("pregnant again") is read as one either way.
    public func match(_ text: String, today: @autoclosure () -> CivilDate? = nil, babyKnownBorn: Bool = false) -> MatchResult {
        guard InputGuard.accepts(text) else { return MatchResult() }
        let utterance = Utterance(text, lexicon: lexicon, newItemCues: newItemCues, situationCues: situationCues)
        let readings = CueReader.readings(lexicon, utterance, explaining: false)
        var merger = FindingMerger(laterAbsentStands: laterAbsentStands, presentStands: presentStands)
        let age = ages.read(utterance.unfolded, today: today, babyKnownBorn: babyKnownBorn)
        // A pregnancy told as past beside a born baby's age ("he strangled her when she was 30
        // weeks pregnant. The baby is 9 days old"): its "pregnant" is no pregnancy now. ("Mum is
        // pregnant again and the baby is 9 weeks" tells no past frame: a pregnancy now.)
        let pastPregnancy = (age.ageWeeks != nil || babyKnownBorn) && !age.pregnantNow ? age.pastPregnancyTokens.map(utterance.span(ofUnfolded:)) : nil
        for reading in readings.list {
            for k in reading.findings {
                if let past = pastPregnancy, readings.said[k].id == .unborn, reading.hit.start >= past.from, reading.hit.end <= past.to { continue }
                merger.add(readings.said[k].id, readings.said[k].status, evidence: reading.evidence, cue: lexicon.cues[reading.hit.owner].reading)
            }
        }
        var facts: [String: FactValue] = [:]
        if let weeks = age.ageWeeks { facts[FactName.childAgeWeeks] = .number(weeks) }
        if let weeks = age.gestationWeeks { facts[FactName.gestationWeeks] = .number((weeks * 10).rounded() / 10) }
        if age.pregnantNow, let range = age.gestationTokens, lexicon.factorRules[.unborn] != nil {
            let span = utterance.span(ofUnfolded: range)
            if isLookAlike(.unborn, covering: span, utterance) {
                // Nor are her weeks the case's gestation (the dialogue asks for it instead).
                facts[FactName.gestationWeeks] = nil
            } else {
                merger.add(.unborn, .present, evidence: span, cue: nil)
            }
        }
        if let fall = weights.fall(in: utterance.unfolded, ageWeeks: age.ageWeeks) {
            merger.add(.neglect, fall.status, evidence: utterance.span(ofUnfolded: fall.tokens), cue: nil)
        }
        if let role = roles.read(utterance.keyed) {
            facts[FactName.callerRole] = .text(role)
        }
        var findings = merger.findings(implications: implications, quoting: utterance)
        var situations: [Finding] = []
        // Only a situation's cue gives a situation (the loader keeps the two apart): asking every
        // finding's id otherwise cost more than a percent of matching.
        if !utterance.situationHits.isEmpty {
            situations = findings.filter { $0.id.isSituation }
            findings.removeAll { $0.id.isSituation }
            if !lexicon.carerWords.isEmpty { tellCarers(&situations, readings, utterance) }
            if !combinations.isEmpty { combine(situations, into: &findings, facts: facts) }
        }
        var result = MatchResult(findings: findings, situations: situations, facts: facts)
        result.ageNamesAChild = age.ageNamesAChild && facts[FactName.childAgeWeeks] != nil
        result.ageIsAPastPoint = age.ageIsPoint && facts[FactName.childAgeWeeks] != nil
        return result
    }

    /// A look-alike of `id` (an ignore cue of its factor) holds the words of `span`: the age
    /// reader's gestation there is someone else's ("her neighbour is 30 weeks pregnant"), as
    /// the cue's words are, and gives the case no pregnancy.
    private func isLookAlike(_ id: RiskFactorID, covering span: EvidenceSpan, _ utterance: Utterance) -> Bool {
        for hit in utterance.cueHits where hit.start <= span.from && hit.end >= span.to {
            let cue = lexicon.cues[hit.owner]
            if cue.reading == .ignore, cue.factors.contains(id) { return true }
        }
        return false
    }

    /// Adds the findings the situations make together (`combinations`, in order, each seeing
    /// those before): an inferred finding replaces the utterance's own only where its inference
    /// says so (`replaces`), as in the recommender.
    private func combine(_ situations: [Finding], into findings: inout [Finding], facts: [String: FactValue]) {
        var picture = CasePicture(findings: findings + situations, facts: facts)
        for inference in combinations {
            guard let inferred = inference.apply(to: picture, consultationComplete: false) else { continue }
            picture.add(inferred)
            findings.removeAll { $0.id == inferred.id }
            findings.append(inferred)
        }
    }

    /// Sets each situation's carers (`CarerWords`): those of every cue that read it as present
    /// or possible, so "mum is drunk and dad is drunk" is both of theirs.
    private func tellCarers(_ situations: inout [Finding], _ readings: CueReader.Readings, _ utterance: Utterance) {
        for index in situations.indices {
            var carers: Carers = []
            for reading in readings.list where situationCues?[reading.hit.owner] == true {
                for k in reading.findings where readings.said[k].id == situations[index].id && readings.said[k].status.isPositive {
                    carers.formUnion(lexicon.carerWords.carers(from: reading.hit.start, to: reading.hit.end, in: utterance.keyed))
                }
            }
            // A situation read only as absent, or given by an implication, says no carer.
            situations[index].carers = carers.isEmpty ? nil : carers
        }
    }

    /// Per cue matched, the trigger(s) and scope that decided its status (or why it gave
    /// nothing). Look-alike cues (`ignore`) are listed too, since they explain a silence.
    public func explain(_ text: String) -> [MatchExplanation] {
        guard InputGuard.accepts(text) else { return [] }
        let utterance = Utterance(text, lexicon: lexicon, newItemCues: newItemCues, situationCues: situationCues)
        var result: [MatchExplanation] = []
        let readings = CueReader.readings(lexicon, utterance, explaining: true)
        for (reading, why) in zip(readings.list, readings.why) {
            let cue = lexicon.cues[reading.hit.owner]
            let triggers = why.applied.map { use in
                let trigger = lexicon.triggers[use.hit.owner]
                return MatchExplanation.TriggerUse(
                    kind: trigger.kind.rawValue, words: utterance.words(use.hit.start, use.hit.end),
                    phrase: trigger.text, location: trigger.location,
                    scope: utterance.words(use.scope.from, use.scope.to))
            }
            let words = utterance.words(reading.hit.start, reading.hit.end)
            // A look-alike's own factors are listed below, with the other look-alikes.
            if reading.findings.isEmpty, cue.reading != .ignore {
                for id in cue.factors {
                    result.append(MatchExplanation(
                        factor: id, status: nil, cue: cue.text, location: cue.location,
                        words: words, triggers: triggers, outcome: why.outcome))
                }
            }
            for finding in readings.said[reading.findings] {
                result.append(MatchExplanation(
                    factor: finding.id, status: finding.status, cue: cue.text, location: cue.location,
                    words: words, triggers: triggers, outcome: why.outcome))
            }
        }
        for hit in utterance.cueHits + utterance.situationHits where lexicon.cues[hit.owner].reading == .ignore {
            let cue = lexicon.cues[hit.owner]
            for id in cue.factors {
                result.append(MatchExplanation(
                    factor: id, status: nil, cue: cue.text, location: cue.location,
                    words: utterance.words(hit.start, hit.end), triggers: [],
                    outcome: "nothing: a look-alike phrase the lexicon ignores"))
            }
        }
        return result
    }
}
