/// Turns a case picture into ranked, cited, explained recommendations.
///
/// One pass, pure: derive findings (inferences), evaluate the rules that read only findings
/// and facts, then the rules that read which recommendations fired (`priority:`,
/// `recommendation:`), then rank. Priorities are fixed per rule, so an absent finding can
/// only stop a rule from firing, never lower the priority of one that fires.
///
/// A final class: the knowledge every consultation reads holds one, shared, and reading it
/// copies a reference instead of every table below.
public final class Recommender: Sendable {
    public let rules: RuleBook
    /// The rules in evaluation order: rules reading other rules go second, in file order, each
    /// seeing all fired before it. Sorted once here, not on every piece of advice.
    private let ordered: [Int]
    /// Whether each rule reads other rules (`priority:`, `recommendation:`).
    private let readsFired: [Bool]
    /// Each rule's priority, read from a plain array in the inner loop.
    private let priorities: [Priority]
    /// Each rule's citations, looked up once: the section's citation and the condition (if
    /// any, compiled) under which it is cited.
    private let citations: [[(onlyWhen: CompiledCondition?, citation: Citation)]]
    /// For each rule, its citations' conditions as positions in `citationConditions` (-1:
    /// cited always), so that checking one reads the condition where it lies: binding the
    /// optional condition of each citation copied it (its three arrays retained and released).
    private let citationConditionIndices: [[Int]]
    private let citationConditions: [CompiledCondition]
    /// For each rule citing under conditions (`only_when`, a few at most): its list of citations
    /// for every combination of its conditions that hold (bit i of the position: the rule's
    /// i-th condition holds), made once here. Made on every piece of advice, the list was a
    /// fresh array each time, and telling it from the last advice's compared each citation;
    /// one shared list is told equal at once. Empty for every other rule.
    private let citationChoices: [[[Citation]]]
    /// The most conditions of one rule whose combinations are made in advance (2^4 lists).
    static let mostChoiceConditions = 4
    private let nothingAppliesText: String
    /// Each rule's advice and (when they never depend on the case) citations, with their JSON.
    private let ruleTexts: [Recommendation.RuleText]
    /// The factors the conditions name, numbered for the compiled conditions.
    private let factors: FactorTable
    /// Each rule's condition, compiled.
    private let conditions: [CompiledCondition]
    /// For each rule reading other rules: the recommendations whose findings it gives as its
    /// own reasons (see `Condition.firedSources(in:)`), in the condition's order.
    private let sources: [[FiredSource]]
    /// Each inference's condition, compiled, and the number of the factor it derives.
    /// Each inference compiled: its condition, its factor's number, its reason, and the ranks of
    /// the stated statuses it replaces.
    private let inferences: [(condition: CompiledCondition, factor: Int, reason: Inference.Reason, replacing: [UInt8])]

    /// A recommendation a rule relies on: any of a priority or higher, or one rule's (told by
    /// the positions of the rules with its id, found once here: comparing the ids' characters
    /// for every rule fired before was most of adding the reasons).
    private enum FiredSource {
        case priority(Priority)
        case rule(positions: [Int])
    }

