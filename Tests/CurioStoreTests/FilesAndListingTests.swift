import CurioCore
import Foundation
import GRDB
import Testing
@testable import CurioStore

@Suite("Store files, listings and purge")
struct FilesAndListingTests {
    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : nil
    }

    @Test("the folders are created 0700 and the file 0600, WAL side files too")
    func modes() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        let old = umask(0o022)
        defer { umask(old) }
        let path = folder + "/data/curio/curio.sqlite"
        let store = try SQLiteCaseStore(path: path)
        try Fixtures.threeTurns(store, session: "s")
        #expect(Self.mode(folder) == 0o700)
        #expect(Self.mode(folder + "/data") == 0o700)
        #expect(Self.mode(folder + "/data/curio") == 0o700)
        #expect(Self.mode(path) == 0o600)
        // The store is in WAL mode; SQLite gives the side files the database's mode.
        #expect(try store.queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(Self.mode(path + "-wal") == 0o600)
        #expect(Self.mode(path + "-shm") == 0o600)
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)  // FULL
    }

    @Test("an existing store others could read is tightened to 0600; an existing shared folder is left alone")
    func tightens() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(chmod(folder, 0o755) == 0)
        let path = folder + "/curio.sqlite"
        #expect(FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o644]))
        _ = try SQLiteCaseStore(path: path)
        #expect(Self.mode(path) == 0o600)
        #expect(Self.mode(folder) == 0o755)
    }

    /// Four consultations: an ended urgent one 40 days ago, an ended one 10 days ago with no
    /// recommendation, an open emergency one today and an open one 100 days ago.
    static func fourCases(_ store: SQLiteCaseStore, now: Date) throws {
        let day: TimeInterval = 86_400
        func add(_ id: String, startedDaysAgo: Double, endedDaysAgo: Double?, priority: Priority?, role: String?) throws {
            let start = now.addingTimeInterval(-startedDaysAgo * day)
            try store.open(session: id, dialogue: "duty-triage", position: Fixtures.position("danger"), at: start)
            let facts: [String: FactValue] = role.map { ["caller.role": .text($0)] } ?? [:]
            var recommendation = Fixtures.bruisingAdvice
            if let priority { recommendation.priority = priority }
            try store.record(
                session: id,
                turn: Turn(number: 1, state: "danger", text: "words of \(id)", option: nil, heard: MatchResult(facts: facts), at: start.addingTimeInterval(60)),
                before: Fixtures.position("danger"), after: Fixtures.position("age"),
                reply: Fixtures.reply(state: "age", turns: 1, recommendations: priority == nil ? [] : [recommendation], facts: facts))
            if let endedDaysAgo {
                var summary = try Fixtures.summary(top: priority?.rawValue ?? "none")
                summary.callerRole = role
                try store.end(session: id, summary: summary, at: now.addingTimeInterval(-endedDaysAgo * day))
            }
        }
        try add("ended-40-urgent", startedDaysAgo: 40, endedDaysAgo: 40, priority: .urgent, role: "GP")
        try add("ended-10-none", startedDaysAgo: 10.5, endedDaysAgo: 10, priority: nil, role: nil)
        try add("open-today-emergency", startedDaysAgo: 0.01, endedDaysAgo: nil, priority: .emergency, role: "health visitor")
        try add("open-100-high", startedDaysAgo: 100, endedDaysAgo: nil, priority: .high, role: "midwife")
    }

    @Test("listing is newest first, with the open, since and priority filters")
    func listing() throws {
        let store = try SQLiteCaseStore(path: ":memory:")
        let now = Date()
        try Self.fourCases(store, now: now)
        let all = try store.list()
        #expect(all.map(\.id) == ["open-today-emergency", "ended-10-none", "ended-40-urgent", "open-100-high"])
        #expect(all[0].callerRole == "health visitor")
        #expect(all[0].topPriority == .emergency)
        #expect(all[0].isOpen)
        #expect(all[0].turns == 1)
        #expect(all[1].topPriority == nil)
        #expect(all[1].isOpen == false)
        #expect(all[2].callerRole == "GP")
        #expect(try store.list(CaseFilter(openOnly: true)).map(\.id) == ["open-today-emergency", "open-100-high"])
        #expect(try store.list(CaseFilter(startedSince: now.addingTimeInterval(-86_400))).map(\.id) == ["open-today-emergency"])
        #expect(try store.list(CaseFilter(minimumPriority: .urgent)).map(\.id) == ["open-today-emergency", "ended-40-urgent"])
        #expect(try store.list(CaseFilter(minimumPriority: .consider)).count == 3)
        #expect(try store.list(CaseFilter(openOnly: true, minimumPriority: .high)).map(\.id) == ["open-today-emergency", "open-100-high"])
        #expect(try store.list(CaseFilter(limit: 2)).count == 2)
    }

    @Test("purge deletes only ended consultations older than the cutoff, with their turns; open ones stay however old")
    func purge() throws {
        let store = try SQLiteCaseStore(path: ":memory:")
        let now = Date()
        try Self.fourCases(store, now: now)
        let cutoff = now.addingTimeInterval(-30 * 86_400)
        #expect(try store.countPurgeable(endedBefore: cutoff) == 1)
        #expect(try store.purge(endedBefore: cutoff) == 1)
        #expect(try store.list().map(\.id) == ["open-today-emergency", "ended-10-none", "open-100-high"])
        #expect(try store.load(session: "ended-40-urgent") == nil)
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM turns") } == 3)
        // Everything ended, at a cutoff of now: the open ones are still kept.
        #expect(try store.purge(endedBefore: now) == 1)
        #expect(try store.list().map(\.id) == ["open-today-emergency", "open-100-high"])
        #expect(try store.purge(endedBefore: now) == 0)
    }

    @Test("purged words do not linger in the file")
    func purgeErasesText() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/curio.sqlite"
        let needle = Data("small bruise on his cheek".utf8)
        do {
            let store = try SQLiteCaseStore(path: path)
            try Fixtures.threeTurns(store, session: "s")
            try store.end(session: "s", summary: try Fixtures.summary(), at: Fixtures.start.addingTimeInterval(100))
        }
        // Closed, so the WAL was checkpointed into the file: the words are there before the purge.
        #expect(FileManager.default.contents(atPath: path)?.range(of: needle) != nil)
        do {
            let store = try SQLiteCaseStore(path: path)
            #expect(try store.purge(endedBefore: Date()) == 1)
        }
        for file in [path, path + "-wal"] {
            if let data = FileManager.default.contents(atPath: file) { #expect(data.range(of: needle) == nil) }
        }
    }

    @Test("an id prefix of at least 8 characters names a consultation when it is unique")
    func resolve() throws {
        let store = try SQLiteCaseStore(path: ":memory:")
        for id in ["3f9a2c1b-aaaa", "3f9a2c1b-bbbb", "77aa00cc-dddd"] {
            try store.open(session: id, dialogue: "duty-triage", position: Fixtures.position("danger"), at: Fixtures.start)
        }
        #expect(try store.resolve("77aa00cc-dddd") == "77aa00cc-dddd")
        #expect(try store.resolve("77aa00cc") == "77aa00cc-dddd")
        #expect(try store.resolve("3f9a2c1b-b") == "3f9a2c1b-bbbb")
        #expect(throws: CaseJournalError.self) { try store.resolve("3f9a2c1b") }  // two match
        #expect(throws: CaseJournalError.self) { try store.resolve("77aa") }  // too short
        #expect(throws: CaseJournalError.self) { try store.resolve("ffffffff") }
    }
}
