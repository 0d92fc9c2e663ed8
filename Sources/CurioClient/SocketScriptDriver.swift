import CurioCore

/// Runs a trainer's script against a running server, through the same protocol the REPL
/// uses, so a script can check a deployed server and not only the in-process engine.
public struct SocketScriptDriver: ScriptDriver {
    public let socketPath: String
    private var client: SocketClient?
    private var session: String?
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
        var seen = observe(response)
        if let why = response.why { seen.text = why }
        if let summary = response.summary {
            seen.findings = summary.findings
            seen.recommendations = summary.recommendations
            if response.say == nil { seen.text = "" }
        }
        return seen
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
