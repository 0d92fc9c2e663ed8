@testable import CurioCore
import Foundation
import Testing

/// The snapshot's byte form: a round trip gives the same lexicon, and bad bytes are an
/// error, never a crash.
@Suite("Lexicon snapshot")
struct LexiconSnapshotTests {
    /// The shipped lexicon's snapshot (some 90 MB: seconds to write or read in a debug build).
    static let bytes = LexiconSnapshot.bytes(of: MatcherFixture.matcher.lexicon)

    /// The small folder's snapshot (`SmallLexiconFixture`), for the tests of the layout's
    /// checks, which read it again and again: every kind of table is in it, in a fraction of
    /// the bytes.
    static let smallBytes = LexiconSnapshot.bytes(of: SmallLexiconFixture.lexicon)

    @Test func aRoundTripWritesTheSameBytes() throws {
        let restored = try LexiconSnapshot.lexicon(from: Self.bytes)
        // Dictionaries and sets are written in their (seeded) order, so compare the lexicons
        // through what they do and through a second snapshot's size.
        #expect(LexiconSnapshot.bytes(of: restored).count == Self.bytes.count)
        #expect("\(restored.summary)" == "\(MatcherFixture.matcher.lexicon.summary)")
        #expect(Matcher(lexicon: restored).match("no bruising but a mark on his cheek, 6/52")
            == MatcherFixture.matcher.match("no bruising but a mark on his cheek, 6/52"))
    }

    /// Every stored property, at every depth, comes back from the snapshot as it was compiled:
    /// a field added to the lexicon (or one of its tables) and left out of the snapshot code
    /// fails here, whether or not any test sentence happens to use it. The small folder's
    /// lexicon has every file and kind of rule of the shipped one, so every field is filled;
    /// walking the shipped one through `Mirror` took minutes of a debug run.
    @Test func everyFieldSurvivesTheRoundTrip() throws {
        let restored = try LexiconSnapshot.lexicon(from: Self.smallBytes)
        var differences: [String] = []
        Self.compare(SmallLexiconFixture.lexicon, restored, path: "lexicon", into: &differences)
        #expect(differences.isEmpty, "\(differences.prefix(10))")
    }

    /// Structural equality through `Mirror`: hashable values by `==` (sets and dictionaries
    /// whatever their order), collections element by element, dictionaries key by key, and
    /// everything else property by property. Differences are named by their path.
    static func compare(_ a: Any, _ b: Any, path: String, into differences: inout [String]) {
        if let x = a as? AnyHashable, let y = b as? AnyHashable {
            if x != y { differences.append(path) }
            return
        }
        let left = Mirror(reflecting: a)
        let right = Mirror(reflecting: b)
        switch left.displayStyle {
        case .dictionary:
            func entries(_ m: Mirror) -> [String: Any] {
                var map: [String: Any] = [:]
                for child in m.children {
                    let pair = Array(Mirror(reflecting: child.value).children)
                    map["\(pair[0].value)"] = pair[1].value
                }
                return map
            }
            let l = entries(left)
            let r = entries(right)
            guard l.keys.sorted() == r.keys.sorted() else { return differences.append(path + " (keys)") }
            for key in l.keys.sorted() { compare(l[key]!, r[key]!, path: path + "[\(key)]", into: &differences) }
        default:
            let l = Array(left.children)
            let r = Array(right.children)
            guard l.count == r.count else { return differences.append(path + " (count \(l.count) vs \(r.count))") }
            for (index, (x, y)) in zip(l, r).enumerated() {
                // A pattern index keeps its source patterns only to be compiled; matching reads
                // its flat tables, which are what the snapshot holds (see `PatternIndex`).
                if left.subjectType == PatternIndex.self, x.label == "patterns" { continue }
                // A program's offsets of its sets by their keys serve only `add`, while
                // compiling; a loaded program derives them if a pattern is added to it (see
                // `aPatternAddedToALoadedProgramSharesItsSets`).
                if left.subjectType == PatternProgram.self, x.label == "setOffsets" || x.label == "bitsOffsets" { continue }
                // Likewise the requirements' index of sets by offset (`PatternRequirements.add`).
                if left.subjectType == PatternRequirements.self, x.label == "setIndex" { continue }
                compare(x.value, y.value, path: path + "." + (x.label ?? "\(index)"), into: &differences)
            }
        }
    }

    /// A program read from a snapshot derives its set offsets only when a pattern is added to
    /// it, and that pattern then shares the sets already there, as it does in the program as
    /// compiled: no set is stored twice. Read with its steps in a table region too, which
    /// become an array again as the pattern is added.
    @Test(arguments: [false, true])
    func aPatternAddedToALoadedProgramSharesItsSets(inRegion: Bool) throws {
        let patterns = MatcherFixture.matcher.lexicon.cueIndex.patterns
        var built = PatternProgram()
        for pattern in patterns { built.add(pattern) }
        var writer = SnapshotWriter()
        writer.write(built)
        let region = inRegion ? TableRegion(capacity: 2 * writer.bytes.count) : nil
        var loaded = try writer.bytes.withUnsafeBytes { bytes in
            try SnapshotReader.reading(bytes, region: region) { try PatternProgram.read(from: &$0) }
        }
        #if os(Linux)
        #expect(loaded.steps.isInRegion == inRegion)
        #endif
        let withASet = try #require(patterns.first { pattern in
            pattern.slots.contains { if case .words(let keys) = $0 { keys.count > 1 && keys.count <= 8 } else { false } }
        })
        let keysBefore = built.setKeys.count
        built.add(withASet)
        loaded.add(withASet)
        #expect(built.setKeys.count == keysBefore)
        #expect(loaded.setKeys == built.setKeys)
        #expect(loaded.steps.count == built.steps.count)
        #expect(!loaded.steps.isInRegion)
    }

    /// Bytes no writer writes in the pattern tables are an error, never a trap: a step of an
    /// unknown kind (read as a record), and a pattern whose steps would run past the last.
    @Test func damagedPatternTablesAreErrors() throws {
        var program = PatternProgram()
        for pattern in MatcherFixture.matcher.lexicon.cueIndex.patterns.prefix(20) { program.add(pattern) }
        var writer = SnapshotWriter()
        writer.write(program)
        let bytes = writer.bytes
        func read(_ bytes: [UInt8]) throws -> PatternProgram {
            try bytes.withUnsafeBytes { raw in try SnapshotReader.reading(raw) { try PatternProgram.read(from: &$0) } }
        }
        _ = try read(bytes)
        // The steps: a count, zeros up to 8 bytes, then 12 bytes each, the kind first.
        var unknownKind = bytes
        unknownKind[8] = 0xFF
        #expect(throws: SnapshotReader.Failure.self) { try read(unknownKind) }
        // The starts follow the steps: a count, then one Int32 each, first 0 and last the steps'
        // count. The second made larger than every step: that pattern would run past the last.
        let stepCount = Int(UInt32(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }))
        let startsAt = 8 + stepCount * PatternProgram.Step.recordSize + 4
        var pastTheEnd = bytes
        withUnsafeBytes(of: Int32(stepCount + 1000).littleEndian) { value in
            for k in 0..<4 { pastTheEnd[startsAt + 4 + k] = value[k] }
        }
        #expect(throws: SnapshotReader.Failure.self) { try read(pastTheEnd) }
        // The padding before the steps is zeros: anything else is damage.
        var padding = bytes
        padding[5] = 1
        #expect(throws: SnapshotReader.Failure.self) { try read(padding) }
    }

    #if os(Linux)
    /// Steps read in place from a mapped snapshot are checked by the program as it reads them,
    /// in one pass (`PatternProgram.checkSteps`): a kind no writer writes, a set of words
    /// outside the program's keys and a gap of negative width are each an error, never a walk
    /// outside memory.
    @Test(arguments: ["unknown kind", "set outside the keys", "negative gap"])
    func damagedStepsReadInPlaceAreErrors(damage: String) throws {
        var program = PatternProgram()
        program.add(Pattern(slots: [.words([1]), .gap(2), .words([2, 3])], owner: 0))
        var writer = SnapshotWriter()
        writer.write(program)
        var bytes = writer.bytes
        func read(_ bytes: [UInt8]) throws -> PatternProgram {
            let file = try FlatTableTests.mapped(bytes)
            return try SnapshotReader.reading(file.bytes, borrowingFrom: file) { try PatternProgram.read(from: &$0) }
        }
        #expect(try read(bytes).steps.isBorrowed)
        // The steps: a count, zeros up to 8 bytes, then 12 bytes each (kind, three zeros, a, b).
        let step = { (k: Int) in 8 + k * PatternProgram.Step.recordSize }
        switch damage {
        case "unknown kind": bytes[step(0)] = 9
        case "set outside the keys": bytes[step(2) + 4] = 100
        default: withUnsafeBytes(of: Int32(-3).littleEndian) { for k in 0..<4 { bytes[step(1) + 4 + k] = $0[k] } }
        }
        #expect(throws: SnapshotReader.Failure.self) { try read(bytes) }
    }
    #endif

    /// The cues name their factor ids and files by place in a pool written once (`CueList`): a
    /// place outside the pool, or a reading no case has, is an error, and the round trip gives
    /// the same cues.
    @Test func damagedCueListsAreErrors() throws {
        let cues = [
            Cue(factors: ["injury.bruising"], reading: .present, also: [], text: "bruise", file: "a.yaml", line: 3),
            Cue(factors: ["parent.mental_health_untreated"], reading: .absent, also: ["parent.mental_health"], text: "on sertraline", file: "b.yaml", line: nil),
        ]
        var writer = SnapshotWriter()
        writer.write(CueList(cues: cues))
        let bytes = writer.bytes
        func read(_ bytes: [UInt8]) throws -> [Cue] {
            try bytes.withUnsafeBytes { raw in try SnapshotReader.reading(raw) { try CueList.read(from: &$0).cues } }
        }
        let restored = try read(bytes)
        #expect(restored.map(\.factors) == cues.map(\.factors) && restored.map(\.also) == cues.map(\.also))
        #expect(restored.map(\.reading) == cues.map(\.reading) && restored.map(\.file) == cues.map(\.file))
        #expect(restored.map(\.text) == cues.map(\.text) && restored.map(\.line) == cues.map(\.line))
        // The pool is written first (a count, then each string as its length and bytes); the
        // first cue follows: the count of cues (8 bytes), its factors' count (4) and place (4),
        // then its reading's case (1).
        let poolBytes = 4 + ["injury.bruising", "a.yaml", "parent.mental_health_untreated", "parent.mental_health", "b.yaml"].reduce(0) { $0 + 4 + $1.utf8.count }
        var outsideThePool = bytes
        outsideThePool[poolBytes + 8 + 4] = 99
        #expect(throws: SnapshotReader.Failure.self) { try read(outsideThePool) }
        var unknownReading = bytes
        unknownReading[poolBytes + 8 + 4 + 4] = 40
        #expect(throws: SnapshotReader.Failure.self) { try read(unknownReading) }
    }

    @Test func aLeftOutFieldIsFound() {
        let lexicon = SmallLexiconFixture.lexicon
        #expect(!lexicon.age.dayAfter.isEmpty)
        var changed = lexicon
        changed.age.dayAfter = []
        // Compared from the age readers' words down (the whole lexicon, above, is walked once).
        var differences: [String] = []
        Self.compare(lexicon.age, changed.age, path: "lexicon.age", into: &differences)
        #expect(differences == ["lexicon.age.dayAfter"])
    }

    @Test func everyTruncationIsAnError() throws {
        // Every length would take minutes; a spread of cuts reaches every part of the layout
        // (of the small folder's snapshot: each cut is read up to where it ends).
        let bytes = Self.smallBytes
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(throws: SnapshotReader.Failure.self) { try LexiconSnapshot.lexicon(from: Array(bytes.prefix(length))) }
        }
        #expect(throws: SnapshotReader.Failure.self) { try LexiconSnapshot.lexicon(from: Array(bytes.dropLast())) }
        #expect(try LexiconSnapshot.lexicon(from: bytes).cues.count == SmallLexiconFixture.lexicon.cues.count)
    }

    @Test func anotherFormatVersionOrMagicIsRefused() {
        var version = Self.smallBytes
        version[LexiconSnapshot.magic.count] &+= 1
        #expect(throws: SnapshotReader.Failure.self) { try LexiconSnapshot.lexicon(from: version) }
        var magic = Self.smallBytes
        magic[0] = UInt8(ascii: "X")
        #expect(throws: SnapshotReader.Failure.self) { try LexiconSnapshot.lexicon(from: magic) }
        #expect(throws: SnapshotReader.Failure.self) { try LexiconSnapshot.lexicon(from: Self.smallBytes + [0]) }
    }

    @Test func aHugeCountIsRefusedWithoutAllocating() {
        var writer = SnapshotWriter()
        writer.append(UInt32.max)
        #expect(throws: SnapshotReader.Failure.self) {
            try writer.bytes.withUnsafeBytes { raw in try SnapshotReader.reading(raw) { try $0.read([Int32].self) } }
        }
    }
}
