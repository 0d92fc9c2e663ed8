import CurioCore
import Foundation

/// Reads one request line into a `DeskRequest`, or into the error response that line gets.
///
/// A bad line is the line's problem, not the connection's: the client gets
/// `{"error": {"code", "message"}}` (with the line's `id` when one can be read) and the
/// connection stays open. Codes: `invalid_json` (not a JSON object, or nested too deep), `missing_op`,
/// `unknown_op`, `invalid_request` (a field of the wrong type), `missing_field`.
public enum WireRequestReader {
    public static func read(_ line: String) -> WireInbound {
        // Fastest path: a flat, well-formed request, read without Foundation.
        if let request = FlatRequest.parse(line), let known = WireRequest.Op(rawValue: request.op) {
            switch command(known, request) {
            case .success(let command): return .request(DeskRequest(command, id: request.id))
            case .failure(let missing): return .refused(.failure("missing_field", missing.message, id: request.id))
            }
        }
        guard !JSONNesting.isTooDeep(line[...].utf8) else {
            return .refused(.failure("invalid_json", "The line nests arrays or objects more than \(JSONNesting.limit) deep; a request is one flat object."))
        }
        let data = Data(line.utf8)
        // Fast path, one parse: a well-formed request decodes straight away. Only a line that
        // does not is parsed again, loosely, to say exactly what is wrong with it.
        if let request = try? JSONDecoder().decode(WireRequest.self, from: data),
            let known = WireRequest.Op(rawValue: request.op)
        {
            switch command(known, request) {
            case .success(let command): return .request(DeskRequest(command, id: request.id))
            case .failure(let missing): return .refused(.failure("missing_field", missing.message, id: request.id))
            }
        }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return .refused(.failure("invalid_json", "The line is not a JSON object."))
        }
        let id = salvageID(object)
        guard let op = object["op"] else {
            return .refused(.failure("missing_op", "The request has no `op`. Known ops: \(knownOps).", id: id))
        }
        guard let opName = op as? String else {
            return .refused(.failure("invalid_request", "`op` must be a string. Known ops: \(knownOps).", id: id))
        }
        guard let known = WireRequest.Op(rawValue: opName) else {
            return .refused(.failure("unknown_op", "Unknown op \"\(opName.prefix(40))\". Known ops: \(knownOps).", id: id))
        }
        let request: WireRequest
        do {
            request = try JSONDecoder().decode(WireRequest.self, from: data)
        } catch {
            return .refused(.failure("invalid_request", "A field of the request has the wrong type: \(fieldProblem(error)).", id: id))
        }
        switch command(known, request) {
        case .success(let command): return .request(DeskRequest(command, id: request.id))
        case .failure(let missing): return .refused(.failure("missing_field", missing.message, id: id))
        }
    }

    /// The op's command, or the message naming the missing field.
    static func command(_ op: WireRequest.Op, _ request: WireRequest) -> Result<DeskRequest.Command, MissingField> {
        func needsSession(_ make: (String) -> DeskRequest.Command) -> Result<DeskRequest.Command, MissingField> {
            guard let session = request.session, !session.isEmpty else {
                return .failure(MissingField("`\(op.rawValue)` needs `session`, the id that `start` answered."))
            }
            return .success(make(session))
        }
        switch op {
        case .start: return .success(.start(dialogue: request.dialogue))
        case .say:
            guard request.text != nil else { return .failure(MissingField("`say` needs `text`, the practitioner's answer.")) }
            return needsSession { .say(session: $0, text: request.text ?? "") }
        case .resume: return needsSession { .resume(session: $0) }
        case .end: return needsSession { .end(session: $0) }
        case .back: return needsSession { .back(session: $0) }
        case .why: return needsSession { .why(session: $0) }
        case .summary: return needsSession { .summary(session: $0) }
        case .dialogues: return .success(.dialogues)
        case .ping: return .success(.ping)
        }
    }

    /// A required field is missing; the message names it.
    struct MissingField: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    static let knownOps = WireRequest.Op.allCases.map(\.rawValue).joined(separator: ", ")

    /// The `id` to echo on an error, when the line has a readable one.
    static func salvageID(_ object: [String: Any]) -> BatchLine.ID? {
        if let text = object["id"] as? String { return .text(text) }
        if let number = object["id"] as? Int, !(object["id"] is Bool) { return .number(number) }
        return nil
    }

    /// Names the offending field without echoing its value (which may be case details).
    static func fieldProblem(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "unreadable" }
        let path: [any CodingKey]
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
        @unknown default:
            path = []
        }
        let name = path.map(\.stringValue).joined(separator: ".")
        return name.isEmpty ? "unreadable" : "`\(name)`"
    }
}
