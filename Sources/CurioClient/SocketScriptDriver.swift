import CurioCore

/// Runs a trainer's script against a running server, through the same protocol the REPL
/// uses, so a script can check a deployed server and not only the in-process engine.
public struct SocketScriptDriver: ScriptDriver {
    public let socketPath: String
    private var client: SocketClient?
    private var session: String?
    /// The script ended its session itself (`do: end`).
    private var ended = false
    private var dialogue = Knowledge.defaultDialogue

    public init(socketPath: String) { self.socketPath = socketPath }

    public mutating func start(dialogue name: String?) throws -> ScriptObservation {
        let client = try SocketClient(path: socketPath)
        self.client = client
        let response = try exchange(WireRequest(op: "start", dialogue: name))
        session = response.session
        dialogue = response.dialogue ?? name ?? Knowledge.defaultDialogue
        return observe(response)
    }

    public mutating func say(_ text: String) throws -> ScriptObservation {
        observe(try exchange(WireRequest(op: "say", session: session, text: text)))
    }

    public mutating func perform(_ command: DialogueScript.Command) throws -> ScriptObservation {
        let response = try exchange(WireRequest(op: command.rawValue, session: session))
        if command == .end { ended = true }
        var seen = observe(response)
        if let why = response.why { seen.text = why }
        if let summary = response.summary {
            seen.findings = summary.findings
            seen.recommendations = summary.recommendations
            if response.say == nil { seen.text = "" }
        }
        return seen
    }

    /// Ends the script's session on the server unless the script ended it (`do: end`), and
    /// closes the connection. What the server answers is not a finding of the script: a
    /// session already ended is answered with an error, which is as good.
    public mutating func finish() {
        if let session, let client {
            if !ended { _ = try? client.send(WireRequest(op: "end", session: session)) }
            client.close()
        }
        client = nil
        session = nil
        ended = false
    }

    private func exchange(_ request: WireRequest) throws -> WireResponse {
        guard let client else { throw ScriptDriverError("not connected to \(socketPath)") }
        let response = try client.send(request)
        if let error = response.error { throw ScriptDriverError("the server answered \(error.code): \(error.message)") }
        return response
    }

    private func observe(_ response: WireResponse) -> ScriptObservation {
        ScriptObservation(
            text: response.say ?? "", state: response.state ?? "", dialogue: response.dialogue ?? dialogue,
            findings: response.findings ?? [], recommendations: response.recommendations ?? [],
            facts: response.facts ?? [:], done: response.done ?? false)
    }
}
