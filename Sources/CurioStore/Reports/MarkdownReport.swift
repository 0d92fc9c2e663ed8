import CurioCore
import Foundation

/// The report as Markdown (GitHub-flavoured): for a case note, an e-mail or a README.
enum MarkdownReport {
    static func render(_ report: CaseReport, timeZone: TimeZone) -> String {
        var out: [String] = []
        out.append("# \(ReportText.title(report))")
        out.append("")
        out.append("| | |")
        out.append("|---|---|")
        out.append("| Consultation | `\(cell(report.id))` |")
        out.append("| Started | \(ReportTime.format(report.startedAt, in: timeZone)) \(ReportTime.zoneName(timeZone, at: report.startedAt)) |")
        out.append("| Status | \(cell(ReportText.status(report, timeZone: timeZone))) |")
        out.append("| Caller | \(cell(report.callerRole ?? "not given")) |")
        out.append("| Child | \(cell(report.child)) |")
        out.append("| Dialogue | \(cell(report.dialogue)) |")
        out.append("| Top priority | **\(ReportText.priority(report.top))** |")
        if let caveat = report.caveat {
            out.append("")
            out.append("> \(inline(caveat))")
        }

        out.append("")
        out.append("## Recommendations")
        out.append("")
        if let note = report.note {
            out.append(inline(note))
            out.append("")
        }
        if report.recommendations.isEmpty && report.note == nil {
            out.append(ReportText.noRecommendations)
        }
        for (index, rec) in report.orderedRecommendations.enumerated() {
            out.append("\(index + 1). **\(rec.priority.rawValue.uppercased())** (`\(rec.id)`): \(inline(rec.advice))")
            if !rec.evidence.isEmpty {
                let because = rec.evidence.map {
                    "\(inline(report.label($0.finding))) \(ReportText.status($0.status)): \(inline(ReportText.source(words: $0.words, turn: $0.turn, inferredFrom: $0.inferredFrom)))"
                }
                out.append("   - Because: " + because.joined(separator: "; "))
            } else if !rec.because.isEmpty {
                out.append("   - Because: " + rec.because.map { inline(report.label($0)) }.joined(separator: "; "))
            }
            for citation in rec.citations {
                let link = citation.url.map { $0.contains("://") ? " <\($0)>" : " (\(inline($0)))" } ?? ""
                out.append("   - Cites: \(inline(ReportText.citation(citation)))\(link)")
            }
        }

        out.append("")
        out.append("## Findings")
        out.append("")
        if report.findings.isEmpty {
            out.append("Nothing heard yet.")
        } else {
            out.append("| Finding | Status | From |")
            out.append("|---|---|---|")
            for finding in report.findings {
                let source = ReportText.source(words: finding.evidence, turn: finding.turn, inferredFrom: finding.inferredFrom)
                out.append("| \(cell(finding.label)) | \(ReportText.status(finding.status)) | \(cell(source)) |")
            }
        }
        let facts = ReportText.otherFacts(report)
        if !facts.isEmpty {
            out.append("")
            out.append("Facts: " + facts.map { "\(inline($0.0)) = \(inline($0.1))" }.joined(separator: "; "))
        }

        out.append("")
        out.append("## Open questions")
        out.append("")
        if report.openQuestions.isEmpty {
            out.append(report.caveat == nil ? ReportText.noOpenQuestions : "Not known (see above).")
        } else {
            for question in report.openQuestions { out.append("- Nothing was said about: \(inline(question))") }
        }

        out.append("")
        out.append("## Transcript")
        out.append("")
        if report.transcript.isEmpty { out.append("No answer was recorded.") }
        for exchange in report.transcript {
            let question = exchange.question.map { " *\(inline($0))*" } ?? ""
            out.append("**\(exchange.turn).** \(ReportTime.clock(exchange.at, in: timeZone))\(question)  ")
            out.append("> \(inline(exchange.answer))")
            out.append("")
        }
        if report.transcript.isEmpty { out.append("") }
        out.append("---")
        out.append("")
        out.append("*\(ReportText.disclaimer)*")
        return out.joined(separator: "\n") + "\n"
    }

    /// Text on one line with Markdown's active characters escaped.
    static func inline(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\n", "\r", "\t": result.append(" ")
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|": result.append("\\"); result.append(character)
            default: result.append(character)
            }
        }
        return result
    }

    /// Text for a table cell.
    static func cell(_ text: String) -> String { inline(text) }
}
