import CurioCore
import Testing
@testable import CurioClient

@Suite struct ChatSessionTests {
    final class Transcript {
        var lines: [String] = []
        var text: String { lines.joined(separator: "\n") }
        func write(_ line: String) { lines.append(line) }
    }

    @Test func aConsultationFromStartToQuit() {
        let server = FakeServer()
        let connection = FakeConnection { request, _ in server.respond(request) }
        let input = ScriptedInput(["no", "", "why", "back", "she has a bruise on her cheek", "summary", "help", "quit", "never read"])
        let out = Transcript()
        let chat = ChatSession(input: input, connection: connection, write: out.write)
        #expect(chat.run() == .ok)

        #expect(out.lines.first?.contains("professional judgement") == true)
        #expect(connection.requests.map(\.op) == ["start", "say", "why", "back", "say", "summary", "end"])
        #expect(connection.requests[1].text == "no")
        #expect(connection.requests[1].session == "sess-1")
        #expect(out.text.contains("Is the baby in immediate danger right now?"))
        #expect(out.text.contains("(yes / no / not sure)"))
        #expect(out.text.contains("Why this question: A child in immediate danger"))
        #expect(out.text.contains("Undid your answer."))
        #expect(out.text.contains("[URGENT] Refer to Children's Social Care today"))
        #expect(out.text.contains("Commands:"))
        #expect(out.text.contains("Consultation sess-1 ended: 1 answer."))
        #expect(connection.closed)
        // Piped input is echoed after the prompt so the output reads as a transcript.
        #expect(out.text.contains("> no"))
        // Tab completion follows the question now waiting.
        #expect(input.completions.first?.prefix(3) == ["yes", "no", "not sure"])
    }

    @Test func endOfInputEndsTheConsultationCleanly() {
        let server = FakeServer()
        let connection = FakeConnection { request, _ in server.respond(request) }
        let out = Transcript()
        let chat = ChatSession(input: ScriptedInput(["no"]), connection: connection, write: out.write)
        #expect(chat.run() == .ok)
        #expect(connection.requests.last?.op == "end")
        #expect(out.lines.last == "Consultation sess-1 ended: 1 answer.")
    }

    @Test func restartEndsThisConsultationAndStartsAnother() {
        let server = FakeServer()
        let connection = FakeConnection { request, _ in server.respond(request) }
        let chat = ChatSession(
            input: ScriptedInput(["no", "restart", "quit"]), connection: connection,
            options: .init(dialogue: "duty-triage"), write: { _ in })
        #expect(chat.run() == .ok)
        #expect(connection.requests.map(\.op) == ["start", "say", "end", "start", "end"])
        #expect(connection.requests[3].dialogue == "duty-triage")
    }

    @Test func resumeContinuesASession() {
        let server = FakeServer()
        let connection = FakeConnection { request, _ in server.respond(request) }
        let out = Transcript()
        let chat = ChatSession(
            input: ScriptedInput([]), connection: connection, options: .init(resume: "sess-1"), write: out.write)
        #expect(chat.run() == .ok)
        #expect(connection.requests.map(\.op) == ["resume", "end"])
        #expect(out.text.contains("Continuing consultation sess-1"))
    }

    @Test func aRefusedStartExitsNonZeroWithTheServersMessage() {
        let server = FakeServer()
        let connection = FakeConnection { request, _ in server.respond(request) }
        let out = Transcript()
        let chat = ChatSession(
            input: ScriptedInput(["no"]), connection: connection, options: .init(dialogue: "nope"), write: out.write)
        #expect(chat.run() == .refused)
        #expect(out.text.contains("there is no dialogue \"nope\""))
    }

    @Test func anErrorAnswerIsShownAndTheChatGoesOn() {
        let connection = FakeConnection { request, _ in
            if request.op == "say" { return .failure("too_long", "That answer is too long.") }
            return FakeServer().respond(request)
        }
        let out = Transcript()
        let chat = ChatSession(input: ScriptedInput(["x", "quit"]), connection: connection, write: out.write)
        #expect(chat.run() == .ok)
        #expect(out.text.contains("! That answer is too long."))
    }

    // MARK: The server going away

    @Test func serverGoneReconnectsResumesAndResendsTheAnswer() {
        let server = FakeServer()
        let first = FakeConnection { request, count throws(ClientError) in
            if count == 3 { throw .serverWentAway(reason: "it closed the connection") }
            return server.respond(request)
        }
        let second = FakeConnection { request, _ in server.respond(request) }
        var reconnects = 0
        let out = Transcript()
        let chat = ChatSession(
            input: ScriptedInput(["no", "8 weeks", "quit"]), connection: first,
            reconnect: { reconnects += 1; return second }, write: out.write)
        #expect(chat.run() == .ok)
        #expect(reconnects == 1)
        #expect(out.text.contains("! The Curio server went away (it closed the connection). Reconnecting..."))
        #expect(out.text.contains("Reconnected; consultation sess-1 resumed."))
        // The lost answer was not recorded (turns did not move), so it is sent again.
        #expect(second.requests.map(\.op) == ["resume", "say", "end"])
        #expect(second.requests[1].text == "8 weeks")
        #expect(server.turns == 2)
    }

    @Test func anAnswerRecordedBeforeTheServerWentAwayIsNotSentTwice() {
        let server = FakeServer()
        let first = FakeConnection { request, count throws(ClientError) in
            let response = server.respond(request)
            if count == 3 { throw .serverWentAway(reason: "it closed the connection") }  // answered, then died
            return response
        }
        let second = FakeConnection { request, _ in server.respond(request) }
        let chat = ChatSession(
            input: ScriptedInput(["no", "8 weeks", "quit"]), connection: first,
            reconnect: { second }, write: { _ in })
        #expect(chat.run() == .ok)
        #expect(second.requests.map(\.op) == ["resume", "end"])
        #expect(server.turns == 2)
    }

    @Test func serverGoneForGoodExitsNonZeroAndSaysHowToContinue() {
        let server = FakeServer()
        let first = FakeConnection { request, count throws(ClientError) in
            if count >= 2 { throw .serverWentAway(reason: "it closed the connection") }
            return server.respond(request)
        }
        struct NoServer: Error, CustomStringConvertible { var description: String { "nothing answers" } }
        let out = Transcript()
        let chat = ChatSession(
            input: ScriptedInput(["no", "never sent"]), connection: first,
            reconnect: { throw NoServer() }, write: out.write)
        #expect(chat.run() == .serverGone)
        #expect(out.text.contains("Could not reach a Curio server again: nothing answers."))
        #expect(out.text.contains("curio chat --resume sess-1"))
        #expect(!out.text.contains("never sent"))
    }

    @Test func aSessionTheNewServerDoesNotKnowIsSaidPlainly() {
        let first = FakeConnection { request, count throws(ClientError) in
            if count >= 2 { throw .serverWentAway(reason: "it closed the connection") }
            return FakeServer().respond(request)
        }
        let fresh = FakeServer()
        fresh.session = "other"
        let second = FakeConnection { request, _ in fresh.respond(request) }
        let out = Transcript()
        let chat = ChatSession(input: ScriptedInput(["no"]), connection: first, reconnect: { second }, write: out.write)
        #expect(chat.run() == .serverGone)
        #expect(out.text.contains("Could not resume consultation sess-1: no such session"))
    }
}
