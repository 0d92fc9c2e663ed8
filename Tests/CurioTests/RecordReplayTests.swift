import CurioClient
import CurioCore
import CurioServer
import CurioTestSupport
import Foundation
import Testing

/// A consultation held through the REPL's logic against the real consultation desk, recorded
/// with `--record`, replays green through `curio test`'s runner without a change.
@Suite("Record and replay")
struct RecordReplayTests {
    /// The desk behind the same JSON lines the socket carries.
    final class DeskConnection: ChatConnection {
        let desk: ConsultationDesk
        init(_ desk: ConsultationDesk) { self.desk = desk }

        func send(_ request: WireRequest) throws(ClientError) -> WireResponse {
            switch WireRequestReader.read(JSONLines.line(request)) {
            case .request(let deskRequest): return desk.handle(deskRequest)
            case .refused(let response): return response
            default: return .failure("test", "unexpected inbound")
            }
        }

        func close() {}
    }

    final class Lines: LineInput {
        var lines: [String]
        init(_ lines: [String]) { self.lines = lines }
        func readLine(prompt: String) -> String? { lines.isEmpty ? nil : lines.removeFirst() }
        func setCompletions(_ candidates: [String]) {}
        var echoesInput: Bool { false }
    }

    @Test("a recorded consultation replays green unchanged, and fails when an expected line is changed")
    func recordedConsultationReplays() throws {
        let knowledge = try ShippedKnowledge.knowledge
        let desk = ConsultationDesk(knowledge: knowledge, journal: InMemoryCaseJournal())
        let typed = ["no", "health visitor", "8 week old with a bruise on his cheek", "why", "no", "back", "not sure", "quit"]
        let chat = ChatSession(
            input: Lines(typed), connection: DeskConnection(desk),
            options: ChatSession.Options(record: true), write: { _ in })
        #expect(chat.run() == .ok)
        let script = try #require(chat.recordedScript)
        #expect(script.contains("you: 8 week old with a bruise on his cheek"))
        #expect(script.contains("expect recommendation bruising-protocol urgent"))
        #expect(script.contains("do: back"))
        #expect(script.contains("expect top urgent"))

        var suite = ScriptSuite()
        suite.run([.init(file: "recorded.curio", text: script)]) { InProcessScriptDriver(knowledge: knowledge) }
        #expect(suite.failedCount == 0, "\(suite.report())")

        let changed = script.replacingOccurrences(of: "expect top urgent", with: "expect top high")
        var failing = ScriptSuite()
        failing.run([.init(file: "changed.curio", text: changed)]) { InProcessScriptDriver(knowledge: knowledge) }
        #expect(failing.failedCount == 1)
        let line = changed.components(separatedBy: "\n").firstIndex(of: "expect top high").map { $0 + 1 }
        #expect(failing.report().contains("changed.curio:\(line ?? 0): expect top high"))
    }
}
