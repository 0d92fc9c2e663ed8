import Foundation

/// Reads trainers' test scripts (`dialogues/tests/*.curio`). Every problem is reported with
/// the file and line, and a file that is not a script at all is refused as such.
public enum ScriptParser {
    public static let fileExtension = "curio"

    public static func parse(_ text: String, file: String) throws -> DialogueScript {
        var script = DialogueScript(file: file)
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let content = stripComment(String(raw)).trimmingCharacters(in: .whitespaces)
            guard !content.isEmpty else { continue }
            func fail(_ message: String) -> DataFileError { DataFileError(file: file, line: line, message) }

            if let value = after(content, "title:") {
                script.title = value
            } else if let value = after(content, "dialogue:") {
                guard !value.isEmpty, !value.contains(" ") else { throw fail("`dialogue:` names one dialogue, e.g. `dialogue: consultation`") }
                script.dialogue = value
                script.dialogueLine = line
            } else if let value = after(content, "you:") {
                guard !value.isEmpty else { throw fail("`you:` needs the practitioner's words") }
                script.steps.append(.init(line: line, .say(value)))
            } else if let value = after(content, "curio~") {
                guard (try? NSRegularExpression(pattern: value, options: [.caseInsensitive])) != nil else {
                    throw fail("`curio~` needs a valid regular expression; `\(value)` is not one")
                }
                script.steps.append(.init(line: line, .assistantMatches(value)))
            } else if let value = after(content, "curio:") {
                guard !value.isEmpty else { throw fail("`curio:` needs the words the assistant should say") }
                script.steps.append(.init(line: line, .assistantSays(value)))
            } else if let value = after(content, "do:") {
                guard let command = DialogueScript.Command(rawValue: value.lowercased()) else {
                    throw fail("unknown command `\(value)` (expected one of \(DialogueScript.Command.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                script.steps.append(.init(line: line, .command(command)))
            } else if let value = after(content, "expect") {
                script.steps.append(.init(line: line, .expect(try expectation(value, fail: fail))))
            } else {
                let word = content.split(separator: " ").first.map(String.init) ?? content
                throw fail("unknown line `\(word)`: a script line starts with you:, curio:, curio~, expect, do:, title:, dialogue: or #")
            }
        }
        guard !script.steps.isEmpty else {
            throw DataFileError(file: file, "is not a dialogue test script: it has no `you:`, `curio:` or `expect` line")
        }
        return script
    }

    static func expectation(_ text: String, fail: (String) -> DataFileError) throws -> DialogueScript.Expectation {
        let words = text.split(separator: " ").map(String.init)
        let negated = words.first == "no"
        let rest = negated ? Array(words.dropFirst()) : words
        guard let kind = rest.first else { throw fail("`expect` needs what to expect, e.g. `expect top urgent`") }
        let args = Array(rest.dropFirst())
        func priority(_ text: String) throws -> Priority {
            guard let priority = Priority(rawValue: text) else {
                throw fail("unknown priority `\(text)` (expected emergency, urgent, high or consider)")
            }
            return priority
        }
        switch (kind, negated, args.count) {
        case ("finding", false, 2):
            guard let status = FindingStatus(rawValue: args[1]) else {
                throw fail("unknown status `\(args[1])` (expected present, possible or absent)")
            }
            return .finding(RiskFactorID(args[0]), status)
        case ("finding", true, 1):
            return .noFinding(RiskFactorID(args[0]))
        case ("recommendation", false, 1):
            return .recommendation(args[0], nil)
        case ("recommendation", false, 2):
            return .recommendation(args[0], try priority(args[1]))
        case ("recommendation", true, 1):
            return .noRecommendation(args[0])
        case ("top", false, 1):
            return .top(args[0] == "none" ? nil : try priority(args[0]))
        case ("state", false, 1):
            return .state(args[0])
        case ("fact", false, 2...):
            return .fact(args[0], args.dropFirst().joined(separator: " "))
        case ("done", _, 0):
            return .done(!negated)
        default:
            throw fail(
                "unknown assertion `expect \(text)` (expected: finding ID STATUS, no finding ID, recommendation ID [PRIORITY], no recommendation ID, top PRIORITY|none, state NAME, fact NAME VALUE, done, no done)")
        }
    }

    /// `keyword rest` → rest, trimmed; nil when the line does not start with the keyword.
    static func after(_ line: String, _ keyword: String) -> String? {
        guard line.lowercased().hasPrefix(keyword) else { return nil }
        let rest = line.dropFirst(keyword.count)
        if keyword.last?.isLetter == true, let next = rest.first, next != " " { return nil }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    /// `#` starts a comment at the start of a line or after a space; `\#` keeps a literal `#`.
    static func stripComment(_ line: String) -> String {
        var out = ""
        var previous: Character = " "
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            if character == "\\", let next = iterator.next() {
                if next == "#" { out.append("#") } else { out.append(character); out.append(next) }
                previous = next
                continue
            }
            if character == "#" && previous == " " { break }
            out.append(character)
            previous = character
        }
        return out
    }
}
