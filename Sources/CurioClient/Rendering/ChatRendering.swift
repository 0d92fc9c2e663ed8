import CurioCore
import Foundation

/// Rendering of the REPL's answers: replies, recommendations, `why`, summaries.
///
/// The server's answers carry risk-factor ids, not labels; `label` turns an id into words
/// (the chat command passes the catalogue's labels when it can read them).
public struct ChatRendering {
    public var style: TerminalStyle
    public var label: @Sendable (RiskFactorID) -> String

    public init(style: TerminalStyle = .plain, label: @escaping @Sendable (RiskFactorID) -> String = { $0.rawValue }) {
        self.style = style
        self.label = label
    }

    /// Labels from a catalogue, the id when it has none.
    public init(style: TerminalStyle, labels: [RiskFactorID: String]) {
        self.init(style: style) { labels[$0] ?? $0.rawValue }
    }

    // MARK: Opening

    /// The disclaimer, wrapped to the terminal and in bold.
    public func disclaimer() -> String {
        style.wrap(TextRendering.disclaimer).split(separator: "\n").map { style.bold(String($0)) }
            .joined(separator: "\n")
    }

    // MARK: A reply

    /// The assistant's text, the waiting question's options, and every recommendation the
    /// answer added (`new`), highest priority first.
    public func reply(_ response: WireResponse) -> String {
        let recommendations = newRecommendations(response)
        // The server repeats new urgent advice as "URGENT: ..." lines; the recommendation
        // block shows it with its reasons and citation, so it is not said twice.
        let repeated = Set(recommendations.flatMap { ["URGENT: \($0.advice)", "EMERGENCY: \($0.advice)"] })
        var lines = (response.say ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !repeated.contains($0) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        // What was heard comes first, then the new advice, then the question now waiting.
        var question: [String] = []
        if let asked = response.question, let last = lines.last, last.contains(asked) {
            question = [lines.removeLast()]
        }
        var blocks: [String] = []
        if !lines.isEmpty { blocks.append(style.wrap(lines.joined(separator: "\n"))) }
        if !recommendations.isEmpty {
            var block = [style.bold(recommendations.count == 1 ? "New recommendation:" : "New recommendations:")]
            block += recommendations.map(recommendation)
            blocks.append((blocks.isEmpty ? "" : "\n") + block.joined(separator: "\n") + (question.isEmpty ? "" : "\n"))
        }
        if !question.isEmpty { blocks.append(style.bold(style.wrap(question[0]))) }
        if let options = response.options, !options.isEmpty {
            blocks.append(style.dim(style.wrap("(" + options.joined(separator: " / ") + ")", indent: " ")))
        }
        if let note = response.note, !note.isEmpty, response.done == true, response.recommendations?.isEmpty ?? true {
            blocks.append(style.wrap(note))
        }
        return blocks.joined(separator: "\n")
    }

    /// The recommendations named in `new`, highest priority first.
    public func newRecommendations(_ response: WireResponse) -> [Recommendation] {
        guard let new = response.new, !new.isEmpty else { return [] }
        let wanted = Set(new)
        return (response.recommendations ?? []).filter { wanted.contains($0.id) }
            .sorted { $0.priority > $1.priority }
    }

    // MARK: One recommendation

    /// ```
    /// [URGENT] Refer to Children's Social Care today...
    ///     because: Bruising (possible): "a small bruise on his cheek" (turn 3)
    ///     cites:   7 Minute Briefing..., "Baby Bruising Protocol"
    ///              <https://...>
    /// ```
    public func recommendation(_ rec: Recommendation) -> String {
        let tag = style.priorityTag(rec.priority)
        var lines = [style.wrap(rec.advice, firstPrefix: tag + " ", indent: "    ")]
        let reasons: [String]
        if !rec.evidence.isEmpty {
            reasons = rec.evidence.map { evidence in
                let words = evidence.inferredFrom.map { "inferred from \($0)" }
                    ?? "\"\(evidence.words)\"\(evidence.turn.map { " (turn \($0))" } ?? "")"
                return "\(label(evidence.finding)) (\(evidence.status.rawValue)): \(words)"
            }
        } else {
            reasons = rec.because.map(label)
        }
        for (index, reason) in reasons.enumerated() {
            let head = index == 0 ? "    because: " : "             "
            lines.append(style.wrap(reason, firstPrefix: style.dim(head), indent: "               "))
        }
        for (index, citation) in rec.citations.enumerated() {
            let head = index == 0 ? "    cites:   " : "             "
            var text = "\(citation.source), \"\(citation.section)\""
            if let url = citation.url { text += " <\(url)>" }
            lines.append(style.wrap(text, firstPrefix: style.dim(head), indent: "             "))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: why, summary, help

    /// The server's `why` text, each line wrapped under itself, priority tags marked.
    public func why(_ text: String) -> String {
        style.wrapParagraphs(text).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            for priority in Priority.allCases where line.hasPrefix("[\(priority.rawValue.uppercased())]") {
                return style.priorityTag(priority) + line.dropFirst(priority.rawValue.count + 2)
            }
            return String(line)
        }.joined(separator: "\n")
    }

    public func summary(_ summary: CaseSummary, session: String?) -> String {
        var lines: [String] = []
        var title = "Case summary"
        if let session { title += " (\(session))" }
        lines.append(style.bold(title))
        if let role = summary.callerRole { lines.append(style.wrap("Caller: \(role)", indent: "    ")) }
        lines.append(style.wrap("Child: \(summary.child)", indent: "    "))
        if summary.findings.isEmpty {
            lines.append("Heard: nothing of concern yet.")
        } else {
            lines.append("Heard:")
            for finding in summary.findings {
                var text = "\(label(finding.id)) (\(finding.status.rawValue))"
                if let inferred = finding.inferredFrom {
                    text += ": inferred from \(inferred)"
                } else if !finding.evidence.isEmpty {
                    text += ": \"\(finding.evidence)\""
                }
                lines.append(style.wrap(text, firstPrefix: "  - ", indent: "    "))
            }
        }
        if summary.recommendations.isEmpty {
            lines.append(style.wrap(summary.note ?? "No recommendation: nothing said fires a rule."))
        } else {
            lines.append("To do (highest priority first):")
            var nested = self
            nested.style.width = style.width - 2
            lines += summary.recommendations.map { "  " + nested.recommendation($0).replacingOccurrences(of: "\n", with: "\n  ") }
        }
        if !summary.openQuestions.isEmpty {
            lines.append(style.wrap("Not yet discussed: " + summary.openQuestions.joined(separator: "; "), indent: "    "))
        }
        lines.append(style.dim("\(summary.transcript.count) answer\(summary.transcript.count == 1 ? "" : "s") recorded."))
        return lines.joined(separator: "\n")
    }

    /// The line printed when a consultation ends.
    public func ended(session: String, response: WireResponse) -> String {
        var parts = ["Consultation \(session) ended"]
        if let summary = response.summary {
            let answers = summary.transcript.count
            let recs = summary.recommendations.count
            parts.append("\(answers) answer\(answers == 1 ? "" : "s"), \(recs) recommendation\(recs == 1 ? "" : "s")"
                + (summary.top == "none" ? "" : " (highest: \(summary.top))"))
        } else if let turns = response.turns {
            parts.append("\(turns) answer\(turns == 1 ? "" : "s")")
        }
        return style.wrap(parts.joined(separator: ": ") + ".")
    }

    public func help() -> String {
        var lines = ["Type your answer, in your own words, and press Enter. Tab completes the options and commands."]
        lines.append("Commands:")
        for command in ChatCommandWord.allCases {
            lines.append(style.wrap(command.help, firstPrefix: "  " + style.bold(command.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)), indent: "           "))
        }
        return lines.joined(separator: "\n")
    }

    public func problem(_ text: String) -> String {
        style.wrap(style.warning("!") + " " + text, indent: "  ")
    }
}
