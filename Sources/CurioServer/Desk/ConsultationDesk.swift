import CurioCore
import Foundation
import Logging

/// The session registry: every open consultation, whoever's connection it came from.
///
/// A plain type with no networking, so its behaviour is tested without sockets and the NIO
/// handlers only translate bytes to `DeskRequest`s and `WireResponse`s. A session is not tied
/// to a connection: any connection may continue it with its id, and after a server restart
/// the consultation is rebuilt from the journal on first use.
///
/// Every change is written through `CaseJournal` before the reply is returned. If the journal
/// fails, the reply is an error (`store_unavailable`) and the change is not applied, so the
/// practitioner never sees as answered something that was not saved.
///
/// Thread-safe: the registry has one lock, each session another, and journal writes happen
/// under the session's lock only. Calls may block on the journal (SQLite), so the server runs
/// them on a thread pool, not on an event loop (unless `mayBlock` says the journal never waits).
public final class ConsultationDesk: @unchecked Sendable {
    private let journal: any CaseJournal
    /// Whether answering may wait on the journal's storage (see `CaseJournal.mayBlock`).
    public var mayBlock: Bool { journal.mayBlock }
    /// The most open consultations held at once (`--max-sessions`).
    public let maxSessions: Int
    private let logger: Logger
    private let now: @Sendable () -> Date
    private let makeID: @Sendable () -> String

    private let lock = NSLock()
    private var sessions: [String: OpenSession] = [:]
    private var currentKnowledge: Knowledge

    /// - Parameters:
    ///   - knowledge: what new consultations use (replace it with `replaceKnowledge(_:)`).
    ///   - journal: where every turn is recorded before it is answered.
    ///   - maxSessions: the most consultations open at once; `start` beyond it answers
    ///     `too_many_sessions`.
    ///   - now, makeID: the clock and the id source, replaceable in tests.
    public init(
        knowledge: Knowledge, journal: any CaseJournal, maxSessions: Int = 10_000,
        logger: Logger = Logger(label: "curio.desk"),
        now: @escaping @Sendable () -> Date = { Date() },
        makeID: @escaping @Sendable () -> String = SessionID.make
    ) {
        self.currentKnowledge = knowledge
        self.journal = journal
        self.maxSessions = maxSessions
        self.logger = logger
        self.now = now
        self.makeID = makeID
    }

    // MARK: Knowledge

    /// What new consultations start with.
    public var knowledge: Knowledge { lock.withLock { currentKnowledge } }

    /// Swaps in freshly loaded knowledge (SIGHUP). Running consultations keep the dialogue and
    /// knowledge they started with; new ones, and ones rebuilt from the journal, use this.
    public func replaceKnowledge(_ knowledge: Knowledge) {
        lock.withLock { currentKnowledge = knowledge }
    }

    /// How many consultations are open in memory.
    public var openSessions: Int { lock.withLock { sessions.count } }

    // MARK: Requests

    /// Answers one request; failures become the contract's error response. Never throws.
    public func handle(_ request: DeskRequest) -> WireResponse {
        var response: WireResponse
        do {
            response = try perform(request.command)
            logger.debug("answered", metadata: metadata(request.command))
        } catch {
            var meta = metadata(request.command)
            meta["code"] = "\(error.code)"
            logger.notice("refused", metadata: meta)
            response = .failure(error.code, error.message)
        }
        response.id = request.id
        return response
    }

    /// Runs one command, throwing what the client should be told.
    public func perform(_ command: DeskRequest.Command) throws(DeskError) -> WireResponse {
        switch command {
        case .start(let dialogue): try start(dialogue: dialogue)
        case .say(let session, let text): try say(session: session, text: text)
        case .resume(let session): try resume(session: session)
        case .end(let session): try end(session: session)
        case .back(let session): try back(session: session)
        case .why(let session): try why(session: session)
        case .summary(let session): try summary(session: session)
        case .dialogues: dialogues()
        case .ping: ping()
        }
    }