    /// - Parameter taxonomy: every risk factor a picture may hold (the catalogue's), numbered
    ///   with the ones the rules name so that the findings come out in id order without
    ///   comparing ids; any other factor's findings are sorted the slow way.
    public init(rules: RuleBook, taxonomy: Set<RiskFactorID> = []) {
        self.rules = rules
        let readsFired = rules.rules.map(\.condition.dependsOnRecommendations)
        self.readsFired = readsFired
        self.priorities = rules.rules.map(\.priority)
        self.ordered = rules.rules.indices.sorted { (readsFired[$0] ? 1 : 0, $0) < (readsFired[$1] ? 1 : 0, $1) }
        let cited = rules.rules.map { rule in
            rule.citations.compactMap { cited in
                // With its JSON: every recommendation citing it writes the same bytes.
                rules.section(cited.section).map { (onlyWhen: cited.onlyWhen, citation: $0.citation.withPrewrittenJSON()) }
            }
        }
        self.nothingAppliesText = rules.nothingApplies.text(sections: rules.sectionIndex)
        self.ruleTexts = zip(rules.rules, cited).map { rule, cited in
            let fixed = cited.allSatisfy { $0.onlyWhen == nil }
            return Recommendation.RuleText(advice: rule.advice, citations: fixed ? cited.map(\.citation) : nil)
        }

        var named = taxonomy.union(rules.inferences.map(\.finding))
        for inference in rules.inferences { named.formUnion(inference.condition.riskFactors) }
        for rule in rules.rules {
            named.formUnion(rule.condition.riskFactors)
            for cited in rule.citations { named.formUnion(cited.onlyWhen?.riskFactors ?? []) }
        }
        let factors = FactorTable(named)
        self.factors = factors
        let positions = Dictionary(grouping: rules.rules.indices, by: { rules.rules[$0].id })
        func compile(_ condition: Condition) -> CompiledCondition {
            CompiledCondition(condition, factors: factors, rules: positions)
        }
        self.conditions = rules.rules.map { compile($0.condition) }
        let citations = cited.map { list in list.map { (onlyWhen: $0.onlyWhen.map(compile), citation: $0.citation) } }
        self.citations = citations
        var citationConditions: [CompiledCondition] = []
        self.citationConditionIndices = citations.map { list in
            list.map { cited in
                guard let condition = cited.onlyWhen else { return -1 }
                citationConditions.append(condition)
                return citationConditions.count - 1
            }
        }
        self.citationConditions = citationConditions
        self.citationChoices = citations.map { list in
            let conditional = list.filter { $0.onlyWhen != nil }.count
            guard conditional > 0, conditional <= Self.mostChoiceConditions else { return [] }
            return (0..<(1 << conditional)).map { mask in
                var bit = 0
                return list.compactMap { cited in
                    guard cited.onlyWhen != nil else { return cited.citation }
                    defer { bit += 1 }
                    return mask & (1 << bit) != 0 ? cited.citation : nil
                }
            }
        }
        self.sources = rules.rules.map { Self.firedSources(of: $0.condition, positions: positions) }
        self.inferences = rules.inferences.map {
            (compile($0.condition), factors.number(of: $0.finding)!, Inference.Reason($0.reason), $0.replaces.map { UInt8($0.rank) })
        }
    }

    /// The `priority:` and `recommendation:` a condition relies on, outside any `not:`, in
    /// order: what `Condition.firedSources(in:)` reads.
    private static func firedSources(of condition: Condition, positions: [String: [Int]]) -> [FiredSource] {
        switch condition {
        case .priority(let minimum): [.priority(minimum)]
        case .recommendation(let id): [.rule(positions: positions[id] ?? [])]
        case .all(let items), .any(let items), .atLeast(_, let items):
            items.flatMap { firedSources(of: $0, positions: positions) }
        case .finding, .known, .fact, .not, .always: []
        }
    }

    /// `consultationComplete`: the dialogue has reached its end, so inferences about
    /// information still missing at the end (e.g. nothing known about the father) may apply.
    public func advise(_ picture: CasePicture, consultationComplete: Bool = false) -> Advice {
        advise(picture, consultationComplete: consultationComplete, following: nil)
    }

