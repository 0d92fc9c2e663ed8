@testable import CurioCore
import Foundation
import Testing

/// A table of records reads the same wherever it is kept: in an array as built, or in a
/// snapshot's table region once loaded; it is written the same either way, and a bad record
/// is an error whichever way it is read.
@Suite("Flat tables")
struct FlatTableTests {
    /// Enough candidates to pass `FlatTable.regionSmallest` (12 bytes each).
    static let candidates = (0..<20_000).map { k in
        PatternStarts.Candidate(id: Int32(k), need: Int32(k % 7) - 1, follow: UInt32(truncatingIfNeeded: k &* 2_654_435_761))
    }

    static func bytes<T: SnapshotCodable>(of value: T) -> [UInt8] {
        var writer = SnapshotWriter()
        writer.write(value)
        return writer.bytes
    }

    static func table<T: SnapshotRecord & BitwiseCopyable>(
        _: T.Type, from bytes: [UInt8], region: TableRegion?
    ) throws -> FlatTable<T> {
        try bytes.withUnsafeBytes { raw in try SnapshotReader.reading(raw, region: region) { try $0.table(T.self) } }
    }

    /// A table is its count, zeros up to a multiple of 8 bytes, then its records as an array
    /// writes them: so a table's records lie aligned in a snapshot file.
    @Test func aTableIsWrittenAsItsCountPaddingAndRecords() {
        let array = Self.bytes(of: Self.candidates)
        let table = Self.bytes(of: FlatTable(Self.candidates))
        #expect(table.count == array.count + 4)
        #expect(Array(table.prefix(4)) == Array(array.prefix(4)))
        #expect(table[4..<8].allSatisfy { $0 == 0 })
        #expect(Array(table.dropFirst(8)) == Array(array.dropFirst(4)))
    }

    /// The step's record is its bytes in memory, so a program's steps can be read in place.
    @Test func recordsOfTheLargeTablesAreTheirValuesBytes() {
        #expect(PatternProgram.Step.recordIsValueLayout)
        #expect(PatternStarts.Candidate.recordIsValueLayout)
        #expect(PatternStarts.PairRun.recordIsValueLayout)
        #expect(PatternRequirements.Record.recordIsValueLayout)
        #expect(UInt64.recordIsValueLayout)
    }

    #if os(Linux)
    @Test func aLargeTableIsReadIntoTheRegionWithTheSameRecords() throws {
        let region = try #require(TableRegion(capacity: 1 << 20))
        let table = try Self.table(PatternStarts.Candidate.self, from: Self.bytes(of: FlatTable(Self.candidates)), region: region)
        #expect(table.isInRegion)
        #expect(table.count == Self.candidates.count)
        #expect(zip(table, Self.candidates).allSatisfy { $0.id == $1.id && $0.need == $1.need && $0.follow == $1.follow })
        // The region lives as long as a table over it: nothing else holds it here.
        #expect(table.withUnsafeBufferPointer { $0.last?.id } == 19_999)
    }

    @Test func aSmallTableStaysAnArray() throws {
        let small = Array(Self.candidates.prefix(10))
        let region = try #require(TableRegion(capacity: 1 << 20))
        let table = try Self.table(PatternStarts.Candidate.self, from: Self.bytes(of: FlatTable(small)), region: region)
        #expect(!table.isInRegion)
        #expect(table.map(\.id) == small.map(\.id))
    }

    @Test func aRegionWithTooLittleRoomLeavesTheTableAnArray() throws {
        let region = try #require(TableRegion(capacity: 1 << 20))
        // Most of the region taken first: the table no longer fits.
        _ = try #require(region.allocate(UInt8.self, count: region.capacity - 100))
        let table = try Self.table(PatternStarts.Candidate.self, from: Self.bytes(of: FlatTable(Self.candidates)), region: region)
        #expect(!table.isInRegion)
        #expect(table.map(\.id) == Self.candidates.map(\.id))
    }

    @Test func aLoadedTableThatGrowsBecomesAnArrayWithItsRecords() throws {
        let region = try #require(TableRegion(capacity: 1 << 20))
        var table = try Self.table(PatternStarts.Candidate.self, from: Self.bytes(of: FlatTable(Self.candidates)), region: region)
        table.append(PatternStarts.Candidate(id: 20_000, need: -1, follow: PatternStarts.followsAnything))
        #expect(!table.isInRegion)
        #expect(table.map(\.id) == Array(0...20_000))
    }

