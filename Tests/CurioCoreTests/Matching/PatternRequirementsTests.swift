@testable import CurioCore
import Testing

/// What a pattern needs in an utterance before it is walked (`PatternRequirements`): the
/// check turns a pattern away only when one of its recorded slots has no word in the
/// utterance; shared sets are stored and asked about once. That it never turns away a pattern
/// that matches is shown on generated patterns by `PatternSearchTests`.
@Suite("Pattern requirements")
struct PatternRequirementsTests {
    private static func keyed(_ keys: [Int32]) -> KeyedTokens {
        let tokens = keys.enumerated().map { i, key in
            var token = Token(kind: .word, start: i, end: i + 1, text: "w")
            token.key = key
            return token
        }
        return KeyedTokens(tokens, barrier: Array(repeating: false, count: tokens.count))
    }

    /// Whether the check lets pattern `p` of `program` be walked over `keys`.
    private static func mayMatch(_ program: PatternProgram, _ p: Int, over keys: [Int32]) -> Bool {
        let tokens = keyed(keys)
        return program.withWalker(over: tokens) { walker in
            tokens.present.withUnsafeBufferPointer { present in
                program.requirements.withCheck(setKeys: walker.setKeys, present: present) { $0.mayMatch(p) }
            }
        }
    }

    @Test func aSetUsedByManyPatternsIsStoredOnce() {
        var program = PatternProgram()
        for first: Int32 in [1, 2, 3] {
            program.add(Pattern(slots: [.words([first]), .gap(2), .words([10, 11, 12])], owner: 0))
        }
        program.add(Pattern(slots: [.words([4]), .words([12, 11, 10])], owner: 1))
        #expect(program.setKeys == [10, 11, 12])
        #expect(program.requirements.sets.count == 1)
        #expect(program.requirements.records.map(\.set1) == [0, 0, 0, 0])
    }

    @Test func aPatternWhoseWordOrSetIsNowhereIsTurnedAway() {
        var program = PatternProgram()
        // "bruise ... on ... {cheek, face, ear}": a word and a set after the first slot.
        program.add(Pattern(slots: [.words([1]), .gap(3), .words([2]), .words([5, 6, 7])], owner: 0))
        #expect(Self.mayMatch(program, 0, over: [1, 2, 6]))
        #expect(Self.mayMatch(program, 0, over: [6, 9, 2, 1]), "the check asks whether, not where")
        #expect(!Self.mayMatch(program, 0, over: [1, 9, 6]), "the word 2 is missing")
        #expect(!Self.mayMatch(program, 0, over: [1, 2, 9]), "no word of the set")
        #expect(!Self.mayMatch(program, 0, over: []))
    }

    @Test func theFirstSlotNumbersAndLargeSetsAreNotRequired() {
        var program = PatternProgram()
        let many = Set((20..<40).map(Int32.init))
        program.add(Pattern(slots: [.words([1]), .number, .words(many)], owner: 0))
        let record = program.requirements.records[0]
        #expect(record.word1 == -1 && record.set1 == -1)
        // Nothing recorded: the walk decides, even over tokens that hold none of its words.
        #expect(Self.mayMatch(program, 0, over: [9]))
    }

    /// An empty set of words can match nothing: the walk refuses it, and the record, which
    /// leaves it out, must stay beside its own pattern.
    @Test func anEmptySetIsLeftToTheWalk() {
        var program = PatternProgram()
        program.add(Pattern(slots: [.words([1]), .words([])], owner: 0))
        program.add(Pattern(slots: [.words([1]), .words([2])], owner: 1))
        #expect(program.requirements.records.count == 2)
        #expect(Self.mayMatch(program, 0, over: [1, 2]))
        #expect(!Self.mayMatch(program, 1, over: [1, 3]))
        var index = PatternIndex()
        index.add(Pattern(slots: [.words([1]), .words([])], owner: 0))
        index.seal()
        #expect(index.longestMatches(Self.keyed([1, 2])).isEmpty)
    }

    /// Stored in the snapshot rather than derived again: read back, the requirements are
    /// the ones the program was built with.
    @Test func aLoadedProgramHasTheSameRequirements() throws {
        var program = PatternProgram()
        program.add(Pattern(slots: [.words([1]), .words([2, 3]), .gap(2), .words([4])], owner: 0))
        program.add(Pattern(slots: [.words([5]), .words([3, 2]), .words([6, 7])], owner: 1))
        var writer = SnapshotWriter()
        writer.write(program)
        let loaded = try writer.bytes.withUnsafeBytes { bytes in
            try SnapshotReader.reading(bytes) { try $0.read(PatternProgram.self) }
        }
        #expect(loaded.requirements.sets.count == program.requirements.sets.count)
        for p in 0..<2 {
            let (a, b) = (loaded.requirements.records[p], program.requirements.records[p])
            #expect(a.word1 == b.word1 && a.word2 == b.word2 && a.set1 == b.set1 && a.set2 == b.set2)
        }
    }

    /// Requirements read from a snapshot are checked against their program: a record naming
    /// a set that is not there, a set outside the program's keys, or a record too few or too
    /// many are refused (the search reads them through unchecked buffers).
    @Test func requirementsThatDoNotFitTheirProgramAreRefused() throws {
        var program = PatternProgram()
        program.add(Pattern(slots: [.words([1]), .words([2, 3]), .words([4])], owner: 0))
        let requirements = program.requirements
        #expect(requirements.fit(patterns: 1, setKeyCount: program.setKeys.count))
        #expect(!requirements.fit(patterns: 2, setKeyCount: program.setKeys.count))
        #expect(!requirements.fit(patterns: 1, setKeyCount: 1))
        // The records' table: a count, zeros up to 8 bytes, then 16 bytes each (word1, word2,
        // set1, set2); the first record's set1 made to name a set that is not there.
        var writer = SnapshotWriter()
        writer.write(requirements)
        var bytes = writer.bytes
        #expect(Int32(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 16, as: Int32.self) }) == 0)
        bytes[16] = 7
        let damaged = try bytes.withUnsafeBytes { raw in try SnapshotReader.reading(raw) { try PatternRequirements.read(from: &$0) } }
        #expect(!damaged.fit(patterns: 1, setKeyCount: program.setKeys.count))
    }
}

