import ArgumentParser
import CurioCore
import CurioStore
import Foundation

/// `curio purge`: deletes ended consultations past the retention period.
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Delete ended consultations older than a number of days.",
        discussion: """
            A consultation is purged when it ended more than DAYS days ago; open consultations \
            are never purged. The deleted records are overwritten in the file, not just unlinked.
            """)

    @Option(name: .customLong("older-than"), help: "Delete consultations that ended more than this many days ago.")
    var olderThan: Int

    @OptionGroup var store: CaseStoreOption

    @Flag(name: .customLong("dry-run"), help: "Only say how many would be deleted.")
    var dryRun = false

    func validate() throws {
        if olderThan < 0 { throw ValidationError("--older-than must be 0 or more days") }
    }

    func run() throws {
        guard let caseStore = try store.openExisting(command: "purge") else {
            StandardStreams.write("Nothing to purge: there is no case store at \(store.path).")
            return
        }
        let cutoff = Date().addingTimeInterval(-Double(olderThan) * 86_400)
        let days = olderThan == 1 ? "1 day" : "\(olderThan) days"
        if dryRun {
            let count = try CaseStoreOption.run("purge") { try caseStore.countPurgeable(endedBefore: cutoff) }
            StandardStreams.write("Would delete \(Self.consultations(count)) that ended more than \(days) ago.")
            return
        }
        let count = try CaseStoreOption.run("purge") { try caseStore.purge(endedBefore: cutoff) }
        StandardStreams.write("Deleted \(Self.consultations(count)) that ended more than \(days) ago (open consultations are kept).")
    }

    static func consultations(_ count: Int) -> String {
        count == 1 ? "1 consultation" : "\(count) consultations"
    }
}
