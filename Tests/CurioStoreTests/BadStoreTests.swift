import CurioCore
import Foundation
import GRDB
import Testing
@testable import CurioStore

/// Each bad store fails with its own kind of `CaseJournalError` and a message naming the
/// store, and none of them gets a partial write: what was there before is still there.
@Suite("Bad stores")
struct BadStoreTests {
    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test("a file of junk is reported corrupt and left byte for byte as it was")
    func junkFile() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/curio.sqlite"
        let junk = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try junk.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: CaseJournalError.self) { try SQLiteCaseStore(path: path) }
        #expect(error?.kind == .corrupt)
        #expect(error?.message.contains(path) == true)
        // Nothing written: the junk is untouched, so it can still be examined or recovered.
        #expect(Self.bytes(path) == junk)
    }

    @Test("a store whose pages were overwritten is reported corrupt, not silently used")
    func malformedStore() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/curio.sqlite"
        do {
            let store = try SQLiteCaseStore(path: path)
            try Fixtures.threeTurns(store, session: "s")
        }
        // The store is closed (WAL checkpointed); damage everything after the 100-byte header.
        var data = try #require(Self.bytes(path))
        for index in 100..<data.count { data[index] = UInt8(truncatingIfNeeded: index &* 13) }
        try data.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: CaseJournalError.self) {
            let store = try SQLiteCaseStore(path: path)
            _ = try store.load(session: "s")
        }
        #expect(error?.kind == .corrupt)
        #expect(Self.bytes(path) == data)
    }

    @Test("an SQLite database that is not a Curio store is refused, its tables untouched")
    func foreignDatabase() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/other.sqlite"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { try $0.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')") }
        }
        let error = #expect(throws: CaseJournalError.self) { try SQLiteCaseStore(path: path) }
        #expect(error?.kind == .corrupt)
        let other = try DatabaseQueue(path: path)
        #expect(try other.read { try String.fetchSet($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") } == ["notes"])
    }

    @Test("a store locked by another writer fails with locked after the busy timeout; nothing partial, old records intact")
    func lockedStore() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/curio.sqlite"
        let store = try SQLiteCaseStore(path: path, busyTimeout: 0.2)
        try Fixtures.threeTurns(store, session: "s")

        // Another connection (as another process would) holds an exclusive write lock.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.writeWithoutTransaction { try $0.execute(sql: "BEGIN EXCLUSIVE") }

        let fourth = Fixtures.turn(4, state: "neglect", text: "no", option: "no", at: 40)
        let started = Date()
        let error = #expect(throws: CaseJournalError.self) {
            try store.record(
                session: "s", turn: fourth, before: Fixtures.position("neglect"), after: Fixtures.position("triaged"),
                reply: Fixtures.reply(state: "triaged", turns: 4, done: true))
        }
        #expect(error?.kind == .locked)
        #expect(Date().timeIntervalSince(started) >= 0.15)  // it waited for the lock first
        // Reading still works while the lock is held (WAL), and shows the three saved turns.
        #expect(try store.load(session: "s")?.turns.count == 3)
        // Opening the store meanwhile writes nothing, so it works too.
        #expect(try SQLiteCaseStore(path: path, busyTimeout: 0.2).list().count == 1)

        try other.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") }
        // Once the lock is gone the same step is saved: nothing of the failed attempt was left.
        try store.record(
            session: "s", turn: fourth, before: Fixtures.position("neglect"), after: Fixtures.position("triaged"),
            reply: Fixtures.reply(state: "triaged", turns: 4, done: true))
        let saved = try #require(try store.load(session: "s"))
        #expect(saved.turns.map(\.number) == [1, 2, 3, 4])
        #expect(try store.queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM turns") } == 4)
    }

    @Test("a store written by a newer curio is refused and not written to")
    func newerSchema() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/curio.sqlite"
        do {
            let store = try SQLiteCaseStore(path: path)
            try Fixtures.threeTurns(store, session: "s")
            // A future curio migrated it to version 2.
            try store.queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2'); PRAGMA user_version = 2")
            }
        }
        let before = Self.bytes(path)
        let error = #expect(throws: CaseJournalError.self) { try SQLiteCaseStore(path: path) }
        #expect(error?.kind == .newerSchema)
        #expect(error?.message.contains("newer version") == true)
        #expect(Self.bytes(path) == before)
        // The same with only PRAGMA user_version raised (a tool that knows nothing of GRDB).
        do {
            let raw = try DatabaseQueue(path: path)
            try raw.writeWithoutTransaction { try $0.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2'; PRAGMA user_version = 3") }
        }
        #expect(throws: CaseJournalError.self) { try SQLiteCaseStore(path: path) }
        let raw = try DatabaseQueue(path: path)
        #expect(try raw.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM turns") } == 3)
    }

    @Test("a full disk fails the step with full; the step is not half saved and the old records are intact")
    func fullDisk() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/curio.sqlite"
        let pages: Int
        do {
            let store = try SQLiteCaseStore(path: path)
            try Fixtures.threeTurns(store, session: "s")
            pages = try store.pageCount()
        }
        // The store may not grow by a single page: the "disk" is full.
        let store = try SQLiteCaseStore(path: path, busyTimeout: 1, maxPageCount: pages)
        let long = String(repeating: "a long answer that needs more pages ", count: 4000)
        let error = #expect(throws: CaseJournalError.self) {
            try store.record(
                session: "s", turn: Fixtures.turn(4, state: "neglect", text: long, at: 40), before: Fixtures.position("neglect"),
                after: Fixtures.position("triaged"), reply: Fixtures.reply(state: "triaged", turns: 4, done: true))
        }
        #expect(error?.kind == .full)
        #expect(error?.message.contains("not saved") == true)
        let saved = try #require(try store.load(session: "s"))
        #expect(saved.turns.count == 3)
        #expect(saved.position.current == "neglect")
        #expect(saved.lastReply?.turns == 3)
        #expect(try store.list().first?.turns == 3)
    }

    @Test("a folder that cannot be created is reported unavailable, naming the path")
    func folderIsAFile() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/not-a-folder"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let error = #expect(throws: CaseJournalError.self) { try SQLiteCaseStore(path: file + "/curio/curio.sqlite") }
        #expect(error?.kind == .unavailable)
        #expect(error?.message.contains("not-a-folder") == true)
        #expect(Self.bytes(file) == Data("x".utf8))
    }

    @Test("a path that is a folder is reported unavailable")
    func pathIsAFolder() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/curio.sqlite", withIntermediateDirectories: true)
        let error = #expect(throws: CaseJournalError.self) { try SQLiteCaseStore(path: folder + "/curio.sqlite") }
        #expect(error?.kind == .unavailable)
    }

    @Test("an unwritable folder is reported unavailable and nothing is created", .enabled(if: getuid() != 0, "root ignores file modes"))
    func unwritableFolder() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(chmod(folder, 0o500) == 0)
        let error = #expect(throws: CaseJournalError.self) { try SQLiteCaseStore(path: folder + "/curio.sqlite") }
        #expect(error?.kind == .unavailable)
        #expect(!FileManager.default.fileExists(atPath: folder + "/curio.sqlite"))
    }

    @Test("an unreadable store file is reported unavailable", .enabled(if: getuid() != 0, "root ignores file modes"))
    func unreadableFile() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        let path = folder + "/curio.sqlite"
        do { try Fixtures.threeTurns(try SQLiteCaseStore(path: path), session: "s") }
        #expect(chmod(path, 0o000) == 0)
        let error = #expect(throws: CaseJournalError.self) { try SQLiteCaseStore(path: path) }
        #expect(error?.kind == .unavailable)
    }

    @Test("openExisting does not create a store behind a mistyped path")
    func openExistingMissing() throws {
        let folder = Fixtures.folder()
        defer { Fixtures.remove(folder) }
        let error = #expect(throws: CaseJournalError.self) { try SQLiteCaseStore.openExisting(path: folder + "/nope.sqlite") }
        #expect(error?.kind == .notFound)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}
