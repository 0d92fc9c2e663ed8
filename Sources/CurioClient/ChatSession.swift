import CurioCore
import Foundation

/// The REPL: one consultation at a time, typed answers sent as `say`, the commands of
/// `ChatCommandWord`, and recovery when the server goes away.
///
/// I/O comes in from outside (a `LineInput`, a `ChatConnection`, a `write` function), so the
/// whole conversation can be driven by a test with scripted lines and a fake connection.
public final class ChatSession {
    public struct Options: Sendable {
        /// The dialogue to start; nil means the server's default.
        public var dialogue: String?
        /// A session to continue instead of starting one.
        public var resume: String?
        public var prompt: String
        /// Keep the consultation as a trainer's test script (see `recorded`).
        public var record: Bool

        public init(dialogue: String? = nil, resume: String? = nil, prompt: String = "> ", record: Bool = false) {
            self.dialogue = dialogue
            self.resume = resume
            self.prompt = prompt
            self.record = record
        }
    }

    /// How a chat ends.
    public enum Exit: Int32, Sendable {
        case ok = 0
        /// The server refused to start or resume the consultation.
        case refused = 1
        /// The server went away and could not be reached again.
        case serverGone = 3
    }

    private let input: any LineInput
    private let write: (String) -> Void
    private var connection: any ChatConnection
    private let reconnect: (() throws -> any ChatConnection)?
    private let options: Options
    public let rendering: ChatRendering

    /// The open consultation's id.
    public private(set) var session: String?
    private var turns = 0
    /// The consultation held so far as a test script, when `Options.record` is set (after
    /// `restart`, the new consultation).
    public private(set) var recorder: ScriptRecorder?
    private var top: Priority?

    public init(
        input: any LineInput, connection: any ChatConnection, options: Options = Options(),
        rendering: ChatRendering = ChatRendering(), reconnect: (() throws -> any ChatConnection)? = nil,
        write: @escaping (String) -> Void
    ) {
        self.input = input
        self.connection = connection
        self.options = options
        self.rendering = rendering
        self.reconnect = reconnect
        self.write = write
    }

    /// Holds the consultation until `quit`, Ctrl-D or end of input.
    public func run() -> Exit {
        write(rendering.disclaimer())
        let opened = options.resume.map(resume) ?? open()
        guard opened == nil else { return opened! }
        while true {
            guard let line = input.readLine(prompt: options.prompt) else {
                if input.echoesInput { write("") }  // Ctrl-D leaves the cursor on the prompt
                return finish()
            }
            if !input.echoesInput, !line.isEmpty { write(options.prompt + line) }
            switch ChatInput.parse(line) {
            case .empty:
                continue
            case .answer(let text):
                if let exit = ask(WireRequest(op: "say", session: session, text: text), record: { $0.answered(text, reply: $1) }) {
                    return exit
                }
            case .command(.help):
                write(rendering.help())
            case .command(.back):
                if let exit = ask(WireRequest(op: "back", session: session), record: { $0.performed(.back, reply: $1) }) {
                    return exit
                }
            case .command(.why):
                if let exit = ask(WireRequest(op: "why", session: session), show: showWhy) { return exit }
            case .command(.summary):
                if let exit = ask(WireRequest(op: "summary", session: session), show: showSummary) { return exit }
            case .command(.restart):
                if let exit = end() { return exit }
                write("")
                if let exit = open() { return exit }
            case .command(.quit):
                return finish()
            }
        }
    }

    // MARK: Steps

    /// Starts a consultation; an exit code when the server refuses.
    private func open() -> Exit? {
        session = nil
        turns = 0
        let request = WireRequest(op: "start", dialogue: options.dialogue)
        guard case .answer(let response) = exchange(request) else { return .serverGone }
        if let error = response.error {
            write(rendering.problem("Could not start a consultation: \(error.message)"))
            return .refused
        }
        guard let id = response.session else {
            write(rendering.problem("The server started a consultation but sent no session id."))
            return .refused
        }
        session = id
        write(rendering.style.dim(rendering.style.wrap(
            "Consultation \(id) (type `help` for commands; continue it later with: curio chat --resume \(id))")))
        show(response)
        if options.record, let reply = Reply(response) {
            recorder = ScriptRecorder(dialogue: response.dialogue ?? options.dialogue ?? Knowledge.defaultDialogue)
            recorder?.opened(reply)
        }
        return nil
    }

