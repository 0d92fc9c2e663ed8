@testable import CurioCore
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

    @Test func aTableIsWrittenAsTheArrayOfItsRecordsIs() {
        #expect(Self.bytes(of: FlatTable(Self.candidates)) == Self.bytes(of: Self.candidates))
    }

    #if os(Linux)
    @Test func aLargeTableIsReadIntoTheRegionWithTheSameRecords() throws {
        let region = try #require(TableRegion(capacity: 1 << 20))
        let table = try Self.table(PatternStarts.Candidate.self, from: Self.bytes(of: Self.candidates), region: region)
        #expect(table.isInRegion)
        #expect(table.count == Self.candidates.count)
        #expect(zip(table, Self.candidates).allSatisfy { $0.id == $1.id && $0.need == $1.need && $0.follow == $1.follow })
        // The region lives as long as a table over it: nothing else holds it here.
        #expect(table.withUnsafeBufferPointer { $0.last?.id } == 19_999)
    }

    @Test func aSmallTableStaysAnArray() throws {
        let small = Array(Self.candidates.prefix(10))
        let region = try #require(TableRegion(capacity: 1 << 20))
        let table = try Self.table(PatternStarts.Candidate.self, from: Self.bytes(of: small), region: region)
        #expect(!table.isInRegion)
        #expect(table.map(\.id) == small.map(\.id))
    }

    @Test func aRegionWithTooLittleRoomLeavesTheTableAnArray() throws {
        let region = try #require(TableRegion(capacity: 1 << 20))
        // Most of the region taken first: the table no longer fits.
        _ = try #require(region.allocate(UInt8.self, count: region.capacity - 100))
        let table = try Self.table(PatternStarts.Candidate.self, from: Self.bytes(of: Self.candidates), region: region)
        #expect(!table.isInRegion)
        #expect(table.map(\.id) == Self.candidates.map(\.id))
    }

    @Test func aLoadedTableThatGrowsBecomesAnArrayWithItsRecords() throws {
        let region = try #require(TableRegion(capacity: 1 << 20))
        var table = try Self.table(PatternStarts.Candidate.self, from: Self.bytes(of: Self.candidates), region: region)
        table.append(PatternStarts.Candidate(id: 20_000, need: -1, follow: PatternStarts.followsAnything))
        #expect(!table.isInRegion)
        #expect(table.map(\.id) == Array(0...20_000))
    }

    /// A step of an unknown kind deep in a table read into the region: an error, and the
    /// region's room is only wasted.
    @Test func aBadRecordInARegionTableIsAnError() throws {
        let steps = (0..<10_000).map { PatternProgram.Step(kind: .word, a: Int32($0), b: 0) }
        var bytes = Self.bytes(of: steps)
        bytes[4 + 9_000 * PatternProgram.Step.recordSize] = 0xFF
        let region = try #require(TableRegion(capacity: 1 << 20))
        #expect(throws: SnapshotReader.Failure.self) { try Self.table(PatternProgram.Step.self, from: bytes, region: region) }
    }
    #endif

    @Test func withoutARegionATableIsAnArray() throws {
        let table = try Self.table(PatternStarts.Candidate.self, from: Self.bytes(of: Self.candidates), region: nil)
        #expect(!table.isInRegion)
        #expect(table.map(\.need) == Self.candidates.map(\.need))
    }
}