    /// The advice, as `advise(_:consultationComplete:)` gives it; with `previous` (the advice
    /// on the case before its last change), every finding and recommendation that is the same
    /// as in `previous` is `previous`'s own, carrying its JSON, and every other one has its
    /// JSON written now: a consultation's answers carry all of them on every turn.
    public func advise(_ picture: CasePicture, consultationComplete: Bool, following previous: Advice?) -> Advice {
        var context = CompiledContext(factors: factors.count, facts: picture.facts, rules: rules.rules.count)
        // The picture's findings, then the derived ones; and where each numbered factor's
        // finding is among them (-1: none), for the evidence and the order by id.
        var findings: [Finding] = []
        findings.reserveCapacity(picture.findings.count + inferences.count)
        findings.append(contentsOf: picture.findings.values)
        var slots = [Int32](repeating: -1, count: factors.count)
        var numbered = 0
        // By index: enumerating copied each finding (retaining each of its texts).
        for index in findings.indices {
            guard let number = factors.number(of: findings[index].id) else { continue }
            context.statuses[number] = UInt8(findings[index].status.rank)
            slots[number] = Int32(index)
            numbered += 1
        }
        // The situations, for the inferences that combine them; never among the findings.
        for situation in picture.situations.values {
            guard let number = factors.number(of: situation.id) else { continue }
            context.statuses[number] = UInt8(situation.status.rank)
        }

        // The inferences, in order, each seeing those before it.
        // Room for every factor at once (grown one by one, it was reallocated several times
        // on every piece of advice).
        var because: [Int32] = []
        because.reserveCapacity(factors.count)
        for (inference, compiled) in zip(rules.inferences, inferences) {
            if inference.atEnd && !consultationComplete { continue }
            let stated = context.statuses[compiled.factor]
            guard stated == 0 || compiled.replacing.contains(stated) else { continue }
            because.removeAll(keepingCapacity: true)
            guard compiled.condition.holds(in: context, adding: &because), inference.carersAgree(in: picture) else { continue }
            context.statuses[compiled.factor] = UInt8(inference.status.rank)
            let inferred = Finding(
                id: inference.finding, status: inference.status, evidence: "",
                inferredFrom: compiled.reason.filled(with: picture.facts, situations: picture.situations))
            if stated == 0 {
                slots[compiled.factor] = Int32(findings.count)
                numbered += 1
                findings.append(inferred)
            } else {
                findings[Int(slots[compiled.factor])] = inferred
            }
        }

        var fired: [Fired] = []
        fired.reserveCapacity(rules.rules.count)
        // Each fired rule's recommendation, beside `fired` (which holds plain numbers only, so that
        // reading and sorting it copies no texts), taken out (nil) once ranked.
        var made: [Recommendation?] = []
        made.reserveCapacity(rules.rules.count)
        // Read once: binding `previous` for each rule copied the advice (retaining its arrays).
        let following = previous != nil
        let earlier = previous?.recommendations ?? []
        // Every fired rule's findings, one after another (each rule's its range): an array of its
        // own for each took a fresh one for every rule evaluated after it, as `because` was
        // shared with it when emptied for the next.
        var reasons: [Int32] = []
        reasons.reserveCapacity(4 * rules.rules.count)
        for order in ordered {
            because.removeAll(keepingCapacity: true)
            guard conditions[order].holds(in: context, adding: &because) else { continue }
            if readsFired[order] { addReasons(of: sources[order], in: fired, reasons, to: &because) }
            let citations = citations(of: order, in: context)
            if following, let same = same(order, because, citations, findings, slots, in: earlier) {
                made.append(same)
            } else {
                let recommendation = self.recommendation(order, because: because, citations: citations, findings: findings, slots: slots)
                made.append(following ? recommendation.withPrewrittenJSON() : recommendation)
            }
            let priority = priorities[order]
            fired.append(Fired(order: order, priority: priority, reasons: reasons.count..<reasons.count + because.count))
            reasons.append(contentsOf: because)
            context.fired[order] = true
            context.topFired = max(context.topFired, priority.rank)
        }

        // Highest priority first, then in the rule book's order.
        // Each recommendation moved out of `made`, not copied (a copy retained each of its texts,
        // and dropping `made` released them again).
        let rank = fired.indices.sorted {
            (fired[$0].priority, -fired[$0].order) > (fired[$1].priority, -fired[$1].order)
        }
        var ranked: [Recommendation] = []
        ranked.reserveCapacity(rank.count)
        for index in rank { ranked.append(made[index].take()!) }
        if numbered == findings.count {
            // Every finding is numbered, and the numbers are in id order: no sorting by id.
            Self.arrange(&findings, by: slots)
        } else {
            findings.sort { $0.id < $1.id }
        }
        if let previous { Self.reusing(previous.findings, for: &findings) }
        return Advice(
            findings: findings,
            recommendations: ranked,
            nothingApplies: ranked.isEmpty ? nothingAppliesText : nil)
    }

