import Foundation

/// Where consultations are journalled, turn by turn, before each answer is sent.
///
/// The server writes through this protocol and reads back through it on `resume`; CurioStore
/// implements it on SQLite, and `InMemoryCaseJournal` serves tests and `--store :memory:`.
/// Every method throws a `CaseJournalError` with a message fit for the practitioner when the
/// record cannot be written, and the server then answers with that error instead of an answer
/// it could not save.
public protocol CaseJournal: Sendable {
    /// A consultation was started.
    func open(session: String, dialogue: String, position: DialogueState, at: Date) throws
    /// One answered turn: the turn, the position before it, the position after it and the
    /// reply sent. Committed before the reply goes out.
    func record(session: String, turn: Turn, before: DialogueState, after: DialogueState, reply: Reply) throws
    /// The last turn was undone with `back`: kept in the journal, marked undone.
    func undo(session: String, turn: Int, position: DialogueState, reply: Reply, at: Date) throws
    /// The consultation was ended, with its summary.
    func end(session: String, summary: CaseSummary, at: Date) throws
    /// The consultation as saved, or nil when the journal has no such session.
    func load(session: String) throws -> SavedConsultation?
    /// Whether a write may wait on anything (a disk, a lock held by another process). The
    /// server answers through a thread pool when it may, and straight away when it never does.
    var mayBlock: Bool { get }
}

extension CaseJournal {
    public var mayBlock: Bool { true }
}

/// A consultation read back from the journal.
public struct SavedConsultation: Sendable, Hashable {
    public var session: String
    /// The dialogue the consultation is in now.
    public var dialogue: String
    /// The answered turns (undone ones left out), in order.
    public var turns: [Turn]
    /// The position before each of `turns`.
    public var history: [DialogueState]
    public var position: DialogueState
    /// The last reply sent, for `resume`.
    public var lastReply: Reply?
    public var endedAt: Date?

    public init(
        session: String, dialogue: String, turns: [Turn], history: [DialogueState], position: DialogueState,
        lastReply: Reply?, endedAt: Date?
    ) {
        self.session = session
        self.dialogue = dialogue
        self.turns = turns
        self.history = history
        self.position = position
        self.lastReply = lastReply
        self.endedAt = endedAt
    }
}

/// A journal failure, worded for the person at the keyboard.
public struct CaseJournalError: Error, Sendable, CustomStringConvertible, LocalizedError {
    public enum Kind: String, Sendable {
        case unavailable, corrupt, locked, full, newerSchema = "newer_schema", notFound = "not_found", failed
    }
    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
    public var errorDescription: String? { message }
}

/// A journal in memory: for tests, and for a server started with `--store :memory:`.
public final class InMemoryCaseJournal: CaseJournal, @unchecked Sendable {
    private let lock = NSLock()
    private var saved: [String: SavedConsultation] = [:]

    public init() {}

    /// Writes only to memory, under a lock held for no more than the write.
    public var mayBlock: Bool { false }

    public func open(session: String, dialogue: String, position: DialogueState, at: Date) throws {
        lock.withLock {
            saved[session] = SavedConsultation(
                session: session, dialogue: dialogue, turns: [], history: [], position: position,
                lastReply: nil, endedAt: nil)
        }
    }

    public func record(session: String, turn: Turn, before: DialogueState, after: DialogueState, reply: Reply) throws {
        try change(session) { entry in
            entry.turns.append(turn)
            entry.history.append(before)
            entry.position = after
            entry.dialogue = after.dialogue
            entry.lastReply = reply
        }
    }

    public func undo(session: String, turn: Int, position: DialogueState, reply: Reply, at: Date) throws {
        try change(session) { entry in
            if let index = entry.turns.lastIndex(where: { $0.number == turn }) {
                entry.turns.remove(at: index)
                entry.history.remove(at: index)
            }
            entry.position = position
            entry.dialogue = position.dialogue
            entry.lastReply = reply
        }
    }

    /// Changes a saved consultation where it lies: taking a copy out and putting it back
    /// copied all its turns on every answer.
    private func change(_ session: String, _ body: (inout SavedConsultation) -> Void) throws {
        try lock.withLock {
            guard let index = saved.index(forKey: session) else { throw CaseJournalError(.notFound, "no consultation \(session)") }
            body(&saved.values[index])
        }
    }

    public func end(session: String, summary: CaseSummary, at: Date) throws {
        lock.withLock { saved[session]?.endedAt = at }
    }

    public func load(session: String) throws -> SavedConsultation? {
        lock.withLock { saved[session] }
    }
}
