/// The checks a rule book must pass before Curio uses it (and that `curio check` reports):
/// every id it names exists, no id is defined twice, and every rule and inference can fire.
///
/// A rule that can never fire is the dangerous kind of mistake: it looks like a safeguard in
/// the file and never gives its advice. It is decided exactly (see `Satisfiability`).
extension RuleBook {
    public func problems(knownFactors: Set<RiskFactorID>) -> [DataFileError] {
        sectionProblems() + inferenceProblems(knownFactors: knownFactors)
            + ruleProblems(knownFactors: knownFactors) + nothingAppliesProblems()
    }

    private func sectionProblems() -> [DataFileError] {
        var problems: [DataFileError] = []
        var seen: [String: ProtocolSection] = [:]
        for section in sections {
            if let first = seen[section.id] {
                problems.append(protocolsError(section.line,
                    "section `\(section.id)` is defined twice (first at line \(first.line.map(String.init) ?? "?"))"))
            } else {
                seen[section.id] = section
            }
            if let parent = section.partOf, seen[parent] == nil, !sections.contains(where: { $0.id == parent }) {
                problems.append(protocolsError(section.line,
                    "section `\(section.id)` is part of `\(parent)`, which is not a section\(suggestion(parent, among: sections.map(\.id)))"))
            }
        }
        return problems
    }

    private func inferenceProblems(knownFactors: Set<RiskFactorID>) -> [DataFileError] {
        var problems: [DataFileError] = []
        let satisfiability = Satisfiability(rulePriorities: [:], otherPriorities: [])
        for inference in inferences {
            let what = "the inference of `\(inference.finding)`"
            for id in ([inference.finding] + inference.condition.riskFactors.sorted()) where !knownFactors.contains(id) {
                problems.append(rulesError(inference.line, "\(what) names unknown finding `\(id)`\(suggestion(id.rawValue, among: knownFactors.map(\.rawValue)))"))
            }
            // The carers compared must be situations the condition reads: a pair it does not
            // read would be compared whether or not the inference is about them.
            let read = inference.condition.riskFactors
            for id in inference.sameCarer where !knownFactors.contains(id) || !read.contains(id) {
                problems.append(rulesError(inference.line, "\(what) compares the carers of `\(id)`, which its `when` does not read\(knownFactors.contains(id) ? "" : " (unknown situation)")"))
            }
            if inference.finding.isSituation {
                problems.append(rulesError(inference.line, "\(what) derives a situation; inferences derive findings (situations are only heard)"))
            }
            if inference.condition.dependsOnRecommendations {
                problems.append(rulesError(inference.line, "\(what) reads recommendations, but inferences are made before any rule fires"))
            } else if satisfiability.decide(inference.condition) == .unsatisfiable {
                problems.append(rulesError(inference.line, "\(what) can never apply: its condition can never hold"))
            }
        }
        return problems
    }

    private func ruleProblems(knownFactors: Set<RiskFactorID>) -> [DataFileError] {
        var problems: [DataFileError] = []
        var seen: [String: Rule] = [:]
        let ruleIDs = rules.map(\.id)
        for rule in rules {
            let what = "rule `\(rule.id)`"
            if let first = seen[rule.id] {
                problems.append(rulesError(rule.line,
                    "\(what) is defined twice (first at line \(first.line.map(String.init) ?? "?")); one rule per recommendation id"))
                continue
            }
            seen[rule.id] = rule

            let conditions = [rule.condition] + rule.citations.compactMap(\.onlyWhen)
            let named = conditions.reduce(into: Set<RiskFactorID>()) { $0.formUnion($1.riskFactors) }
            for id in named.sorted() where !knownFactors.contains(id) {
                problems.append(rulesError(rule.line, "\(what) names unknown finding `\(id)`\(suggestion(id.rawValue, among: knownFactors.map(\.rawValue)))"))
            }
            // A recommendation says which findings fired it; a situation is never shown, so only
            // an inference may combine situations into a finding the rule then names.
            for id in named.sorted() where id.isSituation {
                problems.append(rulesError(rule.line, "\(what) names situation `\(id)`; combine situations in an inference and name its finding"))
            }
            for id in rule.condition.recommendations.sorted() {
                if id == rule.id {
                    problems.append(rulesError(rule.line, "\(what) depends on itself having fired"))
                } else if !ruleIDs.contains(id) {
                    problems.append(rulesError(rule.line, "\(what) names unknown recommendation `\(id)`\(suggestion(id, among: ruleIDs))"))
                }
            }
            for cited in rule.citations where section(cited.section) == nil {
                problems.append(rulesError(cited.line ?? rule.line,
                    "\(what) cites unknown section `\(cited.section)`\(suggestion(cited.section, among: sections.map(\.id)))"))
            }
            if !rule.citations.contains(where: { $0.onlyWhen == nil }) {
                problems.append(rulesError(rule.line, "\(what) has no citation that always applies"))
            }

            let satisfiability = Satisfiability(
                rulePriorities: Dictionary(rules.map { ($0.id, $0.priority) }, uniquingKeysWith: { first, _ in first }),
                otherPriorities: Set(rules.filter { $0.id != rule.id }.map(\.priority)))
            switch satisfiability.decide(rule.condition) {
            case .satisfiable: break
            case .unsatisfiable:
                problems.append(rulesError(rule.line, "\(what) can never fire: no case satisfies its condition"))
            case .undecided:
                problems.append(rulesError(rule.line, "\(what) is too complex to check that it can fire; simplify its condition"))
            }
            for cited in rule.citations {
                guard let onlyWhen = cited.onlyWhen else { continue }
                if satisfiability.decide(.all([rule.condition, onlyWhen])) == .unsatisfiable {
                    problems.append(rulesError(cited.line ?? rule.line,
                        "\(what) can never cite `\(cited.section)`: its `when` never holds when the rule fires"))
                }
            }
        }
        return problems
    }

    private func nothingAppliesProblems() -> [DataFileError] {
        guard let target = section(nothingApplies.section) else {
            return [rulesError(nothingApplies.line,
                "nothing_applies points to unknown section `\(nothingApplies.section)`\(suggestion(nothingApplies.section, among: sections.map(\.id)))")]
        }
        guard target.url != nil else {
            return [rulesError(nothingApplies.line,
                "nothing_applies points to section `\(target.id)`, which has no address to give")]
        }
        return []
    }

    private func rulesError(_ line: Int?, _ message: String) -> DataFileError {
        DataFileError(file: Self.rulesFileName, line: line, message)
    }

    private func protocolsError(_ line: Int?, _ message: String) -> DataFileError {
        DataFileError(file: Self.protocolsFileName, line: line, message)
    }

    /// " (did you mean `x`?)" when a known id is close to the unknown one.
    private func suggestion(_ unknown: String, among known: [String]) -> String {
        let close = known.map { ($0, EditDistance.between($0, unknown)) }
            .filter { $0.1 <= max(2, unknown.count / 4) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }
        return close.map { " (did you mean `\($0.0)`?)" } ?? ""
    }
}

/// Levenshtein distance, for "did you mean" hints on misspelt ids.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
