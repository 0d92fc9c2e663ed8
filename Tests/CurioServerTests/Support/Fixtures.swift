import CurioCore
import CurioTestSupport
import Foundation
@testable import CurioServer

/// The real `dialogues/` folder and journals for the server's tests.
enum Fixtures {
    /// `Tests/CurioServerTests/Support/Fixtures.swift` → the repository root.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let dialoguesFolder = repository.appendingPathComponent("dialogues")

    /// Loaded once: every test reads the same shipped knowledge (a folder that does not load
    /// fails each test that needs it, with the loader's message).
    static var knowledge: Knowledge {
        get throws { try ShippedKnowledge.knowledge }
    }

    /// The dialogue the tests drive: its first question is about immediate danger, with the
    /// options yes / no / not sure, and "yes" gives `child.immediate_danger` present through
    /// the dialogue's answer mapping (no matcher involved).
    static let triage = "duty-triage"

    static func desk(journal: any CaseJournal = InMemoryCaseJournal(), maxSessions: Int = 100) throws -> ConsultationDesk {
        ConsultationDesk(knowledge: try knowledge, journal: journal, maxSessions: maxSessions)
    }

    /// A fresh, short folder under /tmp (socket paths are limited to ~107 bytes).
    static func temporaryFolder() -> String {
        "/tmp/cst-" + String(UUID().uuidString.prefix(8)).lowercased()
    }

    static func removeFolder(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    static func mode(of path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Int(info.st_mode & 0o777)
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}

/// A journal that can be told to fail, to check that a failed write leaves the turn unapplied.
/// It keeps the default `mayBlock` (true), so a server with it answers through its thread pool.
final class FlakyJournal: CaseJournal, @unchecked Sendable {
    let inner = InMemoryCaseJournal()
    private let lock = NSLock()
    private var failing = false

    func fail(_ on: Bool) { lock.withLock { failing = on } }

    private func check() throws {
        if lock.withLock({ failing }) { throw CaseJournalError(.full, "the disk is full") }
    }

    func open(session: String, dialogue: String, position: DialogueState, at: Date) throws {
        try check()
        try inner.open(session: session, dialogue: dialogue, position: position, at: at)
    }

    func record(session: String, turn: Turn, before: DialogueState, after: DialogueState, reply: Reply) throws {
        try check()
        try inner.record(session: session, turn: turn, before: before, after: after, reply: reply)
    }

    func undo(session: String, turn: Int, position: DialogueState, reply: Reply, at: Date) throws {
        try check()
        try inner.undo(session: session, turn: turn, position: position, reply: reply, at: at)
    }

    func end(session: String, summary: CaseSummary, at: Date) throws {
        try check()
        try inner.end(session: session, summary: summary, at: at)
    }

    func load(session: String) throws -> SavedConsultation? {
        try check()
        return try inner.load(session: session)
    }
}
