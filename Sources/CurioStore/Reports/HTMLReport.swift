import CurioCore
import Foundation

/// The report as one self-contained HTML page (no scripts, no external files), styled to
/// print cleanly on one or two A4 pages.
enum HTMLReport {
    static func render(_ report: CaseReport, timeZone: TimeZone) -> String {
        var body: [String] = []
        body.append("<header><h1>\(e(ReportText.title(report)))</h1>")
        body.append("<p class=\"top \(e(report.top))\">Top priority: <strong>\(e(ReportText.priority(report.top)))</strong></p></header>")
        body.append("<table class=\"meta\">")
        let rows: [(String, String)] = [
            ("Consultation", report.id),
            ("Started", "\(ReportTime.format(report.startedAt, in: timeZone)) \(ReportTime.zoneName(timeZone, at: report.startedAt))"),
            ("Status", ReportText.status(report, timeZone: timeZone)),
            ("Caller", report.callerRole ?? "not given"),
            ("Child", report.child),
            ("Dialogue", report.dialogue),
        ]
        for (name, value) in rows { body.append("<tr><th>\(e(name))</th><td>\(e(value))</td></tr>") }
        body.append("</table>")
        if let caveat = report.caveat { body.append("<p class=\"caveat\">\(e(caveat))</p>") }

        body.append("<section><h2>Recommendations</h2>")
        if let note = report.note { body.append("<p class=\"note\">\(e(note))</p>") }
        if report.recommendations.isEmpty && report.note == nil { body.append("<p>\(e(ReportText.noRecommendations))</p>") }
        for rec in report.orderedRecommendations {
            body.append("<div class=\"rec \(rec.priority.rawValue)\">")
            body.append("<p><span class=\"prio\">\(e(rec.priority.rawValue))</span> <code>\(e(rec.id))</code> \(e(rec.advice))</p>")
            if !rec.evidence.isEmpty {
                let because = rec.evidence.map {
                    "\(e(report.label($0.finding))) \(ReportText.status($0.status)): \(e(ReportText.source(words: $0.words, turn: $0.turn, inferredFrom: $0.inferredFrom)))"
                }
                body.append("<p class=\"because\">Because: \(because.joined(separator: "; "))</p>")
            } else if !rec.because.isEmpty {
                body.append("<p class=\"because\">Because: \(rec.because.map { e(report.label($0)) }.joined(separator: "; "))</p>")
            }
            for citation in rec.citations {
                let text = e(ReportText.citation(citation))
                let cited = citation.url.map { "<a href=\"\(e(ReportText.href($0)))\">\(text)</a>" } ?? text
                body.append("<p class=\"cite\">Cites: \(cited)</p>")
            }
            body.append("</div>")
        }
        body.append("</section>")

        body.append("<section><h2>Findings</h2>")
        if report.findings.isEmpty {
            body.append("<p>Nothing heard yet.</p>")
        } else {
            body.append("<table class=\"findings\"><thead><tr><th>Finding</th><th>Status</th><th>From</th></tr></thead><tbody>")
            for finding in report.findings {
                let source = ReportText.source(words: finding.evidence, turn: finding.turn, inferredFrom: finding.inferredFrom)
                body.append("<tr class=\"\(finding.status.rawValue)\"><td>\(e(finding.label))</td><td>\(ReportText.status(finding.status))</td><td>\(e(source))</td></tr>")
            }
            body.append("</tbody></table>")
        }
        let facts = ReportText.otherFacts(report)
        if !facts.isEmpty {
            body.append("<p class=\"facts\">Facts: \(facts.map { "\(e($0.0)) = \(e($0.1))" }.joined(separator: "; "))</p>")
        }
        body.append("</section>")

        body.append("<section><h2>Open questions</h2>")
        if report.openQuestions.isEmpty {
            body.append("<p>\(e(report.caveat == nil ? ReportText.noOpenQuestions : "Not known (see above)."))</p>")
        } else {
            body.append("<ul>")
            for question in report.openQuestions { body.append("<li>Nothing was said about: \(e(question))</li>") }
            body.append("</ul>")
        }
        body.append("</section>")

        body.append("<section class=\"transcript\"><h2>Transcript</h2>")
        if report.transcript.isEmpty {
            body.append("<p>No answer was recorded.</p>")
        } else {
            body.append("<ol>")
            for exchange in report.transcript {
                let question = exchange.question.map { "<span class=\"q\">\(e($0))</span>" } ?? ""
                body.append("<li value=\"\(exchange.turn)\"><span class=\"t\">\(ReportTime.clock(exchange.at, in: timeZone))</span> \(question)<blockquote>\(e(exchange.answer))</blockquote></li>")
            }
            body.append("</ol>")
        }
        body.append("</section>")
        body.append("<footer>\(e(ReportText.disclaimer))</footer>")

        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>\(e(ReportText.title(report)))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    static let style = """
        @page { size: A4; margin: 14mm 15mm 16mm; }
        * { box-sizing: border-box; }
        body { font: 10.5pt/1.4 "Helvetica Neue", Helvetica, Arial, sans-serif; color: #111; max-width: 180mm; margin: 1.5em auto; padding: 0 1em; }
        header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid #111; margin-bottom: 6pt; }
        h1 { font-size: 16pt; margin: 0 0 4pt; }
        h2 { font-size: 12pt; margin: 12pt 0 4pt; border-bottom: 1px solid #999; break-after: avoid; page-break-after: avoid; }
        p { margin: 2pt 0; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 2pt 5pt; border: 1px solid #ccc; }
        table.meta th { width: 28mm; background: #f3f3f3; }
        thead th { background: #f3f3f3; }
        tr, .rec, li { break-inside: avoid; page-break-inside: avoid; }
        .top { margin: 0; }
        .rec { border-left: 5pt solid #888; padding: 3pt 7pt; margin: 5pt 0; background: #fafafa; }
        .rec.emergency { border-color: #a50021; } .rec.urgent { border-color: #d35400; }
        .rec.high { border-color: #b7950b; } .rec.consider { border-color: #2471a3; }
        .prio { font-weight: bold; text-transform: uppercase; letter-spacing: .03em; }
        .because, .cite, .facts { font-size: 9.5pt; color: #333; }
        .caveat, .note { font-style: italic; }
        tr.absent td { color: #555; }
        code { font-size: 9pt; }
        .transcript ol { padding-left: 2.2em; margin: 0; }
        .transcript li { margin: 3pt 0; }
        .transcript .t { color: #555; font-size: 9pt; }
        .transcript .q { font-style: italic; }
        blockquote { margin: 1pt 0 0; padding-left: 6pt; border-left: 2px solid #bbb; }
        footer { margin-top: 12pt; padding-top: 4pt; border-top: 1px solid #999; font-size: 8.5pt; color: #444; }
        a { color: inherit; }
        @media print {
          body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
          .rec { background: none; }
          a { text-decoration: none; }
          a[href]::after { content: " <" attr(href) ">"; font-size: 8pt; word-break: break-all; }
          footer { position: static; }
        }
        """

    /// HTML-escaped text.
    static func e(_ text: String) -> String { MarkupEscaping.escaped(text) }
}
