import CurioCore
import Foundation

/// The formats `curio report` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case json
    case html

    /// Renders `report` in this format; times in `timeZone`.
    public func render(_ report: CaseReport, timeZone: TimeZone = .current) -> String {
        switch self {
        case .markdown: MarkdownReport.render(report, timeZone: timeZone)
        case .json: JSONReport.render(report)
        case .html: HTMLReport.render(report, timeZone: timeZone)
        }
    }
}

/// The shared wording of the sections, so the three formats say the same thing.
enum ReportText {
    static func title(_ report: CaseReport) -> String {
        "Consultation \(shortID(report.id))"
    }

    static func shortID(_ id: String) -> String {
        id.count > 12 ? String(id.prefix(12)) : id
    }

    static func status(_ report: CaseReport, timeZone: TimeZone) -> String {
        if let ended = report.endedAt { return "Ended \(ReportTime.format(ended, in: timeZone))" }
        return "Open (still in progress: the picture so far)"
    }

    static func priority(_ top: String) -> String {
        top == "none" ? "none" : top.uppercased()
    }

    static func status(_ status: FindingStatus) -> String {
        switch status {
        case .present: "present"
        case .possible: "possible"
        case .absent: "absent"
        }
    }

    /// Where a finding came from: the words and turn, or what it was inferred from.
    static func source(words: String, turn: Int?, inferredFrom: String?) -> String {
        if let inferredFrom { return "inferred from \(inferredFrom)" }
        return "\u{201C}\(words)\u{201D}" + (turn.map { " (turn \($0))" } ?? "")
    }

    /// A link target: the sources give some addresses without a scheme ("www...").
    static func href(_ url: String) -> String {
        url.contains("://") || url.hasPrefix("mailto:") ? url : "https://" + url
    }

    static func citation(_ citation: Citation) -> String {
        "\(citation.source), \u{201C}\(citation.section)\u{201D}"
    }

    /// Facts not already shown elsewhere (caller, age).
    static func otherFacts(_ report: CaseReport) -> [(String, String)] {
        report.facts.filter { $0.key != FactName.callerRole }.sorted { $0.key < $1.key }.map { ($0.key, $0.value.description) }
    }

    static let noRecommendations = "No recommendation: nothing said fired a rule."
    static let noOpenQuestions = "None: every theme of the dialogue was covered."
    static let disclaimer = CaseReport.disclaimer
}

/// The report as JSON: the case summary's fields plus the consultation's id, times and status.
enum JSONReport {
    static func render(_ report: CaseReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(StoreCoding.text(date))
        }
        return (try? encoder.encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
