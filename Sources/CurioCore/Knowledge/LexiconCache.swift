import Foundation

/// Keeps each dialogues folder's compiled lexicon in a cache folder, so that a one-shot
/// `curio match` reads a snapshot (a few milliseconds) instead of parsing the lexicon's YAML
/// and compiling its patterns (most of its start-up).
///
/// A snapshot is used only when it is exactly what compiling would give now: its key is a
/// hash of every file under `lexicon/` and of `recommendations.yaml` (whose inferences that
/// combine situations it carries), the known risk-factor ids, `LexiconSnapshot`'s format
/// version and a stamp of the running binary (its path, size and modification time, so a
/// rebuilt `curio` never trusts a snapshot an older build wrote). A missing, stale or damaged
/// snapshot is ignored: the lexicon is compiled as always and the snapshot rewritten,
/// atomically (a temporary file renamed over it). Failing to write it is not an error.
///
/// The folder holds one snapshot per dialogues folder compiled, and those folders come and
/// go (copies, worktrees, a test's scratch folder), so each write also removes all but the
/// `kept` most recently written snapshots: a folder whose snapshot went pays one compile.
///
/// A snapshot is checked in full (its checksum, and every step of its pattern program) the
/// first time it is read after it was written; a file that passed is sealed as checked
/// (`SnapshotSeal`, a small file beside it naming the file's identity), and later starts that
/// find the same file under the seal skip those two checks, a third of a cold start's work.
///
/// File layout: the key (8 bytes), a checksum of the rest (8 bytes), then the snapshot.
public struct LexiconCache: Sendable {
    /// Where a lexicon came from, for tests and diagnostics.
    public enum Origin: Sendable, Equatable {
        case snapshot
        /// Compiled: there was no snapshot, it was for other files or another binary, or it
        /// was damaged.
        case compiledMissing
        case compiledStale
        case compiledCorrupt
    }

    public static let disableVariable = "CURIO_LEXICON_CACHE"

    /// How many snapshots the folder keeps by default: several dialogues folders in use at
    /// once stay cached, while the folder stays some tens of megabytes at most.
    public static let defaultKept = 8

    public let folder: URL
    public let binaryStamp: String
    /// Snapshots kept after a write (the one written among them).
    public let kept: Int
    /// Whether the lexicon's large tables are read where they lie in the mapped snapshot
    /// rather than copied out of it: for a one-shot command (`curio match "…"`), whose start
    /// it shortens by the copy and the zeroing of the memory copied into. Not for a process
    /// that runs on: see `SnapshotFile`. Read in place, the tables also lie in small pages,
    /// where the copy's region has huge ones, so matching many utterances is a little slower.
    public var borrowsTables = false
    /// How long after its last change a snapshot checked in full is sealed as checked
    /// (`SnapshotSeal`), in seconds: a file changed again within the same tick of the kernel's
    /// clock would keep its times, so a seal needs a file older than that. Tests shorten it.
    var sealsAfter: TimeInterval = 2

    /// Compiles a dialogues folder's lexicon when no current snapshot holds it: `Lexicon.load`.
    /// Tests of the cache's own logic give one that hands back a lexicon compiled once.
    var compile: @Sendable (URL, Set<RiskFactorID>) throws -> Lexicon = { try Lexicon.load(from: $0, knownFactors: $1) }

    public init(folder: URL, binaryStamp: String, kept: Int = LexiconCache.defaultKept) {
        self.folder = folder
        self.binaryStamp = binaryStamp
        self.kept = max(1, kept)
    }