    /// Opens a consultation in the named dialogue (default `Knowledge.defaultDialogue`) and
    /// answers its first question with the new session id.
    public func start(dialogue name: String? = nil) throws(DeskError) -> WireResponse {
        let knowledge = self.knowledge
        let name = name ?? Knowledge.defaultDialogue
        guard let dialogue = knowledge.dialogues[name] else {
            throw .unknownDialogue(name, available: knowledge.dialogues.keys.sorted())
        }
        let consultation = Consultation(dialogue: dialogue, knowledge: knowledge)
        let opening = consultation.opening()
        let id = makeID()
        let session = OpenSession(id: id, consultation: consultation, lastReply: opening)
        // Registered before the journal write so the limit holds under concurrent starts;
        // nobody else knows the id yet, so nothing can use the session in between.
        try locked { () throws(DeskError) in
            guard sessions.count < maxSessions else { throw .tooManySessions(maxSessions) }
            sessions[id] = session
        }
        do {
            try journal.open(session: id, dialogue: dialogue.name, position: consultation.position, at: now())
        } catch {
            _ = lock.withLock { sessions.removeValue(forKey: id) }
            throw .storeUnavailable(error)
        }
        logger.info("started", metadata: ["session": "\(SessionID.prefix(id))", "dialogue": "\(dialogue.name)"])
        return WireResponse(session: id, dialogue: consultation.dialogue.name, reply: opening)
    }

    /// Reads one answer of the practitioner and answers with the next question and the case
    /// picture so far. The turn is journalled first; an empty answer records nothing.
    public func say(session id: String, text: String) throws(DeskError) -> WireResponse {
        try session(id).withState { state throws(DeskError) in
            let before = state.consultation.position
            let answered = state.consultation.turns.count
            let reply = state.consultation.answer(text, at: now())
            if state.consultation.turns.count > answered, let turn = state.consultation.turns.last {
                let after = state.consultation.position
                try Self.keep(reply, in: &state, revoke: { $0.revokeLastAnswer(returningTo: before) }) {
                    try journal.record(session: id, turn: turn, before: before, after: after, reply: reply)
                }
            }
            return WireResponse(session: id, dialogue: state.consultation.dialogue.name, reply: reply)
        }
    }

    /// The session's last answer again, for a client that lost its connection (or a server
    /// that restarted: the consultation is then rebuilt from the journal).
    public func resume(session id: String) throws(DeskError) -> WireResponse {
        try session(id).withState { state throws(DeskError) in
            WireResponse(session: id, dialogue: state.consultation.dialogue.name, reply: state.lastReply)
        }
    }

    /// Undoes the last answer (journalled as undone, not erased).
    public func back(session id: String) throws(DeskError) -> WireResponse {
        try session(id).withState { state throws(DeskError) in
            let before = state.consultation.position
            let undone = state.consultation.turns.last
            let reply = state.consultation.back()
            if let undone {
                let time = now()
                let after = state.consultation.position
                try Self.keep(reply, in: &state, revoke: { $0.revokeBack(restoring: undone, returningTo: before) }) {
                    try journal.undo(session: id, turn: undone.number, position: after, reply: reply, at: time)
                }
            }
            return WireResponse(session: id, dialogue: state.consultation.dialogue.name, reply: reply)
        }
    }

    /// Keeps a step (already applied to the consultation, in place: copying a consultation to
    /// change the copy copied all its turns on every answer) only once the journal has it. A
    /// step the store could not save is revoked and answered as an error, leaving the session
    /// exactly as it was.
    private static func keep(
        _ reply: Reply, in state: inout OpenSession.State, revoke: (inout Consultation) -> Void,
        journalling write: () throws -> Void
    ) throws(DeskError) {
        do {
            try write()
        } catch {
            revoke(&state.consultation)
            throw .storeUnavailable(error)
        }
        state.lastReply = reply
    }

    /// Why the current question is asked and why each recommendation was made, in `why`.
    public func why(session id: String) throws(DeskError) -> WireResponse {
        try session(id).withState { state in
            var response = WireResponse()
            response.session = id
            response.dialogue = state.consultation.dialogue.name
            response.state = state.consultation.position.current
            response.why = state.consultation.why()
            return response
        }
    }

    /// The case summary so far, without ending the consultation.
    public func summary(session id: String) throws(DeskError) -> WireResponse {
        try session(id).withState { state in
            Self.summaryResponse(id, state.consultation, summary: state.consultation.summary(complete: false), done: nil)
        }
    }

