import Foundation
import Testing

/// `curio test`, `curio check`, `curio match --jsonl` and `curio bench-matcher` as a trainer
/// or a script runs them: exit codes, and what a bad input prints.
@Suite struct CommandLineTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = repository.appendingPathComponent(".build/debug/curio").path
    static var built: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    /// Runs curio and returns its exit code and everything it printed.
    func curio(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = Self.repository
        let out = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: built))
    func theShippedScriptsPassWithFullCoverage() throws {
        let run = try curio(["test", "--min-coverage", "1.0"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains(" passed, 0 failed"))
    }

    @Test(.enabled(if: built))
    func aFailingScriptExitsNonZeroWithADiffNamingItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("curio-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("wrong.curio")
        try "dialogue: duty-triage\nyou: yes\nexpect top consider\n".write(to: script, atomically: true, encoding: .utf8)
        let junit = folder.appendingPathComponent("junit.xml")
        let run = try curio(["test", script.path, "--junit", junit.path])
        #expect(run.status == 1)
        #expect(run.output.contains("wrong.curio:3: expect top consider"))
        #expect(run.output.contains("+ got:      top emergency"))
        #expect(try String(contentsOf: junit, encoding: .utf8).contains(#"failures="1""#))
    }

    @Test(.enabled(if: built))
    func checkPassesTheShippedDataAndNamesTheLineOfABrokenFile() throws {
        #expect(try curio(["check"]).status == 0)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("curio-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("dialogues"), to: folder)
        let triage = folder.appendingPathComponent("flows/duty-triage.yaml")
        let text = try String(contentsOf: triage, encoding: .utf8)
        try text.replacingOccurrences(of: "    next: neglect\n", with: "    next: nowhere\n")
            .write(to: triage, atomically: true, encoding: .utf8)
        let run = try curio(["check", folder.path])
        #expect(run.status == 1)
        #expect(run.output.contains("flows/duty-triage.yaml:"))
        #expect(run.output.contains("`nowhere`, which is not defined"))
    }

    @Test(.enabled(if: built))
    func aBatchAnswersEveryLineInOrderAndABadLineWithAnError() throws {
        let run = try curio(["match", "--jsonl"], input: "{\"id\":\"a\",\"text\":\"bruise on his cheek\"}\nnot json\n{\"id\":7}\n")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(run.status == 0)
        #expect(lines.count == 3)
        #expect(lines[0].contains("\"id\":\"a\"") && lines[0].contains("injury.bruising"))
        #expect(lines[1].contains("invalid_json"))
        #expect(lines[2].contains("missing_text") && lines[2].contains("\"id\":7"))
    }

    @Test(.enabled(if: built))
    func theMatcherBenchmarkReportsEveryRunAndItsLexiconAndRefusesNoRuns() throws {
        let texts = FileManager.default.temporaryDirectory.appendingPathComponent("curio-bench-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: texts) }
        try "{\"text\":\"bruise on his cheek\"}\n{\"text\":\"mum is drunk\"}\n".write(to: texts, atomically: true, encoding: .utf8)
        let run = try curio(["bench-matcher", "--texts", texts.path, "--count", "20", "--runs", "3"])
        #expect(run.status == 0)
        // Both corpora, each with its three runs listed after the median and the best.
        let lines = run.output.split(separator: "\n").filter { $0.contains("utterances/s") }
        #expect(lines.count == 2)
        for line in lines {
            #expect(line.contains("median") && line.contains("best") && line.contains("3 runs of 20: "))
        }
        // The lexicon as `curio match` and the server read it, unless asked for as compiled.
        #expect(run.output.contains("matching with the lexicon read from the cached snapshot (read in "))
        let compiled = try curio(["bench-matcher", "--texts", texts.path, "--count", "5", "--runs", "1", "--compiled"])
        #expect(compiled.status == 0)
        #expect(compiled.output.contains("matching with the lexicon as compiled"))
        let none = try curio(["bench-matcher", "--texts", texts.path, "--runs", "0"])
        #expect(none.status != 0)
        #expect(none.output.contains("--runs must be at least 1"))
    }
}
