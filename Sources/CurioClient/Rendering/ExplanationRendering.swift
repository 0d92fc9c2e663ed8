import CurioCore

/// Plain-text rendering of why Curio recommends what it does, for `curio ask --explain`: for
/// each recommendation, the chain finding → rule → recommendation → citation, so that a
/// practitioner can check every step against what they said and what the protocol says.
public enum ExplanationRendering {
    public static func explanation(_ advice: Advice, rules: RuleBook, catalogue: RiskFactorCatalogue) -> String {
        var lines = ["How Curio got there (finding → rule → recommendation → citation):"]
        if advice.recommendations.isEmpty {
            lines.append("  No rule fired on these findings, so Curio gives no advice of its own.")
        }
        for (index, recommendation) in advice.recommendations.enumerated() {
            lines.append("")
            let rule = rules.rule(recommendation.id)
            let sources = rule?.condition.firedSources(in: advice.recommendations).filter { $0.id != recommendation.id } ?? []
            lines += chain(
                recommendation, number: index + 1, rule: rule, followsFrom: sources.map(\.id), catalogue: catalogue)
        }
        let used = Set(advice.recommendations.flatMap(\.because))
        let unused = advice.findings.filter { $0.status.isPositive && !used.contains($0.id) }
        if !unused.isEmpty {
            lines.append("")
            lines.append("Heard, but no rule fired on it alone:")
            lines += unused.map { "  - " + finding($0, catalogue: catalogue) }
        }
        return lines.joined(separator: "\n")
    }

    static func chain(
        _ recommendation: Recommendation, number: Int, rule: Rule?, followsFrom: [String],
        catalogue: RiskFactorCatalogue
    ) -> [String] {
        var lines = ["\(number). [\(recommendation.priority.rawValue.uppercased())] \(rule?.title ?? recommendation.id)"]
        lines.append("   findings:")
        if recommendation.evidence.isEmpty {
            lines.append("     (none of its own: it follows from the other recommendations)")
        }
        for evidence in recommendation.evidence {
            lines.append("     - " + words(evidence, catalogue: catalogue))
        }
        if let rule {
            let place = rule.line.map { " [\(RuleBook.rulesFileName):\($0)]" } ?? ""
            lines.append("   rule \(rule.id)\(place): fires when \(rule.condition.plainDescription)")
        }
        if !followsFrom.isEmpty {
            lines.append("   follows from: \(followsFrom.joined(separator: ", "))")
        }
        lines.append("   recommends: \(recommendation.advice)")
        lines.append("   cites:")
        for citation in recommendation.citations {
            var line = "     - \(citation.source): \"\(citation.section)\""
            if let url = citation.url { line += " <\(url)>" }
            lines.append(line)
        }
        return lines
    }

    static func words(_ evidence: Recommendation.Evidence, catalogue: RiskFactorCatalogue) -> String {
        let head = "\(catalogue.label(evidence.finding)) [\(evidence.finding)] \(evidence.status.rawValue)"
        if let inferred = evidence.inferredFrom { return "\(head), inferred from \(inferred)" }
        let turn = evidence.turn.map { " (turn \($0))" } ?? ""
        return evidence.words.isEmpty ? head + turn : "\(head): \"\(evidence.words)\"\(turn)"
    }

    static func finding(_ finding: Finding, catalogue: RiskFactorCatalogue) -> String {
        words(Recommendation.Evidence(finding), catalogue: catalogue)
    }
}
