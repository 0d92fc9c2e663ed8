import ArgumentParser
import CurioCore
import CurioStore
import Foundation

/// `curio cases`: the duty desk's list of consultations in the case store, newest first.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List the consultations in the case store, newest first.",
        discussion: """
            Shows when each consultation started, its dialogue, the caller's role, the highest \
            priority recommended, whether it is open or ended and how many answers it has. \
            `curio report ID` prints one in full (the first 8 characters of the id are enough).
            """)

    @OptionGroup var store: CaseStoreOption

    @Flag(help: "Only consultations not yet ended.")
    var open = false

    @Flag(help: "Only consultations started today (local time).")
    var today = false

    @Option(help: "Only consultations whose top priority is at least this: consider, high, urgent or emergency.")
    var priority: String?

    @Option(help: "At most this many consultations.")
    var limit: Int?

    @Flag(help: "Print a JSON array (full ids, UTC times).")
    var json = false

    func validate() throws {
        if let priority, Priority(rawValue: priority.lowercased()) == nil {
            throw ValidationError("unknown --priority \(priority): use consider, high, urgent or emergency")
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let path = store.path
        guard let caseStore = try store.openExisting(command: "cases") else {
            if json { StandardStreams.write("[]") } else { StandardStreams.error("No case store at \(path) yet: no consultation has been recorded.") }
            return
        }
        let filter = CaseFilter(
            openOnly: open, startedSince: today ? Calendar.current.startOfDay(for: Date()) : nil,
            minimumPriority: priority.flatMap { Priority(rawValue: $0.lowercased()) }, limit: limit)
        let cases = try CaseStoreOption.run("cases") { try caseStore.list(filter) }
        if json {
            StandardStreams.write(CasesTable.json(cases))
        } else if cases.isEmpty {
            StandardStreams.write(open || today || priority != nil ? "No consultation matches." : "No consultation recorded.")
        } else {
            StandardStreams.write(CasesTable.text(cases, timeZone: .current))
        }
    }
}

/// `--store PATH`, shared by `cases`, `report` and `purge`.
struct CaseStoreOption: ParsableArguments {
    @Option(name: .long, help: "The case store (default: $CURIO_STORE, else $XDG_DATA_HOME/curio/curio.sqlite, else ~/.local/share/curio/curio.sqlite).")
    var store: String?

    var path: String { store ?? DefaultPaths.store() }

    /// The store, or nil when there is none at the path (these commands never create one).
    func openExisting(command: String) throws -> SQLiteCaseStore? {
        let path = self.path
        if path != ":memory:" && !FileManager.default.fileExists(atPath: path) { return nil }
        return try Self.run(command) { try SQLiteCaseStore.openExisting(path: path) }
    }

    /// Runs a store call; a failure prints its one-line message and exits non-zero.
    static func run<T>(_ command: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CaseJournalError {
            StandardStreams.error("curio \(command): \(error.message)")
            throw ExitCode.failure
        }
    }
}

/// The text and JSON forms of the case list.
enum CasesTable {
    static func text(_ cases: [CaseListing], timeZone: TimeZone) -> String {
        let idLength = shortestUniquePrefix(cases.map(\.id), minimum: 8)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let rows: [[String]] = cases.map { listing in
            [
                String(listing.id.prefix(idLength)),
                time(listing.startedAt, calendar),
                listing.dialogue,
                clip(listing.callerRole ?? "-", 20),
                listing.topPriority?.rawValue.uppercased() ?? "none",
                listing.isOpen ? "open" : "ended",
                String(listing.turns),
            ]
        }
        let header = ["ID", "STARTED", "DIALOGUE", "CALLER", "TOP", "STATUS", "TURNS"]
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, value in
                column == row.count - 1
                    ? String(repeating: " ", count: widths[column] - value.count) + value
                    : value + String(repeating: " ", count: widths[column] - value.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    static func json(_ cases: [CaseListing]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(cases)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// The fewest leading characters (at least `minimum`) that tell the ids apart.
    static func shortestUniquePrefix(_ ids: [String], minimum: Int) -> Int {
        let longest = ids.map(\.count).max() ?? minimum
        var length = minimum
        while length < longest, Set(ids.map { $0.prefix(length) }).count < Set(ids).count { length += 1 }
        return length
    }

    private static func time(_ date: Date, _ calendar: Calendar) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    private static func clip(_ text: String, _ length: Int) -> String {
        let line = text.replacingOccurrences(of: "\n", with: " ")
        return line.count <= length ? line : String(line.prefix(length - 1)) + "…"
    }
}
