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

    public let folder: URL
    public let binaryStamp: String

    public init(folder: URL, binaryStamp: String) {
        self.folder = folder
        self.binaryStamp = binaryStamp
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
        let (snapshot, origin) = Self.read(file, key: key)
        if let snapshot { return (snapshot, origin) }
        let lexicon = try Lexicon.load(from: directory, knownFactors: knownFactors)
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
    private static func read(_ file: URL, key: UInt64) -> (Lexicon?, Origin) {
        // Mapped, not read: reading copied the whole snapshot (7 MB) into fresh pages, which the
        // kernel zeroed first, about a tenth of a cold `curio match`.
        guard let data = try? Data(contentsOf: file, options: .alwaysMapped) else { return (nil, .compiledMissing) }
        guard data.count >= 16 else { return (nil, .compiledCorrupt) }
        // Read in place: copying a megabyte and a half twice showed in start-up profiles.
        return data.withUnsafeBytes { bytes in
            let storedKey = UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))
            let checksum = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            guard storedKey == key else { return (nil, .compiledStale) }
            let snapshot = UnsafeRawBufferPointer(rebasing: bytes[16...])
            var hash = SnapshotHash()
            hash.add(snapshot)
            guard hash.value == checksum, let lexicon = try? LexiconSnapshot.lexicon(from: snapshot) else {
                return (nil, .compiledCorrupt)
            }
            return (lexicon, .snapshot)
        }
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
        }
    }
}