    /// Puts the findings in the order of their factors' numbers (`slots`: the position of each
    /// number's finding, -1 for none; every finding has one), in place: each finding is moved
    /// by swapping, not copied into a new array (a copy retained each of its texts, and dropping
    /// the old array released them again). A selection sort on the numbers, kept beside the
    /// findings in scratch memory on the stack: a case has a few findings, a dozen at most.
    private static func arrange(_ findings: inout [Finding], by slots: [Int32]) {
        let count = findings.count
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { numbers in
            for number in slots.indices where slots[number] >= 0 {
                numbers.initializeElement(at: Int(slots[number]), to: Int32(number))
            }
            // Swapped through the buffer: its `swapAt` moves the two findings, where the
            // array's copied each out and back.
            findings.withUnsafeMutableBufferPointer { findings in
                for target in 0..<count {
                    var lowest = target
                    for index in target + 1..<count where numbers[index] < numbers[lowest] { lowest = index }
                    guard lowest != target else { continue }
                    findings.swapAt(target, lowest)
                    numbers.swapAt(target, lowest)
                }
            }
        }
    }

    /// A rule that fired, while the others are evaluated (its recommendation is kept beside it).
    private struct Fired {
        var order: Int
        var priority: Priority
        /// Where the findings' numbers are in the advice's `reasons`.
        var reasons: Range<Int>
    }

    /// What `Condition.firedReasons(in:)` adds: the findings behind the fired recommendations
    /// the rule relies on, each once, after its own. Each fired rule is read by index, field by
    /// field (iterating them copied each, its recommendation's texts retained and released).
    private func addReasons(of sources: [FiredSource], in fired: [Fired], _ reasons: [Int32], to because: inout [Int32]) {
        var relied: [Int] = []
        for source in sources {
            for position in fired.indices where !relied.contains(position) {
                switch source {
                case .priority(let minimum) where fired[position].priority >= minimum: relied.append(position)
                case .rule(let positions) where positions.contains(fired[position].order): relied.append(position)
                default: break
                }
            }
        }
        for position in relied {
            for index in fired[position].reasons where !because.contains(reasons[index]) { because.append(reasons[index]) }
        }
    }

    /// The rule's citations on this case: its fixed list, or those whose condition holds.
    private func citations(of index: Int, in context: CompiledContext) -> [Citation] {
        if let fixed = ruleTexts[index].citations { return fixed.list }
        var reasons: [Int32] = []
        let choices = citationChoices[index]
        if !choices.isEmpty {
            // Which of the rule's conditions hold, as the bits of the list made for them.
            var mask = 0
            var bit = 0
            for condition in citationConditionIndices[index] where condition >= 0 {
                if citationConditions[condition].holds(in: context, adding: &reasons) { mask |= 1 << bit }
                bit += 1
            }
            return choices[mask]
        }
        // Room for all at once (grown one by one, the list was reallocated for most of them).
        var list: [Citation] = []
        let conditions = citationConditionIndices[index]
        list.reserveCapacity(conditions.count)
        for (cited, condition) in conditions.enumerated() {
            if condition >= 0, !citationConditions[condition].holds(in: context, adding: &reasons) { continue }
            list.append(citations[index][cited].citation)
        }
        return list
    }

    private func recommendation(
        _ index: Int, because: [Int32], citations: [Citation], findings: [Finding], slots: [Int32]
    ) -> Recommendation {
        let rule = rules.rules[index]
        let text = ruleTexts[index]
        // Room for every finding's evidence at once (grown one by one, it was reallocated
        // for most of them).
        var evidence: [Recommendation.Evidence] = []
        evidence.reserveCapacity(because.count)
        for number in because {
            let slot = slots[Int(number)]
            if slot >= 0 { evidence.append(Recommendation.Evidence(findings[Int(slot)])) }
        }
        var recommendation = Recommendation(
            id: rule.id, priority: rule.priority, because: because.map { factors.ids[Int($0)] },
            advice: text.advice, citations: citations, evidence: evidence)
        recommendation.ruleText = text
        return recommendation
    }

