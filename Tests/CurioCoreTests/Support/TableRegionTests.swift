@testable import CurioCore
import Testing

/// The region hands out aligned, separate room until it is full, and nothing after.
@Suite("Table region")
struct TableRegionTests {
    #if os(Linux)
    @Test func roomIsAlignedSeparateAndBounded() throws {
        let region = try #require(TableRegion(capacity: 1))
        // Rounded up to a whole huge page.
        #expect(region.capacity == TableRegion.hugePage)
        let bytes = try #require(region.allocate(UInt8.self, count: 3))
        let words = try #require(region.allocate(UInt64.self, count: 10))
        #expect(UInt(bitPattern: words.baseAddress!) % UInt(MemoryLayout<UInt64>.alignment) == 0)
        #expect(UnsafeRawPointer(words.baseAddress!) >= UnsafeRawPointer(bytes.baseAddress!) + 3)
        #expect(region.bytesUsed == 8 + 80)
        // Written and read back: the memory is there.
        for k in 0..<10 { words[k] = UInt64(k) * 3 }
        #expect(words.reduce(0, +) == 135)
        #expect(region.allocate(UInt8.self, count: region.capacity) == nil)
        #expect(region.allocate(UInt64.self, count: Int.max / 4) == nil)
        #expect(region.allocate(UInt8.self, count: -1) == nil)
        #expect(region.bytesUsed == 8 + 80)
    }
    #endif

    @Test func noCapacityOrAnAbsurdOneIsNoRegion() {
        #expect(TableRegion(capacity: 0) == nil)
        #expect(TableRegion(capacity: -1) == nil)
        #expect(TableRegion(capacity: Int.max) == nil)
    }
}
