import Foundation
import Yams

/// A node of a YAML file under `dialogues/`, read with its line so that every problem can be
/// reported as `file:line: what is wrong`.
///
/// Loaders read their files through this type instead of `YAMLDecoder` because a decoding
/// error there names a coding path, not a line, and trainers edit these files by hand.
public struct DataNode: @unchecked Sendable {
    // `Yams.Node` is an immutable value tree; it is not marked Sendable upstream.
    public let node: Node
    /// The file's name as it should appear in messages (relative to the dialogues folder).
    public let file: String

    public init(node: Node, file: String) {
        self.node = node
        self.file = file
    }

    /// Parses YAML text; a syntax error is reported with its line.
    ///
    /// Tags are not resolved (`Resolver.basic`): loaders read every scalar as text and convert
    /// it themselves, and the default resolver runs half a dozen regular expressions on every
    /// scalar, which was a large part of `curio match`'s start-up time. The encoding is given
    /// because Yams' default reads the whole process environment on every parse.
    public static func parse(_ text: String, file: String) throws -> DataNode {
        do {
            guard let root = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                throw DataFileError(file: file, line: 1, "the file is empty")
            }
            return DataNode(node: root, file: file)
        } catch let error as DataFileError {
            throw error
        } catch let error as YamlError {
            throw DataFileError(file: file, line: Self.line(of: error), Self.problem(of: error))
        } catch {
            throw DataFileError(file: file, "cannot be read as YAML: \(error)")
        }
    }

    /// Reads and parses a file; `displayName` is how messages name it.
    public static func load(_ url: URL, displayName: String? = nil) throws -> DataNode {
        let name = displayName ?? url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DataFileError(file: name, "cannot be read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataFileError(file: name, "is not UTF-8 text")
        }
        return try parse(text, file: name)
    }

    // MARK: Position and errors

    /// The 1-based line the node starts on.
    public var line: Int? { node.mark?.line }

    /// An error located at this node.
    public func error(_ message: String) -> DataFileError {
        DataFileError(file: file, line: line, message)
    }

    // MARK: Scalars

    /// The scalar's text, or nil for a mapping or a sequence.
    public var scalar: String? { node.scalar?.string }

    public func string(_ what: String = "a value") throws -> String {
        guard let value = node.scalar?.string else { throw error("expected \(what) as text") }
        return value
    }

    public func double(_ what: String = "a number") throws -> Double {
        guard let text = node.scalar?.string, let value = Double(text) else {
            throw error("expected \(what) as a number")
        }
        return value
    }

    public func int(_ what: String = "a whole number") throws -> Int {
        guard let text = node.scalar?.string, let value = Int(text) else {
            throw error("expected \(what) as a whole number")
        }
        return value
    }

    public func bool(_ what: String = "yes or no") throws -> Bool {
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected \(what) as true or false")
        }
    }

    /// A list of strings; a single scalar counts as a list of one.
    public func strings(_ what: String = "a list of text") throws -> [String] {
        if let value = node.scalar?.string { return [value] }
        return try sequence(what).map { try $0.string(what) }
    }

    // MARK: Collections

    public var isMapping: Bool { node.mapping != nil }
    public var isSequence: Bool { node.sequence != nil }

    /// The items of a sequence.
    public func sequence(_ what: String = "a list") throws -> [DataNode] {
        guard let items = node.sequence else { throw error("expected \(what) (a YAML list)") }
        return items.map { DataNode(node: $0, file: file) }
    }

    /// The entries of a mapping, in file order, with keys as text.
    public func entries(_ what: String = "a mapping") throws -> [(key: String, value: DataNode)] {
        guard let mapping = node.mapping else { throw error("expected \(what) (key: value pairs)") }
        return try mapping.map { pair in
            guard let key = pair.key.scalar?.string else {
                throw DataNode(node: pair.key, file: file).error("a key must be plain text")
            }
            return (key, DataNode(node: pair.value, file: file))
        }
    }

    /// The value under `key` in a mapping, or nil when absent.
    public subscript(key: String) -> DataNode? {
        guard let mapping = node.mapping else { return nil }
        for pair in mapping where pair.key.scalar?.string == key {
            return DataNode(node: pair.value, file: file)
        }
        return nil
    }

    /// The value under `key`, which must be there.
    public func required(_ key: String, in what: String = "this entry") throws -> DataNode {
        guard isMapping else { throw error("expected \(what) as key: value pairs") }
        guard let value = self[key] else { throw error("\(what) needs `\(key)`") }
        return value
    }

    /// Rejects keys a loader does not know, so that a misspelt key is an error rather than a
    /// silently ignored setting.
    public func allowOnly(_ keys: Set<String>, in what: String = "this entry") throws {
        for (key, value) in try entries(what) where !keys.contains(key) {
            let known = keys.sorted().map { "`\($0)`" }.joined(separator: ", ")
            throw value.error("unknown key `\(key)` in \(what) (expected one of \(known))")
        }
    }

    // MARK: YAML error positions

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        case .duplicatedKeysInMapping(_, let context):
            return context.mark.line
        default:
            return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            let where_ = context.map { " \($0.text)" } ?? ""
            return "YAML syntax: \(problem)\(where_)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key(s): \(duplicates.joined(separator: ", "))"
        default:
            return "YAML: \(error)"
        }
    }
}
