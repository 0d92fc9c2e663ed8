import CurioCore
import Foundation
import Testing
@testable import CurioServer

/// `curio bench`'s desk lines: the two orders must run the same turns, and the interleaved
/// one must really take them in turn, or its figure would be the sequential one's again.
@Suite("Desk loop")
struct DeskLoopTests {
    /// Steps taken, in order, by every `PingScript` sharing it.
    final class StepLog: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [String] = []
        func add(_ step: String) { lock.withLock { steps.append(step) } }
        var all: [String] { lock.withLock { steps } }
    }

    /// `count` pings, each logged as the script's name and its step number.
    struct PingScript: LoadScript {
        let name: String
        let count: Int
        let log: StepLog
        var sent = 0
        var wantsAnswerText: Bool { false }

        mutating func next(after answer: String?) -> (line: String, timed: Bool)? {
            guard sent < count else { return nil }
            log.add("\(name)\(sent)")
            sent += 1
            return (#"{"op":"ping"}"#, true)
        }
    }

    @Test func interleavedTakesOneStepOfEachScriptInTurn() throws {
        let log = StepLog()
        let scripts: [any LoadScript] = [
            PingScript(name: "a", count: 3, log: log), PingScript(name: "b", count: 1, log: log),
            PingScript(name: "c", count: 2, log: log),
        ]
        let result = DeskLoop.runInterleaved(desk: try Fixtures.desk(), scripts: scripts)
        #expect(result.turns == 6)
        // Scripts that are done drop out; the others keep their places.
        #expect(log.all == ["a0", "b0", "c0", "a1", "c1", "a2"])
    }

    @Test func sequentialRunsEachScriptToItsEnd() throws {
        let log = StepLog()
        let scripts: [any LoadScript] = [PingScript(name: "a", count: 2, log: log), PingScript(name: "b", count: 2, log: log)]
        #expect(DeskLoop.run(desk: try Fixtures.desk(), scripts: scripts).turns == 4)
        #expect(log.all == ["a0", "a1", "b0", "b1"])
    }

    /// Whole consultations: the same turns and the same bytes of answers in either order
    /// (session ids are all as long; the clock is stopped, so times are too), and every
    /// session ended.
    @Test func bothOrdersAnswerTheSameConsultations() throws {
        func scripts() -> [any LoadScript] {
            (0..<7).map { ConsultationScript(dialogue: nil, texts: ["the baby is 8 weeks old", "yes", "mum drinks"], turns: 4, offset: $0) }
        }
        func desk() throws -> ConsultationDesk {
            ConsultationDesk(knowledge: try Fixtures.knowledge, journal: InMemoryCaseJournal(), now: { Date(timeIntervalSince1970: 1_800_000_000) })
        }
        let sequentialDesk = try desk()
        let interleavedDesk = try desk()
        let sequential = DeskLoop.run(desk: sequentialDesk, scripts: scripts())
        let interleaved = DeskLoop.runInterleaved(desk: interleavedDesk, scripts: scripts())
        #expect(sequential.turns == 28)
        #expect(interleaved.turns == sequential.turns)
        #expect(interleaved.bytes == sequential.bytes)
        #expect(interleavedDesk.openSessions == 0)
        #expect(sequentialDesk.openSessions == 0)
    }
}
