import CurioCore
import Foundation
@testable import CurioStore

/// Values for the store's tests, built directly (no matcher or recommender involved).
enum Fixtures {
    static let start = Date(timeIntervalSince1970: 1_750_000_000.25)

    /// A fresh folder under the temporary directory, removed by the caller's `defer`.
    static func folder() -> String {
        let path = NSTemporaryDirectory() + "curio-store-tests-" + UUID().uuidString
        return path
    }

    static func remove(_ folder: String) {
        _ = chmod(folder, 0o700)
        try? FileManager.default.removeItem(atPath: folder)
    }

    static func position(_ current: String, dialogue: String = "duty-triage", path: [String]? = nil) -> DialogueState {
        DialogueState(dialogue: dialogue, current: current, path: path ?? [current])
    }

    static let bruisingAdvice = Recommendation(
        id: "bruising-protocol", priority: .urgent, because: ["injury.bruising", "child.pre_mobile"],
        advice: "Refer to Children's Social Care today under the Bruising in Pre-mobile Babies protocol.",
        citations: [Citation(source: "7 Minute Briefing: Thematic Review NAI & Neglect", section: "Baby Bruising Protocol", url: "https://example.org/bruising")],
        evidence: [.init(finding: "injury.bruising", status: .present, words: "small bruise on his cheek", turn: 2)])

    static func turn(_ number: Int, state: String, text: String, option: String? = nil, findings: [Finding] = [], facts: [String: FactValue] = [:], at offset: TimeInterval = 0) -> Turn {
        Turn(number: number, state: state, text: text, option: option, heard: MatchResult(findings: findings, facts: facts), at: start.addingTimeInterval(offset))
    }

    static func reply(state: String, turns: Int, recommendations: [Recommendation] = [], facts: [String: FactValue] = [:], findings: [Finding] = [], done: Bool = false) -> Reply {
        Reply(
            say: "Next question for \(state)", state: state, question: "Question \(state)?", options: ["yes", "no"],
            findings: findings, recommendations: recommendations, new: recommendations.map(\.id), facts: facts,
            done: done, note: nil, turns: turns)
    }

    /// Opens `session` and records three turns: role, a bruise (urgent), and the age.
    static func threeTurns(_ store: SQLiteCaseStore, session: String, at base: TimeInterval = 0) throws {
        let p0 = position("danger")
        try store.open(session: session, dialogue: "duty-triage", position: p0, at: start.addingTimeInterval(base))
        let p1 = position("age", path: ["danger", "age"])
        let p2 = position("injuries", path: ["danger", "age", "injuries"])
        let p3 = position("neglect", path: ["danger", "age", "injuries", "neglect"])
        let bruise = Finding(id: "injury.bruising", status: .present, evidence: "small bruise on his cheek", turn: 2)
        let role: [String: FactValue] = ["caller.role": .text("health visitor")]
        try store.record(
            session: session, turn: turn(1, state: "danger", text: "no, I'm the health visitor", option: "no", facts: role, at: base + 10),
            before: p0, after: p1, reply: reply(state: "age", turns: 1, facts: role))
        try store.record(
            session: session, turn: turn(2, state: "age", text: "8 weeks, small bruise on his cheek", findings: [bruise], facts: ["child.age_weeks": .number(8)], at: base + 20),
            before: p1, after: p2,
            reply: reply(state: "injuries", turns: 2, recommendations: [bruisingAdvice], facts: role.merging(["child.age_weeks": .number(8)]) { $1 }, findings: [bruise]))
        try store.record(
            session: session, turn: turn(3, state: "injuries", text: "no other marks", option: "no", at: base + 30),
            before: p2, after: p3,
            reply: reply(state: "neglect", turns: 3, recommendations: [bruisingAdvice], facts: role.merging(["child.age_weeks": .number(8)]) { $1 }, findings: [bruise]))
    }

    /// A case summary as the server would store it at `end` (decoded, as CaseSummary's
    /// memberwise initialiser is internal to CurioCore).
    static func summary(top: String = "urgent") throws -> CaseSummary {
        let json = """
            {"dialogue": "duty-triage", "started_at": 771692810.25, "caller_role": "health visitor",
             "child": "baby aged 8 weeks, not yet mobile",
             "findings": [{"id": "injury.bruising", "status": "present", "evidence": "small bruise on his cheek", "turn": 2},
                          {"id": "child.pre_mobile", "status": "present", "evidence": "8 weeks", "inferred_from": "child.age_weeks = 8"}],
             "facts": {"child.age_weeks": 8, "caller.role": "health visitor"},
             "recommendations": [\(String(decoding: try JSONEncoder().encode(bruisingAdvice), as: UTF8.self))],
             "top": "\(top)", "note": null,
             "open_questions": ["Father or partner unknown"],
             "transcript": [
               {"turn": 1, "question": "Is the baby in immediate danger right now?", "answer": "no, I'm the health visitor", "at": 771692810.25},
               {"turn": 2, "question": "How old is the baby?", "answer": "8 weeks, small bruise on his cheek", "at": 771692820.25}]}
            """
        return try JSONDecoder().decode(CaseSummary.self, from: Data(json.utf8))
    }
}
