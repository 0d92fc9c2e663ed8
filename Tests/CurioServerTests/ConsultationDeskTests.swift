import CurioCore
import Foundation
import Testing
@testable import CurioServer

/// The session registry without sockets: each op, and the journal-before-answer rule.
@Suite struct ConsultationDeskTests {
    @Test func startAnswersTheFirstQuestionWithAnUnguessableID() throws {
        let desk = try Fixtures.desk()
        let response = try desk.start(dialogue: Fixtures.triage)
        let session = try #require(response.session)
        #expect(session.count == 32)
        #expect(session.allSatisfy { $0.isHexDigit })
        #expect(response.state == "danger")
        #expect(response.options == ["yes", "no", "not sure"])
        #expect(response.done == false)
        #expect(response.turns == 0)
        #expect(try desk.start(dialogue: Fixtures.triage).session != session)
        #expect(desk.openSessions == 2)
    }

    @Test func sayAnswersWithTheNextQuestionAndTheCasePicture() throws {
        let desk = try Fixtures.desk()
        let session = try #require(try desk.start(dialogue: Fixtures.triage).session)
        let response = try desk.say(session: session, text: "yes")
        #expect(response.session == session)
        #expect(response.state == "call-999")
        #expect(response.turns == 1)
        let danger = try #require(response.findings?.first { $0.id == "child.immediate_danger" })
        #expect(danger.status == .present)
    }

    @Test func resumeAnswersTheLastReplyAgain() throws {
        let desk = try Fixtures.desk()
        let started = try desk.start(dialogue: Fixtures.triage)
        let session = try #require(started.session)
        #expect(try desk.resume(session: session) == started)
        let said = try desk.say(session: session, text: "yes")
        #expect(try desk.resume(session: session) == said)
    }

    @Test func backUndoesTheLastAnswer() throws {
        let desk = try Fixtures.desk()
        let session = try #require(try desk.start(dialogue: Fixtures.triage).session)
        _ = try desk.say(session: session, text: "yes")
        let back = try desk.back(session: session)
        #expect(back.state == "danger")
        #expect(back.turns == 0)
        #expect(back.findings?.contains { $0.id == "child.immediate_danger" } == false)
        #expect(try desk.resume(session: session) == back)
        // Nothing left to undo: answered, not an error.
        #expect(try desk.back(session: session).state == "danger")
    }

    @Test func whyExplainsTheQuestion() throws {
        let desk = try Fixtures.desk()
        let session = try #require(try desk.start(dialogue: Fixtures.triage).session)
        let why = try #require(try desk.why(session: session).why)
        #expect(why.contains("Why this question"))
        #expect(why.contains("999"))
    }

    @Test func summaryDoesNotEndTheConsultation() throws {
        let desk = try Fixtures.desk()
        let session = try #require(try desk.start(dialogue: Fixtures.triage).session)
        _ = try desk.say(session: session, text: "yes")
        let summary = try #require(try desk.summary(session: session).summary)
        #expect(summary.transcript.map(\.answer) == ["yes"])
        #expect(try desk.say(session: session, text: "yes").turns == 2)
    }

    @Test func endAnswersDoneWithTheSummaryAndClosesTheSession() throws {
        let journal = InMemoryCaseJournal()
        let desk = try Fixtures.desk(journal: journal)
        let session = try #require(try desk.start(dialogue: Fixtures.triage).session)
        _ = try desk.say(session: session, text: "yes")
        let ended = try desk.end(session: session)
        #expect(ended.done == true)
        #expect(ended.summary?.transcript.count == 1)
        #expect(ended.summary?.dialogue == Fixtures.triage)
        #expect(desk.openSessions == 0)
        #expect(try journal.load(session: session)?.endedAt != nil)
        #expect(throws: DeskError.sessionEnded()) { try desk.say(session: session, text: "no") }
        #expect(throws: DeskError.sessionEnded()) { try desk.resume(session: session) }
        // A client retrying `end` after a lost connection gets the summary again.
        let again = try desk.end(session: session)
        #expect(again.done == true)
        #expect(again.summary?.transcript.count == 1)
    }

    @Test func unknownSessionsAndDialoguesAreErrors() throws {
        let desk = try Fixtures.desk()
        let unknown = "0123456789abcdef0123456789abcdef"
        #expect(throws: DeskError.unknownSession()) { try desk.say(session: unknown, text: "yes") }
        #expect(throws: DeskError.unknownSession()) { try desk.resume(session: unknown) }
        #expect(throws: DeskError.unknownSession()) { try desk.end(session: unknown) }
        let error = #expect(throws: DeskError.self) { try desk.start(dialogue: "no-such-dialogue") }
        #expect(error?.code == "unknown_dialogue")
        #expect(error?.message.contains(Fixtures.triage) == true)
    }

    @Test func handleEchoesTheRequestIDAndReportsErrorsAsResponses() throws {
        let desk = try Fixtures.desk()
        let response = desk.handle(DeskRequest(.resume(session: "nope"), id: .text("r1")))
        #expect(response.id == .text("r1"))
        #expect(response.error?.code == "unknown_session")
        let pong = desk.handle(DeskRequest(.ping, id: .number(7)))
        #expect(pong.id == .number(7))
        #expect(pong.say == "pong")
        #expect(pong.error == nil)
    }

