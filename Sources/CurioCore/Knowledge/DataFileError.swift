import Foundation

/// A problem in one of the files under `dialogues/`, located so that a trainer can fix it
/// without reading Swift: the file, the line when known, and what is wrong.
public struct DataFileError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }

    public var errorDescription: String? { description }
}

/// Several problems found at once (as `curio check` reports them).
public struct DataFileErrors: Error, Sendable, CustomStringConvertible, LocalizedError {
    public var errors: [DataFileError]

    public init(_ errors: [DataFileError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
    public var errorDescription: String? { description }
}
