import GRDB

/// The store's tables, built by GRDB migrations. `PRAGMA user_version` holds the schema
/// version as well, so that a store written by a newer curio is recognised (and left alone)
/// even by tools that know nothing of GRDB.
///
/// v1:
///
///     consultations  one row per consultation, kept current after every step
///       id TEXT PK          the session id
///       dialogue            the dialogue the consultation is in now
///       started_dialogue    the dialogue it started with
///       started_at, updated_at, ended_at (NULL while open)   UTC text, 2025-06-01T10:12:03.250Z
///       caller_role         facts["caller.role"], when given
///       top_priority        the highest recommendation priority so far, or NULL
///       turn_count          answered turns, undone ones left out
///       position            DialogueState JSON
///       last_reply          Reply JSON (for resume)
///       summary             CaseSummary JSON, written at end
///     turns          the journal: every answered turn, never deleted (undo marks it)
///       id INTEGER PK       journal order
///       session → consultations(id) ON DELETE CASCADE (only purge deletes)
///       number, state, text, option, heard (MatchResult JSON), before, after (DialogueState
///       JSON), reply (Reply JSON), at, undone_at
enum StoreSchema {
    /// The newest schema this build knows.
    static let version = 1

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE consultations (
                    id TEXT PRIMARY KEY NOT NULL,
                    dialogue TEXT NOT NULL,
                    started_dialogue TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    ended_at TEXT,
                    caller_role TEXT,
                    top_priority TEXT,
                    turn_count INTEGER NOT NULL DEFAULT 0,
                    position TEXT NOT NULL,
                    last_reply TEXT,
                    summary TEXT
                );
                CREATE INDEX consultations_started ON consultations(started_at);
                CREATE INDEX consultations_ended ON consultations(ended_at);
                CREATE TABLE turns (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    session TEXT NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    state TEXT NOT NULL,
                    text TEXT NOT NULL,
                    option TEXT,
                    heard TEXT NOT NULL,
                    before TEXT NOT NULL,
                    after TEXT NOT NULL,
                    reply TEXT NOT NULL,
                    at TEXT NOT NULL,
                    undone_at TEXT
                );
                CREATE INDEX turns_session ON turns(session, number);
                PRAGMA user_version = 1;
                """)
        }
        return migrator
    }

    /// The tables a Curio store may hold (anything else means it is some other database).
    static let tables: Set<String> = ["consultations", "turns", "grdb_migrations", "sqlite_sequence"]
}
