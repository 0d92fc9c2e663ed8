import CurioCore
import CurioTestSupport
import Foundation
import Testing
@testable import CurioStore

@Suite("Case reports")
struct ReportTests {
    static let utc = TimeZone(identifier: "UTC")!

    /// The report of the ended fixture consultation.
    static func endedReport() throws -> CaseReport {
        let store = try SQLiteCaseStore(path: ":memory:")
        try Fixtures.threeTurns(store, session: "3f9a2c1b-5d7e-4c1a-9a43-0c2f7e1d8b6a")
        var summary = try Fixtures.summary()
        summary.transcript[1].answer = "8 weeks | small bruise <b>on his cheek</b> & *more*"
        try store.end(session: "3f9a2c1b-5d7e-4c1a-9a43-0c2f7e1d8b6a", summary: summary, at: Fixtures.start.addingTimeInterval(600))
        let record = try #require(try store.caseRecord(try store.resolve("3f9a2c1b")))
        return CaseReport(record: record, knowledge: nil)
    }

    @Test("Markdown: who and when, the child, findings with their words, recommendations with citations, open questions, transcript")
    func markdown() throws {
        let report = try Self.endedReport()
        let text = ReportFormat.markdown.render(report, timeZone: Self.utc)
        #expect(text.contains("# Consultation 3f9a2c1b-5d7"))
        #expect(text.contains("| Caller | health visitor |"))
        #expect(text.contains("| Started | 2025-06-15 15:06 "))
        #expect(text.contains("Ended 2025-06-15 15:16"))
        #expect(text.contains("baby aged 8 weeks, not yet mobile"))
        #expect(text.contains("**URGENT**"))
        #expect(text.contains("\u{201C}small bruise on his cheek\u{201D} (turn 2)"))
        #expect(text.contains("inferred from child.age\\_weeks = 8"))
        #expect(text.contains("Refer to Children's Social Care today"))
        #expect(text.contains("Cites: 7 Minute Briefing: Thematic Review NAI & Neglect, \u{201C}Baby Bruising Protocol\u{201D} <https://example.org/bruising>"))
        #expect(text.contains("- Nothing was said about: Father or partner unknown"))
        #expect(text.contains("*Is the baby in immediate danger right now?*"))
        #expect(text.contains("> no, I'm the health visitor"))
        // The practitioner's words cannot break the Markdown.
        #expect(text.contains("8 weeks \\| small bruise \\<b\\>on his cheek\\</b\\> & \\*more\\*"))
        #expect(text.contains("999"))
    }

