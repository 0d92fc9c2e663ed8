import Foundation

/// One line of `curio match --jsonl` / `curio ask --jsonl`: `{"id": ..., "text": "..."}` in,
/// one JSON object out. A bad line gets an error object with the line's id (when it has one)
/// and the batch goes on.
public enum BatchLine {
    /// The echoed id: a string or a number, as the input gave it.
    public enum ID: Codable, Sendable, Hashable {
        case text(String)
        case number(Int)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Int.self) {
                self = .number(value)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let value): try container.encode(value)
            case .number(let value): try container.encode(value)
            }
        }
    }

    struct Input: Decodable {
        var id: ID?
        var text: String?
    }

    /// What `curio match` prints for one utterance.
    public struct MatchOutput: Encodable, Sendable {
        public var id: ID?
        public var findings: [Finding]
        public var facts: [String: FactValue]

        public init(id: ID? = nil, _ result: MatchResult) {
            self.id = id
            self.findings = result.findings
            self.facts = result.facts
        }
    }

    /// What `curio ask` prints for one case description.
    public struct AskOutput: Encodable, Sendable {
        public var id: ID?
        public var findings: [Finding]
        public var facts: [String: FactValue]
        public var recommendations: [Recommendation]
        public var top: String
        public var note: String?

        public init(id: ID? = nil, match: MatchResult, advice: Advice) {
            self.id = id
            self.findings = advice.findings
            self.facts = match.facts
            self.recommendations = advice.recommendations
            self.top = advice.topPriority?.rawValue ?? "none"
            self.note = advice.nothingApplies
        }
    }

    struct Failure: Encodable {
        var id: ID?
        var error: ErrorBody
    }

    /// Reads one input line and returns either the text to process (with its id) or the
    /// complete error line to print.
    public static func read(_ line: String) -> Result<(id: ID?, text: String), LineError> {
        guard let data = line.data(using: .utf8),
            let input = try? JSONDecoder().decode(Input.self, from: data)
        else {
            return .failure(LineError(id: salvageID(line), code: "invalid_json", message: "the line is not a JSON object"))
        }
        guard let text = input.text else {
            return .failure(LineError(id: input.id, code: "missing_text", message: "the line has no `text` string"))
        }
        return .success((input.id, text))
    }

    /// A line that could not be processed, rendered as the contract's error object.
    public struct LineError: Error, Sendable {
        public var id: ID?
        public var code: String
        public var message: String

        public var json: String { JSONLines.line(Failure(id: id, error: ErrorBody(code: code, message: message))) }
    }

    /// Best effort: the id of a line that is an object but not a valid input.
    static func salvageID(_ line: String) -> ID? {
        guard let data = line.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        if let text = object["id"] as? String { return .text(text) }
        if let number = object["id"] as? Int { return .number(number) }
        return nil
    }
}