    private func resume(_ id: String) -> Exit? {
        session = id
        guard case .answer(let response) = exchange(WireRequest(op: "resume", session: id)) else { return .serverGone }
        if let error = response.error {
            write(rendering.problem("Could not resume consultation \(id): \(error.message)"))
            return .refused
        }
        write(rendering.style.dim(rendering.style.wrap("Continuing consultation \(id) (type `help` for commands)")))
        show(response)
        return nil
    }

    /// Sends a request and shows its answer; an exit code when the server is gone for good.
    private func ask(
        _ request: WireRequest, show: ((WireResponse) -> Void)? = nil,
        record: ((inout ScriptRecorder, Reply) -> Void)? = nil
    ) -> Exit? {
        guard case .answer(let response) = exchange(request) else { return .serverGone }
        if let error = response.error {
            write(rendering.problem(error.message))
            return nil
        }
        (show ?? self.show)(response)
        if let record, var recorder, let reply = Reply(response) {
            record(&recorder, reply)
            self.recorder = recorder
            top = reply.recommendations.map(\.priority).max()
        }
        return nil
    }

    /// The recorded script, ending with the top priority last seen.
    public var recordedScript: String? { recorder?.script(finalTop: top) }

    private func show(_ response: WireResponse) {
        if let count = response.turns { turns = count }
        input.setCompletions(Completion.offered(options: response.options ?? []))
        let text = rendering.reply(response)
        if !text.isEmpty { write(text) }
    }

    private func showWhy(_ response: WireResponse) {
        write(rendering.why(response.why ?? response.say ?? "The server gave no reason."))
    }

    private func showSummary(_ response: WireResponse) {
        if let summary = response.summary {
            write(rendering.summary(summary, session: session))
        } else if let say = response.say {
            write(rendering.style.wrap(say))
        }
    }

    /// Ends the open consultation with a one-line summary; nil when that went well.
    private func end() -> Exit? {
        guard let id = session else { return nil }
        guard case .answer(let response) = exchange(WireRequest(op: "end", session: id)) else { return .serverGone }
        session = nil
        if let error = response.error {
            write(rendering.problem("Could not end consultation \(id): \(error.message)"))
        } else {
            write(rendering.ended(session: id, response: response))
        }
        return nil
    }

    private func finish() -> Exit {
        let exit = end() ?? .ok
        connection.close()
        return exit
    }

    // MARK: The connection, and getting it back

    enum Outcome {
        case answer(WireResponse)
        case gone
    }

    /// One request and its answer. When the connection is lost, says so in one line,
    /// reconnects once (starting a server if need be), resumes the session and then either
    /// takes the resumed answer (the request had been recorded) or sends the request again.
    func exchange(_ request: WireRequest) -> Outcome {
        let failure: ClientError
        do {
            return .answer(try connection.send(request))
        } catch {
            failure = error
        }
        guard failure.isConnectionLoss, let reconnect else {
            write(rendering.problem("\(failure.description.prefix(1).uppercased())\(failure.description.dropFirst())."))
            return .gone
        }
        write(rendering.problem("The Curio server went away (\(Self.reason(failure))). Reconnecting..."))
        do {
            connection = try reconnect()
        } catch {
            write(rendering.problem("Could not reach a Curio server again: \(error)."))
            sayHowToContinue()
            return .gone
        }
        guard let id = session else {
            return retry(request)
        }
        let resumed: WireResponse
        do {
            resumed = try connection.send(WireRequest(op: "resume", session: id))
        } catch {
            write(rendering.problem("The new connection failed too: \(Self.reason(error))."))
            sayHowToContinue()
            return .gone
        }
        if let error = resumed.error {
            write(rendering.problem("Could not resume consultation \(id): \(error.message)"))
            return .gone
        }
        write(rendering.style.dim("Reconnected; consultation \(id) resumed."))
        let before = turns
        switch request.op {
        case "resume":
            return .answer(resumed)
        case "say" where resumed.turns == before + 1, "back" where resumed.turns == before - 1:
            // The server recorded the request before the connection broke.
            return .answer(resumed)
        default:
            return retry(request)
        }
    }

    private func retry(_ request: WireRequest) -> Outcome {
        do {
            return .answer(try connection.send(request))
        } catch {
            write(rendering.problem("The new connection failed too: \(Self.reason(error))."))
            sayHowToContinue()
            return .gone
        }
    }

    private func sayHowToContinue() {
        if let id = session {
            write(rendering.style.wrap("Your answers so far are kept with consultation \(id); continue it later with: curio chat --resume \(id)"))
        }
    }

    private static func reason(_ error: ClientError) -> String {
        switch error {
        case .serverWentAway(let reason): reason
        case .serverUnavailable(_, let reason): reason
        default: error.description
        }
    }
}
