import Foundation
import Testing

@testable import CurioCore

/// The sum taken on its own thread is the sum `LexiconCache` wrote: the same `SnapshotHash` of
/// the bytes after the header, whatever their length (none, a tail shorter than a word, more
/// than the 64 bytes the sum takes in lanes), and asking twice does not wait twice.
@Suite("Background checksum")
struct BackgroundChecksumTests {
    @Test(arguments: [16, 17, 23, 80, 4_113, 100_000])
    func isTheHashOfTheBytesAfterTheOffset(size: Int) throws {
        var random = SeededRandom(seed: UInt64(size))
        let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let file = try FlatTableTests.mapped(bytes)
        let sum = BackgroundChecksum(of: file, from: 16)
        #expect(sum.value == SnapshotHash.of(Array(bytes[16...])))
        #expect(sum.value == SnapshotHash.of(Array(bytes[16...])))
    }

    /// One changed byte anywhere, the first after the header or the last, changes the sum.
    @Test(arguments: [16, 5_000, 9_999])
    func aChangedByteChangesTheSum(at place: Int) throws {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var changed = bytes
        changed[place] ^= 0x01
        let before = BackgroundChecksum(of: try FlatTableTests.mapped(bytes), from: 16).value
        let after = BackgroundChecksum(of: try FlatTableTests.mapped(changed), from: 16).value
        #expect(before != after)
    }
}
