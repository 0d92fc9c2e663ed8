import CurioCore
import Foundation

/// A case report: what a case note needs about one consultation, ready to render as
/// Markdown, JSON or HTML. A plain value; the renderers are pure functions of it.
///
/// Built from the summary stored at `end`; for a consultation still open, from the journal
/// replayed through the dialogues (`Consultation.restore`), or, without the dialogues, from
/// the last answer saved.
public struct CaseReport: Sendable, Hashable, Codable {
    public var id: String
    /// The summary is final (the consultation was ended) rather than the picture so far.
    public var ended: Bool
    public var dialogue: String
    public var startedAt: Date
    public var endedAt: Date?
    public var callerRole: String?
    public var child: String
    /// The highest priority among the recommendations, or "none".
    public var top: String
    public var findings: [ReportFinding]
    public var facts: [String: FactValue]
    public var recommendations: [Recommendation]
    /// Set when nothing in the briefing applies to the case.
    public var note: String?
    public var openQuestions: [String]
    public var transcript: [ReportExchange]
    /// Set when the report had to be built without the dialogues (questions and open
    /// questions may then be missing).
    public var caveat: String?

    /// One finding with a readable label and the words that gave it.
    public struct ReportFinding: Sendable, Hashable, Codable {
        public var id: RiskFactorID
        public var label: String
        public var status: FindingStatus
        public var evidence: String
        public var turn: Int?
        public var inferredFrom: String?

        public init(_ finding: Finding, label: String) {
            id = finding.id
            self.label = label
            status = finding.status
            evidence = finding.evidence
            turn = finding.turn
            inferredFrom = finding.inferredFrom
        }

        enum CodingKeys: String, CodingKey {
            case id, label, status, evidence, turn
            case inferredFrom = "inferred_from"
        }
    }

    /// One question and the practitioner's answer to it.
    public struct ReportExchange: Sendable, Hashable, Codable {
        public var turn: Int
        public var question: String?
        public var answer: String
        public var at: Date

        public init(turn: Int, question: String?, answer: String, at: Date) {
            self.turn = turn
            self.question = question
            self.answer = answer
            self.at = at
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, ended, dialogue, child, top, findings, facts, recommendations, note, transcript, caveat
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case callerRole = "caller_role"
        case openQuestions = "open_questions"
    }

    /// The report of a case summary; `label` names each risk factor.
    public init(
        id: String, startedAt: Date, endedAt: Date?, summary: CaseSummary,
        label: (RiskFactorID) -> String = { $0.rawValue }
    ) {
        self.id = id
        ended = endedAt != nil
        dialogue = summary.dialogue
        self.startedAt = startedAt
        self.endedAt = endedAt
        callerRole = summary.callerRole
        child = summary.child
        top = summary.top
        findings = summary.findings.map { ReportFinding($0, label: label($0.id)) }
        facts = summary.facts
        recommendations = summary.recommendations
        note = summary.note
        openQuestions = summary.openQuestions
        transcript = summary.transcript.map {
            ReportExchange(turn: $0.turn, question: $0.question, answer: $0.answer, at: $0.at)
        }
        caveat = nil
    }

