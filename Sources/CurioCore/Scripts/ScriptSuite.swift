/// A batch of scripts run together, with the coverage they reach: what `curio test` does
/// between reading the files and printing.
public struct ScriptSuite {
    /// A script file's text, or the error that kept it from being read.
    public struct Source: Sendable {
        public var file: String
        public var text: String

        public init(file: String, text: String) {
            self.file = file
            self.text = text
        }
    }

    /// What happened to one file.
    public enum Outcome: Sendable {
        case ran(ScriptResult, sourceLines: [String])
        case invalid(file: String, DataFileError)

        public var passed: Bool {
            if case .ran(let result, _) = self { return result.passed }
            return false
        }

        public var file: String {
            switch self {
            case .ran(let result, _): result.script.file
            case .invalid(let file, _): file
            }
        }
    }

    public var outcomes: [Outcome] = []
    public var coverage = ScriptCoverage()

    public init() {}

    /// Parses and runs each source with a fresh driver from `makeDriver`.
    public mutating func run<Driver: ScriptDriver>(_ sources: [Source], makeDriver: () -> Driver) {
        for source in sources {
            do {
                let script = try ScriptParser.parse(source.text, file: source.file)
                var driver = makeDriver()
                let result = ScriptRunner().run(script, driver: &driver, coverage: &coverage)
                outcomes.append(.ran(result, sourceLines: source.text.components(separatedBy: "\n")))
            } catch let error as DataFileError {
                outcomes.append(.invalid(file: source.file, error))
            } catch {
                outcomes.append(.invalid(file: source.file, DataFileError(file: source.file, "\(error)")))
            }
        }
    }

    public var passedCount: Int { outcomes.filter(\.passed).count }
    public var failedCount: Int { outcomes.count - passedCount }

    /// The readable report: a line per script, the diff of each failure, and the totals.
    public func report() -> String {
        var lines: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .ran(let result, let sourceLines):
                let title = result.script.title.map { " \($0)" } ?? ""
                lines.append("\(result.passed ? "PASS" : "FAIL") \(result.script.file)\(title)")
                if !result.passed { lines.append(result.report(sourceLines: sourceLines)) }
            case .invalid(let file, let error):
                lines.append("FAIL \(file): not a valid script")
                lines.append("  \(error)")
            }
        }
        lines.append("\(passedCount) passed, \(failedCount) failed")
        return lines.joined(separator: "\n")
    }

    /// The coverage report against the dialogues, the taxonomy and the rule ids.
    public func coverageReport(dialogues: [Dialogue], riskFactors: [RiskFactorID], recommendations: [String]) -> String {
        var lines = ["Coverage:"]
        for dialogue in dialogues {
            let figures = coverage.figures(for: dialogue)
            lines.append(
                "  \(dialogue.name): states \(figures.states.covered)/\(figures.states.total), transitions \(figures.transitions.covered)/\(figures.transitions.total)")
            if !figures.unvisitedStates.isEmpty {
                lines.append("    states never visited: \(figures.unvisitedStates.joined(separator: ", "))")
            }
            if !figures.untakenTransitions.isEmpty {
                lines.append("    transitions never taken: \(figures.untakenTransitions.joined(separator: ", "))")
            }
        }
        let unseenFindings = riskFactors.filter { !coverage.findings.contains($0) }
        lines.append("  findings: \(riskFactors.count - unseenFindings.count)/\(riskFactors.count)")
        if !unseenFindings.isEmpty { lines.append("    never found: \(unseenFindings.map(\.rawValue).joined(separator: ", "))") }
        let unseenRecommendations = recommendations.filter { !coverage.recommendations.contains($0) }
        lines.append("  recommendations: \(recommendations.count - unseenRecommendations.count)/\(recommendations.count)")
        if !unseenRecommendations.isEmpty { lines.append("    never given: \(unseenRecommendations.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }
}