    /// Ends the consultation: the summary is journalled, the session closed, and the answer is
    /// `done: true` with the summary. Ending an already ended consultation (a client retrying
    /// after a lost connection) answers the summary again.
    public func end(session id: String) throws(DeskError) -> WireResponse {
        let open: OpenSession
        do {
            open = try session(id)
        } catch let error where error.code == DeskError.sessionEnded().code {
            return try endedAgain(id)
        }
        let response = try open.withState { state throws(DeskError) in
            let summary = state.consultation.summary()
            do {
                try journal.end(session: id, summary: summary, at: now())
            } catch {
                throw .storeUnavailable(error)
            }
            state.ended = true
            return Self.summaryResponse(id, state.consultation, summary: summary, done: true)
        }
        lock.withLock {
            if sessions[id] === open { sessions[id] = nil }
        }
        logger.info("ended", metadata: ["session": "\(SessionID.prefix(id))"])
        return response
    }

    /// The dialogues a client may start, by name.
    public func dialogues() -> WireResponse {
        var response = WireResponse()
        response.dialogues = knowledge.dialogues.values
            .sorted { $0.name < $1.name }
            .map { WireResponse.DialogueInfo(name: $0.name, title: $0.title, description: $0.description) }
        return response
    }

    /// A liveness check: `say` is "pong".
    public func ping() -> WireResponse {
        var response = WireResponse()
        response.say = "pong"
        return response
    }

    // MARK: Finding sessions

    /// The open session with this id: in memory, or rebuilt from the journal.
    private func session(_ id: String) throws(DeskError) -> OpenSession {
        if let open = lock.withLock({ sessions[id] }) { return open }
        let saved: SavedConsultation?
        do {
            saved = try journal.load(session: id)
        } catch {
            throw .storeUnavailable(error)
        }
        guard let saved else { throw .unknownSession() }
        guard saved.endedAt == nil else { throw .sessionEnded() }
        let restored = try restore(saved)
        return try locked { () throws(DeskError) -> OpenSession in
            // Another request may have restored it meanwhile: keep that one.
            if let open = sessions[id] { return open }
            guard sessions.count < maxSessions else { throw .tooManySessions(maxSessions) }
            sessions[id] = restored
            logger.info("restored", metadata: ["session": "\(SessionID.prefix(id))", "turns": "\(saved.turns.count)"])
            return restored
        }
    }

    /// A consultation as the journal saved it, with today's knowledge.
    private func restore(_ saved: SavedConsultation) throws(DeskError) -> OpenSession {
        let knowledge = self.knowledge
        guard let dialogue = knowledge.dialogues[saved.dialogue] else {
            throw .unknownDialogue(saved.dialogue, available: knowledge.dialogues.keys.sorted())
        }
        let consultation = Consultation.restore(
            dialogue: dialogue, knowledge: knowledge, turns: saved.turns, history: saved.history,
            position: saved.position)
        return OpenSession(id: saved.session, consultation: consultation, lastReply: saved.lastReply ?? consultation.current())
    }

    /// `end` for a consultation already ended: its summary rebuilt from the journal.
    private func endedAgain(_ id: String) throws(DeskError) -> WireResponse {
        let saved: SavedConsultation?
        do {
            saved = try journal.load(session: id)
        } catch {
            throw .storeUnavailable(error)
        }
        guard let saved else { throw .sessionEnded() }
        let consultation = try restore(saved).withState { $0.consultation }
        return Self.summaryResponse(id, consultation, summary: consultation.summary(), done: true)
    }

    private static func summaryResponse(
        _ id: String, _ consultation: Consultation, summary: CaseSummary, done: Bool?
    ) -> WireResponse {
        var response = WireResponse()
        response.session = id
        response.dialogue = consultation.dialogue.name
        response.state = consultation.position.current
        response.summary = summary
        response.findings = summary.findings
        response.recommendations = summary.recommendations
        response.note = summary.note
        response.turns = consultation.turns.count
        response.done = done
        if done == true { response.say = "The consultation is ended and its record closed." }
        return response
    }

    /// `NSLock.withLock` for a closure with typed throws.
    private func locked<T>(_ body: () throws(DeskError) -> T) throws(DeskError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func metadata(_ command: DeskRequest.Command) -> Logger.Metadata {
        var meta: Logger.Metadata = ["op": "\(command.op.rawValue)"]
        if let session = command.session { meta["session"] = "\(SessionID.prefix(session))" }
        return meta
    }
}
