import ArgumentParser
import CurioClient
import CurioCore
import Foundation

/// `curio test PATH...`: runs trainers' dialogue test scripts, in-process or against a running
/// server, with a readable diff for each failure, JUnit XML and coverage.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run dialogue test scripts (*.curio files or folders of them).")

    @OptionGroup var options: DialoguesOption

    @Argument(help: "Script files or folders (default: the tests folder of the dialogues).")
    var paths: [String] = []

    @Option(help: "Run against the server on this socket instead of in-process.")
    var socket: String?

    @Option(help: "Write JUnit XML here.")
    var junit: String?

    @Flag(help: "Report the states, transitions, findings and recommendations the scripts reach.")
    var coverage = false

    @Option(name: .customLong("min-coverage"), help: "Fail when a dialogue's state or transition coverage is below this (0 to 1).")
    var minCoverage: Double?

    func validate() throws {
        if let minCoverage, !(0...1).contains(minCoverage) { throw ValidationError("--min-coverage is between 0 and 1") }
        if socket != nil && (coverage || minCoverage != nil) {
            throw ValidationError("coverage is measured in-process only; drop --socket")
        }
    }

    func run() throws {
        let knowledge = try options.loadKnowledge()
        let roots = paths.isEmpty ? [knowledge.directory.appendingPathComponent("tests").path] : paths
        let sources = try ScriptFiles.collect(roots)
        guard !sources.isEmpty else {
            StandardStreams.error("curio test: no *.\(ScriptParser.fileExtension) scripts in \(roots.joined(separator: ", "))")
            throw ExitCode(2)
        }
        var suite = ScriptSuite()
        if let socket {
            suite.run(sources) { SocketScriptDriver(socketPath: socket) }
        } else {
            suite.run(sources) { InProcessScriptDriver(knowledge: knowledge) }
        }
        StandardStreams.write(suite.report())
        if let junit {
            do {
                try Data(JUnitReport.render(suite).utf8).write(to: URL(fileURLWithPath: junit))
            } catch {
                StandardStreams.error("curio test: cannot write \(junit): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        var belowMinimum: [String] = []
        if coverage || minCoverage != nil {
            let dialogues = knowledge.dialogues.keys.sorted().compactMap { knowledge.dialogues[$0] }
            StandardStreams.write(
                suite.coverageReport(
                    dialogues: dialogues, riskFactors: knowledge.riskFactors.factors.map(\.id),
                    recommendations: knowledge.recommender.rules.rules.map(\.id)))
            if let minCoverage {
                for dialogue in dialogues where suite.coverage.figures(for: dialogue).ratio < minCoverage {
                    belowMinimum.append(dialogue.name)
                }
                if !belowMinimum.isEmpty {
                    StandardStreams.error("curio test: coverage below \(minCoverage) for \(belowMinimum.joined(separator: ", "))")
                }
            }
        }
        if suite.failedCount > 0 || !belowMinimum.isEmpty { throw ExitCode(1) }
    }
}

/// Finds script files: files as given, folders searched recursively for `*.curio`.
enum ScriptFiles {
    static func collect(_ paths: [String]) throws -> [ScriptSuite.Source] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ValidationError("no such file or folder: \(path)")
            }
            if isFolder.boolValue {
                let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
                files += found.filter { $0.hasSuffix(".\(ScriptParser.fileExtension)") }.sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return try files.map { file in
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            return ScriptSuite.Source(file: file, text: String(decoding: data, as: UTF8.self))
        }
    }
}