    /// `$XDG_CACHE_HOME/curio`, else `~/.cache/curio`, stamped with the running binary; nil
    /// when `CURIO_LEXICON_CACHE` is `off` (or `0`, `no`).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> LexiconCache? {
        if let setting = environment[disableVariable], ["off", "0", "no", "false"].contains(setting.lowercased()) { return nil }
        let base: String
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
            base = cache
        } else {
            base = DefaultPaths.home(environment) + "/.cache"
        }
        return LexiconCache(folder: URL(fileURLWithPath: base).appendingPathComponent("curio"), binaryStamp: executableStamp())
    }

    /// The running binary's path, size and modification time.
    public static func executableStamp() -> String {
        #if os(Linux)
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        #else
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        #endif
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
        return "\(path)|\(size)|\(modified)"
    }

    /// The lexicon of the dialogues folder `directory`: from its snapshot when that is current,
    /// else compiled (and the snapshot written). Compile errors are thrown as by `Lexicon.load`.
    public func lexicon(for directory: URL, knownFactors: Set<RiskFactorID>) throws -> (lexicon: Lexicon, origin: Origin) {
        let key = self.key(for: directory, knownFactors: knownFactors)
        let file = snapshotFile(for: directory)
        let (snapshot, origin) = Self.read(file, key: key, borrowingTables: borrowsTables, settledAge: sealsAfter)
        if let snapshot { return (snapshot, origin) }
        // Processes that start together (a server and the commands beside it after an update,
        // a test run) compile once: the first to take the folder's lock compiles and writes,
        // the others wait for it and read what it wrote. Without the lock each compiled, the
        // whole start's cost again. A lock that cannot be had (no folder, no file) only costs
        // the compile it would have saved.
        let lock = CompileLock(for: file, in: folder)
        defer { lock.release() }
        if lock.isHeld, case (let written?, _) = Self.read(file, key: key, borrowingTables: borrowsTables, settledAge: sealsAfter) {
            return (written, .snapshot)
        }
        let lexicon = try compile(directory, knownFactors)
        write(lexicon, key: key, to: file)
        return (lexicon, origin)
    }

    /// One snapshot file per dialogues folder, named by a hash of its path.
    func snapshotFile(for directory: URL) -> URL {
        let name = String(SnapshotHash.of(Array(directory.standardizedFileURL.path.utf8)), radix: 16)
        return folder.appendingPathComponent("lexicon-\(name).snapshot")
    }

    /// What the snapshot must have been made from: the lexicon files (by relative path), the
    /// rule book (whose situation inferences it carries), the known factors, the format and the
    /// binary.
    func key(for directory: URL, knownFactors: Set<RiskFactorID>) -> UInt64 {
        var hash = SnapshotHash()
        hash.add("format \(LexiconSnapshot.formatVersion)")
        hash.add(binaryStamp)
        for id in knownFactors.map(\.rawValue).sorted() { hash.add(id) }
        let lexicon = directory.appendingPathComponent(Lexicon.folderName)
        let files = (FileManager.default.enumerator(atPath: lexicon.path)?.allObjects as? [String] ?? []).sorted()
        for relative in files {
            let url = lexicon.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            hash.add(relative)
            // An unreadable file gets its own mark: compiling will report it.
            if let data = FileManager.default.contents(atPath: url.path) { hash.add(Array(data)) } else { hash.add("unreadable") }
        }
        // The inferences that combine situations are read from the rule book (`Lexicon.combinations`).
        let rules = directory.appendingPathComponent(RuleBook.rulesFileName)
        hash.add(RuleBook.rulesFileName)
        if let data = FileManager.default.contents(atPath: rules.path) { hash.add(Array(data)) } else { hash.add("absent") }
        return hash.value
    }

    /// The snapshot's lexicon if it is current, and where the lexicon must come from.
    private static func read(_ file: URL, key: UInt64, borrowingTables: Bool, settledAge: TimeInterval) -> (Lexicon?, Origin) {
        // Mapped, not read: reading copied the whole snapshot into fresh pages, which the kernel
        // zeroed first, about a tenth of a cold `curio match`. Read in place from the mapping.
        guard let mapped = SnapshotFile(path: file.path) else { return (nil, .compiledMissing) }
        let bytes = mapped.bytes
        guard bytes.count >= 16 else { return (nil, .compiledCorrupt) }
        let storedKey = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
        let checksum = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        guard storedKey == key else { return (nil, .compiledStale) }
        let snapshot = UnsafeRawBufferPointer(rebasing: bytes[16...])
        let borrowed = borrowingTables ? mapped : nil
        // The very file checked in full at an earlier start, unchanged since: trusted as it was.
        if SnapshotSeal.read(for: file) == mapped.identity {
            guard let lexicon = try? LexiconSnapshot.lexicon(from: snapshot, borrowingFrom: borrowed, sealed: true) else {
                return (nil, .compiledCorrupt)
            }
            return (lexicon, .snapshot)
        }
        // The sum of the snapshot's bytes is taken on another thread while this one reads the
        // lexicon out of them (reading a damaged snapshot is safe): a lexicon is used only if
        // the sum agrees, as when the sum was taken first, but without waiting for it first.
        let sum = BackgroundChecksum(of: mapped, from: 16)
        let lexicon = try? LexiconSnapshot.lexicon(from: snapshot, borrowingFrom: borrowed)
        guard sum.value == checksum, let lexicon else {
            return (nil, .compiledCorrupt)
        }
        // Checked in full: sealed, so that later starts need not check it again, once its
        // times can tell a later change from it (`SnapshotSeal.isSettled`).
        if mapped.identity.isSettled(olderThan: settledAge) { mapped.identity.write(for: file) }
        return (lexicon, .snapshot)
    }

    private func write(_ lexicon: Lexicon, key: UInt64, to file: URL) {
        let snapshot = LexiconSnapshot.bytes(of: lexicon)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(snapshot.count + 16)
        withUnsafeBytes(of: key.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: SnapshotHash.of(snapshot).littleEndian) { bytes.append(contentsOf: $0) }
        bytes += snapshot
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: file, options: .atomic)
        } catch {
            // A read-only or full cache folder only costs the next run a compile.
            return
        }
        prune(besides: file)
    }

    /// Removes the oldest snapshots (by modification time) beyond `kept`, never `file`, the
    /// one just written. Only files named as this cache names its snapshots are touched; one
    /// that cannot be removed is left.
    func prune(besides file: URL) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        let written = file.lastPathComponent
        let others: [(url: URL, modified: Date)] = names.compactMap { name in
            guard name != written, name.hasPrefix("lexicon-"), name.hasSuffix(".snapshot") else { return nil }
            let url = folder.appendingPathComponent(name)
            let modified = (try? manager.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date ?? .distantPast
            return (url, modified)
        }
        guard others.count > kept - 1 else { return }
        for old in others.sorted(by: { $0.modified > $1.modified }).dropFirst(kept - 1) {
            try? manager.removeItem(at: old.url)
            try? manager.removeItem(at: CompileLock.file(for: old.url))
            try? manager.removeItem(at: SnapshotSeal.file(for: old.url))
        }
    }
}
