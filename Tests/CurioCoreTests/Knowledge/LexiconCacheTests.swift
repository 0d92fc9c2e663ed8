@testable import CurioCore
import Foundation
import Testing

/// The compiled-lexicon cache: a current snapshot is used, and a missing, stale or damaged
/// one (or a folder it cannot be written to) only costs a compile, never a wrong lexicon.
@Suite("Lexicon cache")
struct LexiconCacheTests {
    /// A scratch folder, removed when the test ends.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("curio-cache-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    let scratch: Scratch
    let cache: LexiconCache

    init() throws {
        scratch = try Scratch()
        cache = Self.compilingOnce(LexiconCache(folder: scratch.url.appendingPathComponent("cache"), binaryStamp: "test binary"))
    }

    /// `cache`, compiling as it does except for the shipped dialogues folder and the small one,
    /// whose lexicons the fixtures compiled once: in a debug build each compile of the shipped
    /// one took seconds, some twenty of them in this suite, and what is tested here (when the
    /// cache compiles, what it writes and reads back) is the same whichever compile it calls.
    /// Changed copies of a folder are compiled for real.
    static func compilingOnce(_ cache: LexiconCache) -> LexiconCache {
        var cache = cache
        cache.compile = { directory, known in
            guard known == MatcherFixture.knownFactors else { return try Lexicon.load(from: directory, knownFactors: known) }
            switch directory {
            case MatcherFixture.dialogues: return MatcherFixture.matcher.lexicon
            case SmallLexiconFixture.dialogues: return SmallLexiconFixture.lexicon
            default: return try Lexicon.load(from: directory, knownFactors: known)
            }
        }
        return cache
    }

    /// The folder most tests here use: the small one (`SmallLexiconFixture`). Only the tests that
    /// a snapshot of the shipped lexicon matches and explains as the compiled one use the shipped
    /// folder: its snapshot is some 90 MB, written and read back in a debug build in seconds.
    static let small = SmallLexiconFixture.dialogues

    /// A copy of the small dialogues folder that a test may change.
    func copiedDialogues() throws -> URL {
        let copy = scratch.url.appendingPathComponent("dialogues")
        try FileManager.default.copyItem(at: Self.small, to: copy)
        return copy
    }

    func load(_ dialogues: URL, with cache: LexiconCache? = nil) throws -> (lexicon: Lexicon, origin: LexiconCache.Origin) {
        try (cache ?? self.cache).lexicon(for: dialogues, knownFactors: MatcherFixture.knownFactors)
    }

