import CurioCore

/// Plain-text rendering of findings and recommendations for a terminal, shared by
/// `curio match`, `curio ask` and the REPL so that all three read alike.
public enum TextRendering {
    /// The line every consultation opens with.
    public static let disclaimer =
        "Curio supports, and does not replace, your professional judgement and local safeguarding procedures. A child in immediate danger needs 999."

    public static func finding(_ finding: Finding, catalogue: RiskFactorCatalogue) -> String {
        var line = "  \(finding.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(catalogue.label(finding.id)) [\(finding.id)]"
        if let inferred = finding.inferredFrom {
            line += " (inferred from \(inferred))"
        } else if !finding.evidence.isEmpty {
            line += ": \"\(finding.evidence)\""
        }
        return line
    }

    public static func facts(_ facts: [String: FactValue]) -> [String] {
        facts.keys.sorted().map { "  \($0) = \(facts[$0]!.description)" }
    }

    public static func match(_ result: MatchResult, catalogue: RiskFactorCatalogue) -> String {
        var lines: [String] = []
        lines.append(result.findings.isEmpty ? "No findings." : "Findings:")
        lines += result.findings.map { finding($0, catalogue: catalogue) }
        if !result.facts.isEmpty {
            lines.append("Facts:")
            lines += facts(result.facts)
        }
        return lines.joined(separator: "\n")
    }

    public static func recommendation(_ rec: Recommendation, catalogue: RiskFactorCatalogue) -> String {
        var lines = ["[\(rec.priority.rawValue.uppercased())] \(rec.advice)  (\(rec.id))"]
        if !rec.evidence.isEmpty {
            let reasons = rec.evidence.map { evidence -> String in
                let words = evidence.inferredFrom.map { "inferred from \($0)" } ?? "\"\(evidence.words)\""
                return "\(catalogue.label(evidence.finding)) (\(evidence.status.rawValue)): \(words)"
            }
            lines.append("    because: " + reasons.joined(separator: "; "))
        } else if !rec.because.isEmpty {
            lines.append("    because: " + rec.because.map { catalogue.label($0) }.joined(separator: ", "))
        }
        for citation in rec.citations {
            var cite = "    cites: \(citation.source), \"\(citation.section)\""
            if let url = citation.url { cite += " <\(url)>" }
            lines.append(cite)
        }
        return lines.joined(separator: "\n")
    }

    public static func advice(_ advice: Advice, facts: [String: FactValue], catalogue: RiskFactorCatalogue) -> String {
        var lines: [String] = []
        lines.append(advice.findings.isEmpty ? "No findings." : "Findings:")
        lines += advice.findings.map { finding($0, catalogue: catalogue) }
        if !facts.isEmpty {
            lines.append("Facts:")
            lines += self.facts(facts)
        }
        lines.append("")
        if advice.recommendations.isEmpty {
            lines.append(advice.nothingApplies ?? "Nothing in the briefing applies.")
        } else {
            lines.append("Recommendations (highest priority first):")
            lines += advice.recommendations.map { recommendation($0, catalogue: catalogue) }
        }
        return lines.joined(separator: "\n")
    }
}