    /// The report of a stored consultation: its summary if it was ended, else the picture so
    /// far rebuilt with `knowledge`, else (no knowledge, or its dialogue is gone) the last
    /// answer saved.
    public init(record: CaseRecord, knowledge: Knowledge?) {
        let label: (RiskFactorID) -> String = { id in knowledge?.riskFactors.label(id) ?? id.rawValue }
        let listing = record.listing
        if let summary = record.summary {
            self.init(id: listing.id, startedAt: listing.startedAt, endedAt: listing.endedAt, summary: summary, label: label)
            return
        }
        let saved = record.saved
        if let knowledge, let dialogue = knowledge.dialogues[saved.position.dialogue] {
            let consultation = Consultation.restore(
                dialogue: dialogue, knowledge: knowledge, turns: saved.turns, history: saved.history,
                position: saved.position)
            self.init(
                id: listing.id, startedAt: listing.startedAt, endedAt: listing.endedAt,
                summary: consultation.summary(complete: false), label: label)
            return
        }
        // Without the dialogues: the case picture as last answered.
        let reply = saved.lastReply
        let facts = reply?.facts ?? [:]
        let found = reply?.findings ?? []
        let recommendations = reply?.recommendations ?? []
        self.init(
            id: listing.id, dialogue: saved.dialogue, startedAt: listing.startedAt, endedAt: listing.endedAt,
            callerRole: listing.callerRole, child: Self.describeChild(findings: found, facts: facts),
            top: recommendations.map(\.priority).max()?.rawValue ?? "none",
            findings: found.map { ReportFinding($0, label: label($0.id)) }, facts: facts,
            recommendations: recommendations, note: reply?.note, openQuestions: [],
            transcript: saved.turns.map { turn in
                let step = knowledge?.dialogues.values.first { $0[turn.state] != nil }?[turn.state]
                return ReportExchange(turn: turn.number, question: step?.ask, answer: turn.text, at: turn.at)
            },
            caveat: "Built from the last answer saved, without the dialogues: questions and open questions are not shown.")
    }

    /// Every field given.
    public init(
        id: String, dialogue: String, startedAt: Date, endedAt: Date?, callerRole: String?, child: String,
        top: String, findings: [ReportFinding], facts: [String: FactValue], recommendations: [Recommendation],
        note: String?, openQuestions: [String], transcript: [ReportExchange], caveat: String?
    ) {
        self.id = id
        ended = endedAt != nil
        self.dialogue = dialogue
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.callerRole = callerRole
        self.child = child
        self.top = top
        self.findings = findings
        self.facts = facts
        self.recommendations = recommendations
        self.note = note
        self.openQuestions = openQuestions
        self.transcript = transcript
        self.caveat = caveat
    }

    /// A short description of the child from what was heard (the fallback for `child`).
    static func describeChild(findings: [Finding], facts: [String: FactValue]) -> String {
        let status = { (id: RiskFactorID) in findings.first { $0.id == id }?.status }
        var parts: [String] = []
        if status(.unborn) == .present {
            parts.append("unborn baby")
            if let weeks = facts[FactName.gestationWeeks] { parts.append("\(weeks) weeks' gestation") }
        } else if let age = facts[FactName.childAgeWeeks] {
            parts.append("baby aged \(age) weeks")
        } else {
            parts.append("baby, age not given")
        }
        switch status(.preMobile) {
        case .present?: parts.append("not yet mobile")
        case .absent?: parts.append("mobile")
        case .possible?: parts.append("mobility unclear")
        case nil: break
        }
        return parts.joined(separator: ", ")
    }

    /// The label of a finding the report holds, else the id.
    func label(_ id: RiskFactorID) -> String {
        findings.first { $0.id == id }?.label ?? id.rawValue
    }

    /// The recommendations, highest priority first (stable within a priority).
    var orderedRecommendations: [Recommendation] {
        recommendations.enumerated().sorted {
            $0.element.priority != $1.element.priority ? $0.element.priority > $1.element.priority : $0.offset < $1.offset
        }.map(\.element)
    }

    static let disclaimer =
        "Curio supports, and does not replace, professional judgement and local safeguarding procedures. A child in immediate danger needs 999."
}

/// Times in reports: `2025-06-15 10:12` in the reader's time zone.
enum ReportTime {
    static func format(_ date: Date, in timeZone: TimeZone, seconds: Bool = false) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))"
        let time = "\(two(c.hour)):\(two(c.minute))" + (seconds ? ":\(two(c.second))" : "")
        return day + " " + time
    }

    static func clock(_ date: Date, in timeZone: TimeZone) -> String {
        String(format(date, in: timeZone).suffix(5))
    }

    private static func two(_ value: Int?) -> String {
        let value = value ?? 0
        return value < 10 ? "0\(value)" : "\(value)"
    }

    /// "UTC", "BST"... for the header.
    static func zoneName(_ timeZone: TimeZone, at date: Date) -> String {
        timeZone.abbreviation(for: date) ?? timeZone.identifier
    }
}
