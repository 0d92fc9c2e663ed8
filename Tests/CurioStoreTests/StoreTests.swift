import CurioCore
import Foundation
import GRDB
import Testing
@testable import CurioStore

@Suite("SQLite case store")
struct StoreTests {
    @Test("the SQLite store says its writes may wait, so the server keeps them off its async threads")
    func theStoreMayBlock() throws {
        #expect(try SQLiteCaseStore(path: ":memory:").mayBlock)
    }

    @Test("record and load round-trip turns, history, position and last reply")
    func roundTrip() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/curio/curio.sqlite"
        do {
            let store = try SQLiteCaseStore(path: path)
            try Fixtures.threeTurns(store, session: "session-aaaaaaaa")
        }
        // A new connection reads back what the first one committed.
        let store = try SQLiteCaseStore(path: path)
        let saved = try #require(try store.load(session: "session-aaaaaaaa"))
        #expect(saved.turns.map(\.number) == [1, 2, 3])
        #expect(saved.turns[1].text == "8 weeks, small bruise on his cheek")
        #expect(saved.turns[1].heard.findings.first?.evidence == "small bruise on his cheek")
        #expect(saved.turns[1].heard.facts["child.age_weeks"] == .number(8))
        #expect(saved.turns[0].option == "no")
        #expect(saved.turns[0].at == Fixtures.start.addingTimeInterval(10))
        #expect(saved.history.map(\.current) == ["danger", "age", "injuries"])
        #expect(saved.position.current == "neglect")
        #expect(saved.position.path == ["danger", "age", "injuries", "neglect"])
        #expect(saved.lastReply?.state == "neglect")
        #expect(saved.lastReply?.recommendations.first?.citations.first?.section == "Baby Bruising Protocol")
        #expect(saved.dialogue == "duty-triage")
        #expect(saved.endedAt == nil)
        #expect(try store.load(session: "no-such-session") == nil)

        let listing = try #require(try store.list().first)
        #expect(listing.callerRole == "health visitor")
        #expect(listing.topPriority == .urgent)
        #expect(listing.turns == 3)
        #expect(listing.isOpen)
    }

    @Test("the journal matches the in-memory journal step for step")
    func matchesInMemoryJournal() throws {
        let sqlite = try SQLiteCaseStore(path: ":memory:")
        let memory = InMemoryCaseJournal()
        for journal in [sqlite, memory] as [any CaseJournal] {
            let store = journal as? SQLiteCaseStore
            if let store { try Fixtures.threeTurns(store, session: "s") } else {
                // The same steps through the protocol only.
                let temp = try SQLiteCaseStore(path: ":memory:")
                try Fixtures.threeTurns(temp, session: "s")
                let saved = try #require(try temp.load(session: "s"))
                try journal.open(session: "s", dialogue: "duty-triage", position: Fixtures.position("danger"), at: Fixtures.start)
                for (index, turn) in saved.turns.enumerated() {
                    let after = index + 1 < saved.history.count ? saved.history[index + 1] : saved.position
                    try journal.record(session: "s", turn: turn, before: saved.history[index], after: after, reply: saved.lastReply!)
                }
            }
        }
        let fromSQLite = try #require(try sqlite.load(session: "s"))
        let fromMemory = try #require(try memory.load(session: "s"))
        #expect(fromSQLite.turns == fromMemory.turns)
        #expect(fromSQLite.history == fromMemory.history)
        #expect(fromSQLite.position == fromMemory.position)
    }

    @Test("record into an unknown session fails and writes nothing")
    func recordUnknownSession() throws {
        let store = try SQLiteCaseStore(path: ":memory:")
        let error = #expect(throws: CaseJournalError.self) {
            try store.record(
                session: "nobody", turn: Fixtures.turn(1, state: "danger", text: "no"), before: Fixtures.position("danger"),
                after: Fixtures.position("age"), reply: Fixtures.reply(state: "age", turns: 1))
        }
        #expect(error?.kind == .notFound)
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM turns") } == 0)
    }

    @Test("undo keeps the turn in the journal, marked, and leaves it out of load")
    func undoKeepsTurn() throws {
        let store = try SQLiteCaseStore(path: ":memory:")
        try Fixtures.threeTurns(store, session: "s")
        let back = Fixtures.position("injuries", path: ["danger", "age", "injuries"])
        try store.undo(session: "s", turn: 3, position: back, reply: Fixtures.reply(state: "injuries", turns: 2), at: Fixtures.start.addingTimeInterval(40))
        var saved = try #require(try store.load(session: "s"))
        #expect(saved.turns.map(\.number) == [1, 2])
        #expect(saved.history.count == 2)
        #expect(saved.position == back)
        #expect(saved.lastReply?.turns == 2)
        // The undone turn is still in the journal, marked.
        let rows = try store.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT number, text, undone_at FROM turns WHERE session = 's' ORDER BY id")
        }
        #expect(rows.count == 3)
        #expect((rows[2]["text"] as String) == "no other marks")
        #expect((rows[2]["undone_at"] as String?) != nil)
        #expect(try store.list().first?.turns == 2)

        // A new turn 3 after the undo: both turn-3 rows are kept, only the new one loads.
        try store.record(
            session: "s", turn: Fixtures.turn(3, state: "injuries", text: "not sure", option: "not sure", at: 50),
            before: back, after: Fixtures.position("neglect"), reply: Fixtures.reply(state: "neglect", turns: 3))
        saved = try #require(try store.load(session: "s"))
        #expect(saved.turns.map(\.text) == ["no, I'm the health visitor", "8 weeks, small bruise on his cheek", "not sure"])
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM turns") } == 4)
        // Undoing it undoes the newest turn 3, not the already undone one.
        try store.undo(session: "s", turn: 3, position: back, reply: Fixtures.reply(state: "injuries", turns: 2), at: Fixtures.start.addingTimeInterval(60))
        #expect(try store.load(session: "s")?.turns.count == 2)
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM turns WHERE undone_at IS NOT NULL") } == 2)
    }

    @Test("end stores the summary and the end time; the row's listing columns follow it")
    func endStoresSummary() throws {
        let store = try SQLiteCaseStore(path: ":memory:")
        try Fixtures.threeTurns(store, session: "s")
        let summary = try Fixtures.summary()
        let ended = Fixtures.start.addingTimeInterval(100)
        try store.end(session: "s", summary: summary, at: ended)
        let saved = try #require(try store.load(session: "s"))
        #expect(saved.endedAt == ended)
        #expect(saved.turns.count == 3)
        let record = try #require(try store.caseRecord("s"))
        #expect(record.summary == summary)
        #expect(record.listing.isOpen == false)
        #expect(record.listing.topPriority == .urgent)
        #expect(record.listing.callerRole == "health visitor")
        #expect(record.startedDialogue == "duty-triage")
        let error = #expect(throws: CaseJournalError.self) { try store.end(session: "other", summary: summary, at: ended) }
        #expect(error?.kind == .notFound)
    }

    @Test("open refuses a session id already recorded, leaving the first intact")
    func openTwice() throws {
        let store = try SQLiteCaseStore(path: ":memory:")
        try Fixtures.threeTurns(store, session: "s")
        #expect(throws: CaseJournalError.self) {
            try store.open(session: "s", dialogue: "consultation", position: Fixtures.position("start", dialogue: "consultation"), at: Fixtures.start)
        }
        #expect(try store.load(session: "s")?.turns.count == 3)
    }
}
