import CurioCore
import Foundation
import GRDB

/// The case journal on SQLite: one file (folder 0700, file 0600), WAL with `synchronous =
/// FULL`, so each step is durable once `record` returns, before its answer is sent.
///
/// Every call is one transaction: it is all written or none of it is. Nothing is ever
/// deleted except by `purge`, which removes ended consultations only; `undo` marks a turn.
/// Failures are `CaseJournalError`s naming the store and the trouble, never the records'
/// contents.
public final class SQLiteCaseStore: CaseJournal, Sendable {
    /// The store's path (":memory:" for a store that lives only as long as this value).
    public let path: String
    let queue: DatabaseQueue

    /// How long a step waits for another program's write lock before failing with `.locked`.
    public static let defaultBusyTimeout: TimeInterval = 3

    /// Opens the store at `path`, creating it (and its folders) if needed.
    public convenience init(path: String, busyTimeout: TimeInterval = SQLiteCaseStore.defaultBusyTimeout) throws {
        try self.init(path: path, busyTimeout: busyTimeout, maxPageCount: nil)
    }

    /// `maxPageCount` caps the store's size in pages (tests use it to make the disk "full").
    init(path: String, busyTimeout: TimeInterval, maxPageCount: Int?) throws {
        self.path = path
        var configuration = Configuration()
        configuration.label = "curio-store"
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON")
            if let maxPageCount { try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
        }
        do {
            if path == ":memory:" {
                queue = try DatabaseQueue(configuration: configuration)
            } else {
                try StoreFiles.prepare(path: path)
                queue = try DatabaseQueue(path: path, configuration: configuration)
            }
            try Self.setUp(queue, path: path)
            if path != ":memory:" { StoreFiles.tightenSideFiles(of: path) }
        } catch {
            throw StoreErrors.map(error, path: path)
        }
    }

    /// Opens a store that must already exist (for `curio cases` and `curio report`, which
    /// should not leave an empty store behind a mistyped path).
    public static func openExisting(path: String, busyTimeout: TimeInterval = defaultBusyTimeout) throws -> SQLiteCaseStore {
        guard path == ":memory:" || StoreFiles.exists(path) else {
            throw CaseJournalError(.notFound, "There is no case store at \(path) (no consultation has been recorded there).")
        }
        return try SQLiteCaseStore(path: path, busyTimeout: busyTimeout)
    }

    /// Refuses a newer or foreign database before writing anything, then switches to WAL and
    /// migrates.
    private static func setUp(_ queue: DatabaseQueue, path: String) throws {
        let migrator = StoreSchema.migrator
        let (version, superseded, complete, tables, journal) = try queue.read { db in
            (
                try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                try migrator.hasBeenSuperseded(db),
                try migrator.hasCompletedMigrations(db),
                try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"),
                try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? ""
            )
        }
        if version > StoreSchema.version || superseded {
            throw StoreErrors.newerSchema(path, found: max(version, StoreSchema.version + 1), known: StoreSchema.version)
        }
        if !tables.isSubset(of: StoreSchema.tables) && !complete {
            throw CaseJournalError(
                .corrupt, "The file \(path) is an SQLite database but not a Curio case store; nothing was written to it.")
        }
        if journal.lowercased() != "wal" && journal.lowercased() != "memory" {
            _ = try queue.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        }
        if !complete { try migrator.migrate(queue) }
    }

    // MARK: Writing

    /// One transaction (BEGIN IMMEDIATE … COMMIT): all of it is written, or nothing.
    private func write(_ updates: (Database) throws -> Void) throws {
        do {
            try queue.inTransaction(.immediate) { db in
                try updates(db)
                return .commit
            }
        } catch {
            throw StoreErrors.map(error, path: path)
        }
    }