    /// The rule's recommendation in `earlier`, with its JSON, if it is exactly the one the rule
    /// makes now; checked against what it would be made from, so that it is not made only to be
    /// compared and dropped.
    private func same(
        _ index: Int, _ because: [Int32], _ citations: [Citation], _ findings: [Finding], _ slots: [Int32],
        in earlier: [Recommendation]
    ) -> Recommendation? {
        let text = ruleTexts[index]
        // Read in place, through pointers: copying each recommendation, evidence, finding and
        // rule looked at retained every text of it.
        let at = earlier.withUnsafeBufferPointer { earlier -> Int? in
            guard let base = earlier.baseAddress else { return nil }
            for offset in 0..<earlier.count where (base + offset).pointee.ruleText === text {
                let found = base + offset
                guard found.pointee.prewritten != nil, found.pointee.advice == text.advice,
                    found.pointee.citations == citations, found.pointee.because.count == because.count
                else { return nil }
                let ruleMatches = rules.rules.withUnsafeBufferPointer { rules in
                    let rule = rules.baseAddress! + index
                    return found.pointee.id == rule.pointee.id && found.pointee.priority == rule.pointee.priority
                }
                guard ruleMatches else { return nil }
                let evidenceMatches = findings.withUnsafeBufferPointer { findings in
                    found.pointee.evidence.withUnsafeBufferPointer { evidence in
                        var next = 0
                        for (id, number) in zip(found.pointee.because, because) {
                            guard id == factors.ids[Int(number)] else { return false }
                            let slot = Int(slots[Int(number)])
                            guard slot >= 0 else { continue }
                            guard next < evidence.count,
                                Recommendation.Evidence.isFrom(evidence.baseAddress! + next, findingAt: findings.baseAddress! + slot)
                            else { return false }
                            next += 1
                        }
                        return next == evidence.count
                    }
                }
                return evidenceMatches ? offset : nil
            }
            return nil
        }
        return at.map { earlier[$0] }
    }

    /// Each finding (sorted by id) as `earlier` (sorted by id too) holds it, with its JSON,
    /// where `earlier` holds an equal one; written afresh where it does not. A finding that
    /// already carries JSON (a consultation's heard findings do) is left as it is: the writer
    /// checks that JSON against it.
    private static func reusing(_ earlier: [Finding], for findings: inout [Finding]) {
        guard findings.contains(where: { $0.prewritten == nil }) else { return }
        // Which of `earlier` each finding is, read in place (copying each finding retained its texts).
        let matches = earlier.withUnsafeBufferPointer { earlier in
            findings.withUnsafeBufferPointer { findings in
                var matches = [Int](repeating: -1, count: findings.count)
                var next = 0
                for index in findings.indices where findings[index].prewritten == nil {
                    // Both lists are in id order: walk them together.
                    while next < earlier.count, earlier[next].id != findings[index].id, earlier[next].id < findings[index].id {
                        next += 1
                    }
                    if next < earlier.count, earlier[next].prewritten != nil, earlier[next] == findings[index] {
                        matches[index] = next
                        next += 1
                    }
                }
                return matches
            }
        }
        for (index, match) in matches.enumerated() where findings[index].prewritten == nil {
            findings[index] = match >= 0 ? earlier[match] : findings[index].withPrewrittenJSON()
        }
    }

    /// The picture with the inferences applied in order (each sees those before it).
    public func derive(_ picture: CasePicture, consultationComplete: Bool = false) -> CasePicture {
        var picture = picture
        for inference in rules.inferences {
            if let finding = inference.apply(to: picture, consultationComplete: consultationComplete) {
                picture.add(finding)
            }
        }
        return picture
    }
}

extension Condition {
    /// The findings behind the recommendations a condition relies on (`priority:` and
    /// `recommendation:` outside any `not:`), so that e.g. the strategy-meeting advice can say
    /// which findings made a strategy meeting likely.
    func firedReasons(in fired: [Recommendation]) -> [RiskFactorID] {
        firedSources(in: fired).reduce(into: []) { $0.appendUnique($1.because) }
    }

    /// The fired recommendations a condition relies on (`priority:` and `recommendation:`
    /// outside any `not:`), in the order given.
    public func firedSources(in fired: [Recommendation]) -> [Recommendation] {
        var sources: [Recommendation] = []
        switch self {
        case .priority(let minimum):
            sources.appendUnique(fired.filter { $0.priority >= minimum })
        case .recommendation(let id):
            sources.appendUnique(fired.filter { $0.id == id })
        case .all(let items), .any(let items), .atLeast(_, let items):
            for item in items { sources.appendUnique(item.firedSources(in: fired)) }
        case .finding, .known, .fact, .not, .always:
            break
        }
        return sources
    }
}