    @Test func dialoguesListsWhatCanBeStarted() throws {
        let names = try #require(try Fixtures.desk().dialogues().dialogues).map(\.name)
        #expect(names.contains(Fixtures.triage))
        #expect(names == names.sorted())
    }

    @Test func aJournalFailureLeavesTheTurnUnapplied() throws {
        let journal = FlakyJournal()
        let desk = try Fixtures.desk(journal: journal)
        let started = try desk.start(dialogue: Fixtures.triage)
        let session = try #require(started.session)

        journal.fail(true)
        let refused = desk.handle(DeskRequest(.say(session: session, text: "yes")))
        #expect(refused.error?.code == "store_unavailable")
        #expect(refused.error?.message.contains("the disk is full") == true)
        journal.fail(false)
        #expect(try desk.resume(session: session) == started)
        #expect(try journal.inner.load(session: session)?.turns.isEmpty == true)

        let said = try desk.say(session: session, text: "yes")
        #expect(said.state == "call-999")
        #expect(said.turns == 1)

        journal.fail(true)
        #expect(throws: DeskError.self) { try desk.back(session: session) }
        #expect(throws: DeskError.self) { try desk.end(session: session) }
        journal.fail(false)
        #expect(try desk.resume(session: session) == said)
        #expect(desk.openSessions == 1)
        // Nothing of the refused steps remains: the consultation goes on from its first turn.
        let next = try desk.say(session: session, text: "no")
        #expect(next.turns == 2)
        #expect(try journal.inner.load(session: session)?.turns.count == 2)
        let undone = try desk.back(session: session)
        #expect(undone.state == said.state)
        #expect(undone.turns == 1)
    }

    @Test func aJournalFailureOnStartOpensNothing() throws {
        let journal = FlakyJournal()
        journal.fail(true)
        let desk = try Fixtures.desk(journal: journal)
        let response = desk.handle(DeskRequest(.start(dialogue: Fixtures.triage)))
        #expect(response.error?.code == "store_unavailable")
        #expect(response.session == nil)
        #expect(desk.openSessions == 0)
    }

    @Test func theSessionLimitIsAClearError() throws {
        let desk = try Fixtures.desk(maxSessions: 2)
        let first = try #require(try desk.start(dialogue: Fixtures.triage).session)
        _ = try desk.start(dialogue: Fixtures.triage)
        let error = #expect(throws: DeskError.self) { try desk.start(dialogue: Fixtures.triage) }
        #expect(error?.code == "too_many_sessions")
        #expect(error?.message.contains("--max-sessions") == true)
        _ = try desk.end(session: first)
        #expect(throws: Never.self) { try desk.start(dialogue: Fixtures.triage) }
    }

    @Test func aRestartedServerResumesFromTheJournal() throws {
        let journal = InMemoryCaseJournal()
        let before = try Fixtures.desk(journal: journal)
        let session = try #require(try before.start(dialogue: Fixtures.triage).session)
        let said = try before.say(session: session, text: "yes")

        let after = try Fixtures.desk(journal: journal)
        #expect(after.openSessions == 0)
        #expect(try after.resume(session: session) == said)
        #expect(after.openSessions == 1)
        // The history came back too, so `back` still works.
        #expect(try after.back(session: session).state == "danger")
        #expect(try after.say(session: session, text: "yes").state == "call-999")
    }

    /// Async, as the tests around it: Swift Testing captures a backtrace at every throw, and
    /// on Linux glibc's unwinder, walking from this synchronous test into the async thunk that
    /// runs it, read a bad frame and crashed the whole test process (repeatably, in a debug
    /// build with this session's tests; `SWT_SWIFT_ERROR_BACKTRACING_ENABLED=0` also avoids it).
    @Test func runningConsultationsKeepTheirDialogueAcrossAReload() async throws {
        let desk = try Fixtures.desk()
        let session = try #require(try desk.start(dialogue: Fixtures.triage).session)
        let old = try Fixtures.knowledge
        desk.replaceKnowledge(Knowledge(
            directory: old.directory, riskFactors: old.riskFactors, matcher: old.matcher,
            recommender: old.recommender, dialogues: [:], answers: old.answers))
        #expect(try desk.say(session: session, text: "yes").state == "call-999")
        let error = #expect(throws: DeskError.self) { try desk.start(dialogue: Fixtures.triage) }
        #expect(error?.code == "unknown_dialogue")
    }

    @Test func manySessionsAtOnceStaySeparate() async throws {
        let desk = try Fixtures.desk()
        let sessions = try await withThrowingTaskGroup(of: (String, WireResponse).self) { group in
            for index in 0..<40 {
                group.addTask {
                    let session = try #require(try desk.start(dialogue: Fixtures.triage).session)
                    let response = index.isMultiple(of: 2)
                        ? try desk.say(session: session, text: "yes") : try desk.resume(session: session)
                    return (session, response)
                }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        #expect(sessions.count == 40)
        #expect(Set(sessions.values.map { $0.state }) == ["call-999", "danger"])
        for (session, response) in sessions {
            #expect(try desk.resume(session: session) == response)
        }
    }

    /// Whether the server answers through its thread pool: a journal that may wait does (any
    /// journal, unless it says otherwise); the in-memory one never waits.
    @Test func onlyAJournalThatMayWaitIsAnsweredThroughTheThreadPool() throws {
        #expect(try Fixtures.desk().mayBlock == false)
        #expect(try Fixtures.desk(journal: FlakyJournal()).mayBlock == true)
    }
}