    private func read<T>(_ value: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(value)
        } catch {
            throw StoreErrors.map(error, path: path)
        }
    }

    private static func notFound(_ session: String) -> CaseJournalError {
        CaseJournalError(.notFound, "No consultation \(session) in the case store.")
    }

    public func open(session: String, dialogue: String, position: DialogueState, at: Date) throws {
        let positionJSON = try StoreCoding.encode(position)
        let time = StoreCoding.text(at)
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM consultations WHERE id = ?", arguments: [session]) != nil {
                throw CaseJournalError(.failed, "A consultation with session id \(session) is already recorded.")
            }
            try db.execute(
                sql: """
                    INSERT INTO consultations (id, dialogue, started_dialogue, started_at, updated_at, position)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [session, position.dialogue, dialogue, time, time, positionJSON])
        }
    }

    public func record(session: String, turn: Turn, before: DialogueState, after: DialogueState, reply: Reply) throws {
        let heard = try StoreCoding.encode(turn.heard)
        let beforeJSON = try StoreCoding.encode(before)
        let afterJSON = try StoreCoding.encode(after)
        let replyJSON = try StoreCoding.encode(reply)
        let time = StoreCoding.text(turn.at)
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO turns (session, number, state, text, option, heard, before, after, reply, at)
                    SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM consultations WHERE id = ?
                    """,
                arguments: [turn.number, turn.state, turn.text, turn.option, heard, beforeJSON, afterJSON, replyJSON, time, session])
            guard db.changesCount == 1 else { throw Self.notFound(session) }
            try updateConsultation(db, session: session, position: afterJSON, dialogue: after.dialogue, reply: reply, replyJSON: replyJSON, at: time)
        }
    }

    public func undo(session: String, turn: Int, position: DialogueState, reply: Reply, at: Date) throws {
        let positionJSON = try StoreCoding.encode(position)
        let replyJSON = try StoreCoding.encode(reply)
        let time = StoreCoding.text(at)
        try write { db in
            try db.execute(
                sql: """
                    UPDATE turns SET undone_at = ?
                    WHERE id = (SELECT max(id) FROM turns WHERE session = ? AND number = ? AND undone_at IS NULL)
                    """,
                arguments: [time, session, turn])
            try updateConsultation(db, session: session, position: positionJSON, dialogue: position.dialogue, reply: reply, replyJSON: replyJSON, at: time)
        }
    }

    /// Keeps the consultation's row current: position, last reply, and the columns listings use.
    private func updateConsultation(
        _ db: Database, session: String, position: String, dialogue: String, reply: Reply, replyJSON: String, at time: String
    ) throws {
        try db.execute(
            sql: """
                UPDATE consultations SET dialogue = ?, position = ?, last_reply = ?, caller_role = ?, top_priority = ?,
                    turn_count = (SELECT count(*) FROM turns WHERE session = ? AND undone_at IS NULL), updated_at = ?
                WHERE id = ?
                """,
            arguments: [
                dialogue, position, replyJSON, reply.facts[FactName.callerRole]?.description,
                reply.recommendations.map(\.priority).max()?.rawValue, session, time, session,
            ])
        guard db.changesCount == 1 else { throw Self.notFound(session) }
    }

    public func end(session: String, summary: CaseSummary, at: Date) throws {
        let summaryJSON = try StoreCoding.encode(summary)
        let time = StoreCoding.text(at)
        let top = Priority(rawValue: summary.top)?.rawValue
        try write { db in
            try db.execute(
                sql: """
                    UPDATE consultations SET ended_at = coalesce(ended_at, ?), summary = ?, updated_at = ?,
                        caller_role = coalesce(?, caller_role), top_priority = ?
                    WHERE id = ?
                    """,
                arguments: [time, summaryJSON, time, summary.callerRole, top, session])
            guard db.changesCount == 1 else { throw Self.notFound(session) }
        }
    }

    // MARK: Reading

    public func load(session: String) throws -> SavedConsultation? {
        try read { db in try Self.saved(db, session: session, path: path) }
    }

    private static func saved(_ db: Database, session: String, path: String) throws -> SavedConsultation? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT dialogue, position, last_reply, ended_at FROM consultations WHERE id = ?", arguments: [session])
        else { return nil }
        var turns: [Turn] = []
        var history: [DialogueState] = []
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT number, state, text, option, heard, before, at FROM turns
                WHERE session = ? AND undone_at IS NULL ORDER BY id
                """,
            arguments: [session])
        while let turn = try rows.next() {
            guard let at = StoreCoding.date(turn["at"]),
                let heard = try StoreCoding.decode(MatchResult.self, from: turn["heard"], path: path),
                let before = try StoreCoding.decode(DialogueState.self, from: turn["before"], path: path)
            else { throw StoreErrors.corrupt(path) }
            turns.append(Turn(number: turn["number"], state: turn["state"], text: turn["text"], option: turn["option"], heard: heard, at: at))
            history.append(before)
        }
        guard let position = try StoreCoding.decode(DialogueState.self, from: row["position"], path: path) else {
            throw StoreErrors.corrupt(path)
        }
        return SavedConsultation(
            session: session, dialogue: row["dialogue"], turns: turns, history: history, position: position,
            lastReply: try StoreCoding.decode(Reply.self, from: row["last_reply"], path: path),
            endedAt: StoreCoding.date(row["ended_at"]))
    }

    // MARK: Listing, reports, purging

    private static let listingColumns =
        "id, dialogue, started_at, updated_at, ended_at, caller_role, top_priority, turn_count"

    private static func listing(_ row: Row) -> CaseListing {
        let started = StoreCoding.date(row["started_at"]) ?? Date(timeIntervalSince1970: 0)
        return CaseListing(
            id: row["id"], dialogue: row["dialogue"], startedAt: started,
            updatedAt: StoreCoding.date(row["updated_at"]) ?? started, endedAt: StoreCoding.date(row["ended_at"]),
            callerRole: row["caller_role"], topPriority: (row["top_priority"] as String?).flatMap(Priority.init(rawValue:)),
            turns: row["turn_count"])
    }

    /// Consultations, newest first.
    public func list(_ filter: CaseFilter = CaseFilter()) throws -> [CaseListing] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if filter.openOnly { conditions.append("ended_at IS NULL") }
        if let since = filter.startedSince {
            conditions.append("started_at >= ?")
            arguments += [StoreCoding.text(since)]
        }
        if let minimum = filter.minimumPriority {
            let accepted = Priority.allCases.filter { $0 >= minimum }.map(\.rawValue)
            conditions.append("top_priority IN (\(accepted.map { _ in "?" }.joined(separator: ", ")))")
            arguments += StatementArguments(accepted)
        }
        var sql = "SELECT \(Self.listingColumns) FROM consultations"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY started_at DESC, rowid DESC"
        if let limit = filter.limit {
            sql += " LIMIT ?"
            arguments += [max(0, limit)]
        }
        return try read { db in try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.listing) }
    }

    /// The session id an id or id prefix (at least 8 characters) names.
    public func resolve(_ idOrPrefix: String) throws -> String {
        try read { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM consultations WHERE id = ?", arguments: [idOrPrefix]) != nil {
                return idOrPrefix
            }
            guard idOrPrefix.count >= 8 else {
                throw CaseJournalError(.notFound, "No consultation \(idOrPrefix) (give the full id, or at least its first 8 characters).")
            }
            let matches = try String.fetchAll(
                db, sql: "SELECT id FROM consultations WHERE substr(id, 1, ?) = ? ORDER BY started_at DESC LIMIT 6",
                arguments: [idOrPrefix.count, idOrPrefix])
            switch matches.count {
            case 0: throw CaseJournalError(.notFound, "No consultation \(idOrPrefix) in the case store \(path).")
            case 1: return matches[0]
            default:
                throw CaseJournalError(
                    .notFound, "\(idOrPrefix) names more than one consultation; give more of the id.")
            }
        }
    }

    /// Everything a report needs about one consultation (`id` exact), or nil.
    public func caseRecord(_ id: String) throws -> CaseRecord? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT \(Self.listingColumns), started_dialogue, summary FROM consultations WHERE id = ?",
                    arguments: [id]),
                let saved = try Self.saved(db, session: id, path: path)
            else { return nil }
            return CaseRecord(
                listing: Self.listing(row), saved: saved,
                summary: try StoreCoding.decode(CaseSummary.self, from: row["summary"], path: path),
                startedDialogue: row["started_dialogue"])
        }
    }

    /// How many ended consultations `purge(endedBefore:)` would delete.
    public func countPurgeable(endedBefore cutoff: Date) throws -> Int {
        try read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM consultations WHERE ended_at IS NOT NULL AND ended_at < ?",
                arguments: [StoreCoding.text(cutoff)]) ?? 0
        }
    }

    /// Deletes the consultations ended before `cutoff`, with their turns, and returns how
    /// many. Open consultations are never purged, however old. Deleted pages are zeroed
    /// (`secure_delete`) and the WAL is checkpointed, so the words do not linger on disk.
    @discardableResult
    public func purge(endedBefore cutoff: Date) throws -> Int {
        var deleted = 0
        try write { db in
            try db.execute(
                sql: "DELETE FROM consultations WHERE ended_at IS NOT NULL AND ended_at < ?",
                arguments: [StoreCoding.text(cutoff)])
            deleted = db.changesCount
        }
        if deleted > 0 {
            _ = try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
        return deleted
    }

    /// The store's size in pages (for tests).
    func pageCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
    }
}