    /// A step of an unknown kind deep in a table read into the region: an error, and the
    /// region's room is only wasted.
    @Test func aBadRecordInARegionTableIsAnError() throws {
        let steps = (0..<10_000).map { PatternProgram.Step(kind: .word, a: Int32($0), b: 0) }
        var bytes = Self.bytes(of: FlatTable(steps))
        bytes[8 + 9_000 * PatternProgram.Step.recordSize] = 0xFF
        let region = try #require(TableRegion(capacity: 1 << 20))
        #expect(throws: SnapshotReader.Failure.self) { try Self.table(PatternProgram.Step.self, from: bytes, region: region) }
    }

    /// `bytes` written to a scratch file and mapped; the file is removed at once (the mapping
    /// keeps its bytes, as it does when the cache renames a new snapshot over a mapped one).
    static func mapped(_ bytes: [UInt8]) throws -> SnapshotFile {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("curio-table-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try #require(SnapshotFile(path: path))
    }

    static func table<T: SnapshotRecord & BitwiseCopyable>(_: T.Type, borrowingFrom file: SnapshotFile, from offset: Int = 0) throws -> FlatTable<T> {
        try SnapshotReader.reading(UnsafeRawBufferPointer(rebasing: file.bytes[offset...]), borrowingFrom: file) { try $0.table(T.self) }
    }

    /// Read from a mapped file, a table's records are read where they lie, the same records,
    /// alive as long as the table is (the file itself long gone).
    @Test func aTableIsReadWhereItLiesInAMappedFile() throws {
        let table = try Self.table(PatternStarts.Candidate.self, borrowingFrom: try Self.mapped(Self.bytes(of: FlatTable(Self.candidates))))
        #expect(table.isBorrowed)
        #expect(zip(table, Self.candidates).allSatisfy { $0.id == $1.id && $0.need == $1.need && $0.follow == $1.follow })
        #expect(table.count == Self.candidates.count)
        let steps = (0..<5_000).map { PatternProgram.Step(kind: $0 % 2 == 0 ? .few : .gap, a: Int32($0), b: Int32(-$0)) }
        let borrowedSteps = try Self.table(PatternProgram.Step.self, borrowingFrom: try Self.mapped(Self.bytes(of: FlatTable(steps))))
        #expect(borrowedSteps.isBorrowed)
        #expect(zip(borrowedSteps, steps).allSatisfy { $0.kind == $1.kind && $0.a == $1.a && $0.b == $1.b })
    }

    /// A table's records read in place are checked as they are when copied, by the record's
    /// own check: a pair run holds nothing to check, but a pattern program's steps are checked
    /// by the program as it reads them (`LexiconSnapshotTests.damagedStepsReadInPlaceAreErrors`).
    @Test func aStepTableReadInPlaceLeavesItsChecksToTheProgram() throws {
        let steps = (0..<10_000).map { PatternProgram.Step(kind: .word, a: Int32($0), b: 0) }
        var bytes = Self.bytes(of: FlatTable(steps))
        bytes[8 + 9_999 * PatternProgram.Step.recordSize] = 5
        // Copied, the unknown kind is an error at once.
        #expect(throws: SnapshotReader.Failure.self) { try Self.table(PatternProgram.Step.self, from: bytes, region: nil) }
        // In place, the table is the program's to check (in one pass with its sets).
        #expect(try Self.table(PatternProgram.Step.self, borrowingFrom: try Self.mapped(bytes)).isBorrowed)
    }

    /// Records that would lie unaligned in the mapping (here the table starts 4 bytes into the
    /// file) are copied instead, the same records.
    @Test func anUnalignedTableIsCopied() throws {
        let runs = (0..<1_000).map { PatternStarts.PairRun(pair: Int64($0) << 33, from: Int32($0), to: Int32($0 + 1)) }
        let file = try Self.mapped([0, 0, 0, 0] + Self.bytes(of: FlatTable(runs)))
        let table = try Self.table(PatternStarts.PairRun.self, borrowingFrom: file, from: 4)
        #expect(!table.isBorrowed)
        #expect(zip(table, runs).allSatisfy { $0.pair == $1.pair && $0.from == $1.from && $0.to == $1.to })
        #expect(table.count == runs.count)
    }
    #endif

    @Test func withoutARegionATableIsAnArray() throws {
        let table = try Self.table(PatternStarts.Candidate.self, from: Self.bytes(of: FlatTable(Self.candidates)), region: nil)
        #expect(!table.isInRegion)
        #expect(table.map(\.need) == Self.candidates.map(\.need))
    }
}