    @Test("JSON: the summary's fields with the id, status and times")
    func json() throws {
        let report = try Self.endedReport()
        let text = ReportFormat.json.render(report, timeZone: Self.utc)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "3f9a2c1b-5d7e-4c1a-9a43-0c2f7e1d8b6a")
        #expect(object["ended"] as? Bool == true)
        #expect(object["ended_at"] as? String == "2025-06-15T15:16:40.250Z")
        #expect(object["caller_role"] as? String == "health visitor")
        #expect(object["top"] as? String == "urgent")
        #expect(object["open_questions"] as? [String] == ["Father or partner unknown"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.first?["evidence"] as? String == "small bruise on his cheek")
        let recommendations = try #require(object["recommendations"] as? [[String: Any]])
        let citations = try #require(recommendations.first?["citations"] as? [[String: Any]])
        #expect(citations.first?["section"] as? String == "Baby Bruising Protocol")
        let transcript = try #require(object["transcript"] as? [[String: Any]])
        #expect(transcript.count == 2)
        #expect(transcript[0]["answer"] as? String == "no, I'm the health visitor")
        // And it reads back as the same report.
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { try StoreCoding.date($0.singleValueContainer().decode(String.self))! }
        #expect(try decoder.decode(CaseReport.self, from: Data(text.utf8)) == report)
    }

    @Test("HTML: one self-contained page with A4 print CSS, escaped words, every section")
    func html() throws {
        let report = try Self.endedReport()
        let text = ReportFormat.html.render(report, timeZone: Self.utc)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("@page { size: A4"))
        #expect(text.contains("@media print"))
        #expect(!text.contains("<script"))
        #expect(!text.contains("<link"))
        #expect(text.contains("8 weeks | small bruise &lt;b&gt;on his cheek&lt;/b&gt; &amp; *more*"))
        #expect(text.contains("<span class=\"prio\">urgent</span>"))
        #expect(text.contains("Baby Bruising Protocol"))
        #expect(text.contains("href=\"https://example.org/bruising\""))
        #expect(text.contains("small bruise on his cheek"))
        #expect(text.contains("Nothing was said about: Father or partner unknown"))
        #expect(text.contains("<blockquote>no, I&#39;m the health visitor</blockquote>"))
        for heading in ["Recommendations", "Findings", "Open questions", "Transcript"] {
            #expect(text.contains("<h2>\(heading)</h2>"))
        }
    }

    @Test("an open consultation is reported from its turns, replayed through the real dialogues")
    func openConsultationWithKnowledge() throws {
        let knowledge = try ShippedKnowledge.knowledge
        let dialogue = try #require(knowledge.dialogues["duty-triage"])
        // Turns as the server journals them (built directly: the matcher is not under test).
        let store = try SQLiteCaseStore(path: ":memory:")
        var consultation = Consultation(dialogue: dialogue, knowledge: knowledge)
        try store.open(session: "open-case-0001", dialogue: "duty-triage", position: consultation.position, at: Fixtures.start)
        let bruise = Finding(id: "injury.bruising", status: .present, evidence: "a small bruise on his cheek", turn: 2)
        let heard: [(String, String, MatchResult)] = [
            ("danger", "no", MatchResult()),
            ("age", "8 weeks old, a small bruise on his cheek", MatchResult(findings: [bruise], facts: ["child.age_weeks": .number(8)])),
        ]
        var turns: [Turn] = []
        var history: [DialogueState] = []
        for (index, (state, text, result)) in heard.enumerated() {
            let turn = Turn(number: index + 1, state: state, text: text, option: text == "no" ? "no" : nil, heard: result, at: Fixtures.start.addingTimeInterval(Double(index + 1) * 30))
            let before = consultation.position
            history.append(before)
            turns.append(turn)
            consultation = Consultation.restore(dialogue: dialogue, knowledge: knowledge, turns: turns, history: history, position: before)
            try store.record(session: "open-case-0001", turn: turn, before: before, after: before, reply: consultation.current())
        }
        let record = try #require(try store.caseRecord("open-case-0001"))
        let report = CaseReport(record: record, knowledge: knowledge)
        #expect(report.ended == false)
        #expect(report.caveat == nil)
        #expect(report.findings.contains { $0.id == "injury.bruising" && $0.evidence == "a small bruise on his cheek" })
        #expect(report.transcript.map(\.answer) == ["no", "8 weeks old, a small bruise on his cheek"])
        #expect(report.transcript.first?.question?.contains("immediate danger") == true)
        let text = ReportFormat.markdown.render(report, timeZone: Self.utc)
        #expect(text.contains("Open (still in progress"))
        #expect(text.contains("a small bruise on his cheek"))
        // Whatever the recommender makes of it, each recommendation is shown with its citations.
        for recommendation in report.recommendations {
            #expect(text.contains(recommendation.id))
            for citation in recommendation.citations { #expect(text.contains(MarkdownReport.inline(citation.section))) }
        }
        // Without the dialogues, the last reply saved still gives the picture, with a caveat.
        let fallback = CaseReport(record: record, knowledge: nil)
        #expect(fallback.caveat != nil)
        #expect(fallback.transcript.count == 2)
        #expect(fallback.findings.map(\.id) == report.findings.map(\.id))
    }

    @Test("a consultation ended with the real summary reports the open questions of the dialogue")
    func realSummary() throws {
        let knowledge = try ShippedKnowledge.knowledge
        let dialogue = try #require(knowledge.dialogues["duty-triage"])
        let turn = Turn(
            number: 1, state: "danger", text: "no", option: "no",
            heard: MatchResult(findings: [Finding(id: "child.immediate_danger", status: .absent, evidence: "no", turn: 1)]), at: Fixtures.start)
        let consultation = Consultation.restore(
            dialogue: dialogue, knowledge: knowledge, turns: [turn], history: [DialogueState(dialogue: "duty-triage", current: "danger", path: ["danger"])],
            position: DialogueState(dialogue: "duty-triage", current: "age", path: ["danger", "age"]))
        let summary = consultation.summary(complete: true)
        let report = CaseReport(id: "x", startedAt: Fixtures.start, endedAt: Fixtures.start, summary: summary, label: knowledge.riskFactors.label)
        #expect(!report.openQuestions.isEmpty)
        let text = ReportFormat.markdown.render(report, timeZone: Self.utc)
        for question in report.openQuestions { #expect(text.contains(MarkdownReport.inline(question))) }
    }
}
