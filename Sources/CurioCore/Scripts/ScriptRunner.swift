import Foundation

/// Runs one script through a driver and checks every assertion, collecting failures (with the
/// script line, what was expected and what came) rather than stopping at the first.
public struct ScriptRunner {
    public init() {}

    public func run<Driver: ScriptDriver>(_ script: DialogueScript, driver: inout Driver, coverage: inout ScriptCoverage)
        -> ScriptResult
    {
        var failures: [ScriptFailure] = []
        var last: ScriptObservation
        do {
            last = try driver.start(dialogue: script.dialogue)
        } catch {
            let line = script.dialogueLine ?? script.steps.first?.line ?? 1
            return ScriptResult(script: script, failures: [ScriptFailure(line: line, expected: "the consultation to start", got: "\(error)")])
        }
        coverage.observe(last)
        defer { driver.finish() }
        for step in script.steps {
            do {
                switch step.action {
                case .say(let text):
                    last = try driver.say(text)
                    coverage.observe(last)
                case .command(let command):
                    last = try driver.perform(command)
                    coverage.observe(last)
                case .assistantSays(let words):
                    if last.text.range(of: words, options: [.caseInsensitive, .diacriticInsensitive]) == nil {
                        failures.append(ScriptFailure(line: step.line, expected: "the assistant to say \"\(words)\"", got: last.text))
                    }
                case .assistantMatches(let pattern):
                    let regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
                    let range = NSRange(last.text.startIndex..., in: last.text)
                    if regex.firstMatch(in: last.text, range: range) == nil {
                        failures.append(ScriptFailure(line: step.line, expected: "the assistant's text to match /\(pattern)/", got: last.text))
                    }
                case .expect(let expectation):
                    if let failure = check(expectation, against: last, line: step.line) { failures.append(failure) }
                }
            } catch {
                failures.append(ScriptFailure(line: step.line, expected: "the step to run", got: "\(error)"))
                break
            }
        }
        return ScriptResult(script: script, failures: failures)
    }

    func check(_ expectation: DialogueScript.Expectation, against seen: ScriptObservation, line: Int) -> ScriptFailure? {
        func fail(_ expected: String, _ got: String) -> ScriptFailure { ScriptFailure(line: line, expected: expected, got: got) }
        let findings = seen.findings.map { "\($0.id) \($0.status.rawValue)" }.joined(separator: ", ")
        let recommendations = seen.recommendations.map { "\($0.id) \($0.priority.rawValue)" }.joined(separator: ", ")
        switch expectation {
        case .finding(let id, let status):
            let got = seen.findings.first { $0.id == id }
            return got?.status == status ? nil : fail("finding \(id) \(status.rawValue)", findings.isEmpty ? "no findings" : findings)
        case .noFinding(let id):
            let got = seen.findings.first { $0.id == id && $0.status.isPositive }
            return got == nil ? nil : fail("no finding \(id)", findings)
        case .recommendation(let id, let priority):
            let got = seen.recommendations.first { $0.id == id }
            if got == nil || (priority != nil && got?.priority != priority) {
                return fail("recommendation \(id)\(priority.map { " \($0.rawValue)" } ?? "")", recommendations.isEmpty ? "no recommendations" : recommendations)
            }
            return nil
        case .noRecommendation(let id):
            return seen.recommendations.contains { $0.id == id } ? fail("no recommendation \(id)", recommendations) : nil
        case .top(let priority):
            let top = seen.recommendations.map(\.priority).max()
            return top == priority ? nil : fail("top \(priority?.rawValue ?? "none")", "top \(top?.rawValue ?? "none")")
        case .state(let state):
            return seen.state == state ? nil : fail("state \(state)", "state \(seen.state)")
        case .fact(let name, let value):
            let got = seen.facts[name]?.description
            return got?.lowercased() == value.lowercased() ? nil : fail("fact \(name) \(value)", got.map { "fact \(name) \($0)" } ?? "no fact \(name)")
        case .done(let done):
            return seen.done == done ? nil : fail(done ? "done" : "not done", seen.done ? "done" : "not done (state \(seen.state))")
        }
    }
}

/// One assertion that did not hold.
public struct ScriptFailure: Sendable, Hashable {
    public var line: Int
    public var expected: String
    public var got: String
}

/// A script and what went wrong in it.
public struct ScriptResult: Sendable {
    public var script: DialogueScript
    public var failures: [ScriptFailure]

    public var passed: Bool { failures.isEmpty }

    /// A readable diff of each failure: the script line, expected and got.
    public func report(sourceLines: [String]) -> String {
        failures.map { failure in
            let source = sourceLines.indices.contains(failure.line - 1) ? sourceLines[failure.line - 1].trimmingCharacters(in: .whitespaces) : ""
            var lines = ["\(script.file):\(failure.line): \(source)"]
            lines.append("  - expected: \(failure.expected)")
            let got = failure.got.split(separator: "\n", omittingEmptySubsequences: false)
            lines.append("  + got:      \(got.first.map(String.init) ?? "")")
            for more in got.dropFirst() { lines.append("              \(more)") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
