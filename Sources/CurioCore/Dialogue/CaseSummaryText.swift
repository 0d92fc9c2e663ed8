/// The case summary as plain text, to paste into a case file.
public enum CaseSummaryText {
    public static func render(_ summary: CaseSummary, catalogue: RiskFactorCatalogue) -> String {
        var lines = ["Case summary (\(summary.dialogue))"]
        if let role = summary.callerRole { lines.append("Caller: \(role)") }
        lines.append("Child: \(summary.child)")
        lines.append("")
        lines.append(summary.findings.isEmpty ? "Findings: none" : "Findings:")
        for finding in summary.findings {
            let source = finding.inferredFrom.map { "inferred from \($0)" } ?? "\"\(finding.evidence)\""
            lines.append("  - \(catalogue.label(finding.id)): \(finding.status.rawValue) (\(source))")
        }
        lines.append("")
        if summary.recommendations.isEmpty {
            lines.append(summary.note ?? "Recommendations: none")
        } else {
            lines.append("Recommendations (highest priority first):")
            for rec in summary.recommendations {
                lines.append("  - [\(rec.priority.rawValue.uppercased())] \(rec.advice)")
                let cites = rec.citations.map { "\($0.section)\($0.url.map { " <\($0)>" } ?? "")" }
                if !cites.isEmpty { lines.append("    Cites: " + cites.joined(separator: "; ")) }
            }
        }
        if !summary.openQuestions.isEmpty {
            lines.append("")
            lines.append("Not yet known: " + summary.openQuestions.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }
}