    /// The holdout texts: utterances written apart from the lexicon.
    static let texts: [String] = {
        let file = MatcherFixture.dialogues.deletingLastPathComponent()
            .appendingPathComponent("Tests/Fixtures/holdout/matcher-holdout.jsonl")
        let lines = (try? String(contentsOf: file, encoding: .utf8))?.split(separator: "\n") ?? []
        return lines.compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
        } + ["no bruising but a mark on his cheek", "I'm the HV, 6/52 baby, mum's 30 weeks", "?# ribs", ""]
    }()

    @Test func aMissingSnapshotIsCompiledThenWritten() throws {
        let first = try load(Self.small)
        #expect(first.origin == .compiledMissing)
        #expect(FileManager.default.fileExists(atPath: cache.snapshotFile(for: Self.small).path))
        #expect(try load(Self.small).origin == .snapshot)
    }

    /// A one-shot command's lexicon reads its large tables where they lie in the mapped
    /// snapshot: it matches exactly as the compiled lexicon does.
    @Test func tablesReadInPlaceMatchAsTheCompiledLexicon() throws {
        let compiled = Matcher(lexicon: try load(MatcherFixture.dialogues).lexicon)
        var borrowing = cache
        borrowing.borrowsTables = true
        let loaded = try load(MatcherFixture.dialogues, with: borrowing)
        #expect(loaded.origin == .snapshot)
        #if os(Linux)
        #expect(loaded.lexicon.cueIndex.program.steps.isBorrowed)
        #endif
        let restored = Matcher(lexicon: loaded.lexicon)
        for text in Self.texts {
            #expect(restored.match(text) == compiled.match(text), "\(text)")
        }
    }

    @Test func aSnapshotMatchesAndExplainsExactlyAsTheCompiledLexicon() throws {
        #expect(Self.texts.count > 100)
        let compiled = Matcher(lexicon: try load(MatcherFixture.dialogues).lexicon)
        let loaded = try load(MatcherFixture.dialogues)
        #expect(loaded.origin == .snapshot)
        let restored = Matcher(lexicon: loaded.lexicon)
        #expect("\(restored.lexicon.summary)" == "\(compiled.lexicon.summary)")
        for text in Self.texts {
            #expect(restored.match(text) == compiled.match(text), "\(text)")
            #expect(restored.explain(text) == compiled.explain(text), "\(text)")
        }
    }

    @Test func aChangedLexiconFileMakesTheSnapshotStale() throws {
        let dialogues = try copiedDialogues()
        _ = try load(dialogues)
        let file = dialogues.appendingPathComponent("lexicon/factors/injury.bruising.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "factor: injury.bruising", with: "factor: injury.bruising\n# edited")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try load(dialogues).origin == .compiledStale)
        #expect(try load(dialogues).origin == .snapshot)
    }

    /// The snapshot carries the rule book's inferences that combine situations: restored, they
    /// are the compiled ones, and a changed recommendations.yaml makes the snapshot stale.
    @Test func theSituationInferencesTravelWithTheSnapshot() throws {
        let dialogues = try copiedDialogues()
        let compiled = try load(dialogues)
        #expect(!compiled.lexicon.combinations.isEmpty)
        let restored = try load(dialogues)
        #expect(restored.origin == .snapshot)
        #expect(restored.lexicon.combinations == compiled.lexicon.combinations)
        let text = "Mum is very drunk. She is alone with the baby."
        #expect(Matcher(lexicon: restored.lexicon).match(text).status(of: .immediateDanger) == .present)
        let file = dialogues.appendingPathComponent(RuleBook.rulesFileName)
        let rules = try String(contentsOf: file, encoding: .utf8)
        let edited = rules.replacingOccurrences(of: "    same_carer: [now.carer_impaired, now.sole_care]\n    reason: \"a carer unable",
            with: "    reason: \"a carer unable")
        try #require(edited != rules)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let changed = try load(dialogues)
        #expect(changed.origin == .compiledStale)
        #expect(changed.lexicon.combinations != compiled.lexicon.combinations)
    }

    @Test func aNewCueIsHeardAfterItsFileChanges() throws {
        let dialogues = try copiedDialogues()
        #expect(Matcher(lexicon: try load(dialogues).lexicon).match("a zorblax on his arm").findings.isEmpty)
        let file = dialogues.appendingPathComponent("lexicon/factors/injury.bruising.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        // The new cue goes first under `present:`, whatever the file's first cue or comment is
        // (the edit is checked: an edit that changed nothing let the old snapshot stand).
        let edited = text.replacingOccurrences(of: "\npresent:\n", with: "\npresent:\n  - zorblax\n")
        try #require(edited != text)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let reloaded = try load(dialogues)
        #expect(reloaded.origin == .compiledStale)
        #expect(Matcher(lexicon: reloaded.lexicon).match("a zorblax on his arm").status(of: "injury.bruising") == .present)
    }

    @Test func anotherBinaryMakesTheSnapshotStale() throws {
        _ = try load(Self.small)
        let rebuilt = Self.compilingOnce(LexiconCache(folder: cache.folder, binaryStamp: "another binary"))
        #expect(try load(Self.small, with: rebuilt).origin == .compiledStale)
        #expect(try load(Self.small, with: rebuilt).origin == .snapshot)
    }

    @Test(arguments: ["flipped byte", "truncated", "empty", "header only"])
    func aDamagedSnapshotIsCompiledAndRewritten(damage: String) throws {
        _ = try load(Self.small)
        let file = cache.snapshotFile(for: Self.small)
        var bytes = [UInt8](try Data(contentsOf: file))
        switch damage {
        case "flipped byte": bytes[bytes.count / 2] ^= 0x40
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "empty": bytes = []
        default: bytes = Array(bytes.prefix(16))
        }
        try Data(bytes).write(to: file)
        let reloaded = try load(Self.small)
        #expect(reloaded.origin == .compiledCorrupt)
        #expect("\(reloaded.lexicon.summary)" == "\(SmallLexiconFixture.lexicon.summary)")
        #expect(try load(Self.small).origin == .snapshot)
    }

    /// `cache`, sealing a checked snapshot however recently it was written (tests read a
    /// snapshot moments after writing it; the standard cache waits for its times to settle).
    var sealingAtOnce: LexiconCache {
        var cache = self.cache
        cache.sealsAfter = 0
        return cache
    }

    /// Changes one byte of `file` where it lies (the same file, the same size), as damage
    /// would, after a pause long enough for the kernel's clock to move on.
    func damageInPlace(_ file: URL, at offset: UInt64) throws {
        Thread.sleep(forTimeInterval: 0.05)
        let handle = try FileHandle(forUpdating: file)
        defer { try? handle.close() }
        try handle.seek(toOffset: offset)
        let byte = try #require(try handle.read(upToCount: 1)?.first)
        try handle.seek(toOffset: offset)
        try handle.write(contentsOf: [byte ^ 0x40])
    }

    /// A snapshot is checked in full at its first read and then sealed beside it with the
    /// file's identity; a later read of the same file trusts the seal.
    @Test func aCheckedSnapshotIsSealedWithItsIdentity() throws {
        let cache = sealingAtOnce
        let file = cache.snapshotFile(for: Self.small)
        #expect(try load(Self.small, with: cache).origin == .compiledMissing)
        // Written by the compile, not yet checked by a read: no seal.
        #expect(SnapshotSeal.read(for: file) == nil)
        #expect(try load(Self.small, with: cache).origin == .snapshot)
        let seal = try #require(SnapshotSeal.read(for: file))
        #expect(seal == SnapshotFile(path: file.path)?.identity)
        let sealed = try load(Self.small, with: cache)
        #expect(sealed.origin == .snapshot)
        #expect("\(sealed.lexicon.summary)" == "\(SmallLexiconFixture.lexicon.summary)")
    }

    /// What the seal is trusted for: a file under a seal naming it is not checked again, so a
    /// seal forged for a damaged file (its checksum no longer agreeing) lets it be read. Only
    /// the cache writes seals, for files it checked; this shows the trust, not a use.
    @Test func aSealIsTrustedOnlyForTheFileItNames() throws {
        let cache = sealingAtOnce
        let file = cache.snapshotFile(for: Self.small)
        _ = try load(Self.small, with: cache)
        // The stored checksum's first byte (after the 8-byte key) changed: the bytes read are intact.
        try damageInPlace(file, at: 8)
        try #require(SnapshotFile(path: file.path)?.identity).write(for: file)
        #expect(try load(Self.small, with: cache).origin == .snapshot)
        try FileManager.default.removeItem(at: SnapshotSeal.file(for: file))
        #expect(try load(Self.small, with: cache).origin == .compiledCorrupt)
    }

    /// Damage to a sealed snapshot after its check, in place and at its size, changes the
    /// file's times: the seal no longer names it, the checksum is taken again, and the damaged
    /// snapshot is compiled over, as an unsealed one is.
    @Test func aSnapshotChangedAfterItsSealIsCheckedAgain() throws {
        let cache = sealingAtOnce
        let file = cache.snapshotFile(for: Self.small)
        _ = try load(Self.small, with: cache)
        _ = try load(Self.small, with: cache)
        let seal = try #require(SnapshotSeal.read(for: file))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber).uint64Value
        try damageInPlace(file, at: size / 2)
        #expect(SnapshotFile(path: file.path)?.identity != seal)
        let reloaded = try load(Self.small, with: cache)
        #expect(reloaded.origin == .compiledCorrupt)
        #expect("\(reloaded.lexicon.summary)" == "\(SmallLexiconFixture.lexicon.summary)")
        #expect(try load(Self.small, with: cache).origin == .snapshot)
    }

    /// A snapshot written moments ago is read checked in full but not sealed: a change within
    /// the same tick of the kernel's clock could leave its times as they were.
    @Test func aSnapshotWrittenMomentsAgoIsNotSealed() throws {
        _ = try load(Self.small)
        #expect(try load(Self.small).origin == .snapshot)
        #expect(SnapshotSeal.read(for: cache.snapshotFile(for: Self.small)) == nil)
    }

    /// A seal file that is not one (another program's, cut short) is no seal.
    @Test(arguments: ["", "curio snapshot checked 1\n1 2 3\n", "something else\n1 2 3 4 5 6 7\n"])
    func aMalformedSealIsNoSeal(text: String) throws {
        let cache = sealingAtOnce
        let file = cache.snapshotFile(for: Self.small)
        _ = try load(Self.small, with: cache)
        try Data(text.utf8).write(to: SnapshotSeal.file(for: file))
        #expect(SnapshotSeal.read(for: file) == nil)
        #expect(try load(Self.small, with: cache).origin == .snapshot)
        #expect(SnapshotSeal.read(for: file) == SnapshotFile(path: file.path)?.identity)
    }

    @Test func anUnwritableCacheFolderOnlyCostsACompile() throws {
        // A file where the folder should be: no permission trick needed (tests may run as root).
        let blocked = scratch.url.appendingPathComponent("blocked")
        try Data("not a folder".utf8).write(to: blocked)
        let cache = Self.compilingOnce(LexiconCache(folder: blocked.appendingPathComponent("curio"), binaryStamp: "test binary"))
        let first = try load(Self.small, with: cache)
        #expect(first.origin == .compiledMissing)
        #expect("\(first.lexicon.summary)" == "\(SmallLexiconFixture.lexicon.summary)")
        #expect(try load(Self.small, with: cache).origin == .compiledMissing)
    }

    /// Snapshots of folders compiled long ago (copies, scratch folders) are removed when a new
    /// one is written, oldest first, down to `kept`; files the cache did not name are left.
    @Test func aWriteKeepsOnlyTheNewestSnapshots() throws {
        let folder = scratch.url.appendingPathComponent("pruned")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let now = Date()
        for age in 1...10 {
            let old = folder.appendingPathComponent("lexicon-old\(age).snapshot")
            try Data("stale".utf8).write(to: old)
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(Double(-age) * 86_400)], ofItemAtPath: old.path)
        }
        try Data("not ours".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        // A removed snapshot's seal goes with it; a kept one's stays.
        try Data("seal".utf8).write(to: folder.appendingPathComponent("lexicon-old1.snapshot.checked"))
        try Data("seal".utf8).write(to: folder.appendingPathComponent("lexicon-old9.snapshot.checked"))
        let cache = Self.compilingOnce(LexiconCache(folder: folder, binaryStamp: "test binary", kept: 4))
        #expect(try load(Self.small, with: cache).origin == .compiledMissing)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        let written = cache.snapshotFile(for: Self.small).lastPathComponent
        // The written snapshot's compile lock stays beside it; the removed ones' locks (none here) go.
        #expect(left == [written, written + ".lock", "lexicon-old1.snapshot", "lexicon-old1.snapshot.checked", "lexicon-old2.snapshot",
                         "lexicon-old3.snapshot", "notes.txt"])
        // Reading a current snapshot writes nothing, so removes nothing.
        try Data("stale".utf8).write(to: folder.appendingPathComponent("lexicon-new.snapshot"))
        #expect(try load(Self.small, with: cache).origin == .snapshot)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == left.count + 1)
    }

    /// Two loads at once of a folder with no snapshot (two processes started together) compile
    /// once: the second waits for the first's lock, then reads the snapshot it wrote. Each runs
    /// on a thread of its own, and the compile takes a while, so without the lock both compile.
    @Test func loadsAtOnceCompileOnce() throws {
        let compiles = Counter()
        var cache = LexiconCache(folder: scratch.url.appendingPathComponent("together"), binaryStamp: "test binary")
        cache.compile = { _, _ in
            compiles.add()
            Thread.sleep(forTimeInterval: 0.5)
            return SmallLexiconFixture.lexicon
        }
        let origins = Counter()
        let done = DispatchSemaphore(value: 0)
        for _ in 0..<2 {
            Thread { [cache] in
                if (try? cache.lexicon(for: Self.small, knownFactors: MatcherFixture.knownFactors).origin) == .snapshot { origins.add() }
                done.signal()
            }.start()
        }
        done.wait()
        done.wait()
        #expect(compiles.value == 1)
        #expect(origins.value == 1)
        #expect(FileManager.default.fileExists(atPath: CompileLock.file(for: cache.snapshotFile(for: Self.small)).path))
    }

    /// A count kept across threads.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    @Test func lexiconErrorsAreStillReported() throws {
        let dialogues = try copiedDialogues()
        try "factor: injury.bruising\npresent:\n  - mark on {nosuchclass}\n"
            .write(to: dialogues.appendingPathComponent("lexicon/factors/injury.bruising.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: DataFileError.self) { try load(dialogues) }
        #expect(throws: DataFileError.self) { try load(dialogues) }
    }

    @Test func theStandardFolderFollowsXDGAndCanBeSwitchedOff() {
        #expect(LexiconCache.standard(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"])?.folder.path == "/x/cache/curio")
        #expect(LexiconCache.standard(environment: ["HOME": "/home/u"])?.folder.path == "/home/u/.cache/curio")
        #expect(LexiconCache.standard(environment: ["HOME": "/home/u", LexiconCache.disableVariable: "off"]) == nil)
    }
}
