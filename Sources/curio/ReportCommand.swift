import ArgumentParser
import CurioCore
import CurioStore
import Foundation

/// `curio report`: one consultation as a case note, in Markdown, JSON or HTML.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a consultation's case report: caller, child, findings, recommendations, open questions, transcript.",
        discussion: """
            ID is a consultation id from `curio cases` (its first 8 characters are enough when \
            they are unique). An ended consultation is reported from the summary saved at its \
            end; an open one from its answers so far. The HTML is one self-contained page that \
            prints on A4. A file written with --output is readable by you only (0600).
            """)

    @Argument(help: "The consultation id, or at least its first 8 characters.")
    var id: String

    @OptionGroup var store: CaseStoreOption

    @Option(help: "md, json or html (default: from the --output file's extension, else md).")
    var format: String?

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @OptionGroup var dialogues: DialoguesOption

    func validate() throws {
        if let format, ReportCommand.format(named: format) == nil {
            throw ValidationError("unknown --format \(format): use md, json or html")
        }
    }

    static func format(named name: String) -> ReportFormat? {
        switch name.lowercased() {
        case "md", "markdown": .markdown
        case "json": .json
        case "html", "htm": .html
        default: nil
        }
    }

    func run() throws {
        guard let caseStore = try store.openExisting(command: "report") else {
            StandardStreams.error("curio report: there is no case store at \(store.path).")
            throw ExitCode.failure
        }
        let record = try CaseStoreOption.run("report") { () -> CaseRecord in
            let full = try caseStore.resolve(id)
            guard let record = try caseStore.caseRecord(full) else {
                throw CaseJournalError(.notFound, "No consultation \(id) in the case store.")
            }
            return record
        }
        // The dialogues name the risk factors and rebuild an open consultation's summary; a
        // report is still made without them.
        let knowledge = try? dialogues.loadKnowledge()
        let report = CaseReport(record: record, knowledge: knowledge)
        let chosen = format.flatMap(Self.format(named:))
            ?? output.flatMap { Self.format(named: URL(fileURLWithPath: $0).pathExtension) } ?? .markdown
        let text = chosen.render(report)
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try PrivateFile.write(text, to: output)
        } catch {
            StandardStreams.error("curio report: cannot write \(output): \(error)")
            throw ExitCode.failure
        }
        StandardStreams.error("Wrote the report of consultation \(record.listing.id.prefix(8)) to \(output).")
    }
}

/// Writes a file only its owner can read: reports hold case details.
enum PrivateFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        _ = fchmod(descriptor, 0o600)
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: String(cString: strerror(errno)))
            }
            written += count
        }
    }
}
