@testable import CurioCore
import Foundation
import Testing

/// The snapshot's byte form: a round trip gives the same lexicon, and bad bytes are an
/// error, never a crash.
@Suite("Lexicon snapshot")
struct LexiconSnapshotTests {
    static let bytes = LexiconSnapshot.bytes(of: MatcherFixture.matcher.lexicon)

    @Test func aRoundTripWritesTheSameBytes() throws {
        let restored = try LexiconSnapshot.lexicon(from: Self.bytes)
        // Dictionaries and sets are written in their (seeded) order, so compare the lexicons
        // through what they do and through a second snapshot's size.
        #expect(LexiconSnapshot.bytes(of: restored).count == Self.bytes.count)
        #expect("\(restored.summary)" == "\(MatcherFixture.matcher.lexicon.summary)")
        #expect(Matcher(lexicon: restored).match("no bruising but a mark on his cheek, 6/52")
            == MatcherFixture.matcher.match("no bruising but a mark on his cheek, 6/52"))
    }

    @Test func everyTruncationIsAnError() {
        // Every length would take minutes; a spread of cuts reaches every part of the layout.
        for length in stride(from: 0, to: Self.bytes.count, by: max(1, Self.bytes.count / 97)) {
            #expect(throws: SnapshotReader.Failure.self) { try LexiconSnapshot.lexicon(from: Array(Self.bytes.prefix(length))) }
        }
    }

    @Test func anotherFormatVersionOrMagicIsRefused() {
        var version = Self.bytes
        version[LexiconSnapshot.magic.count] &+= 1
        #expect(throws: SnapshotReader.Failure.self) { try LexiconSnapshot.lexicon(from: version) }
        var magic = Self.bytes
        magic[0] = UInt8(ascii: "X")
        #expect(throws: SnapshotReader.Failure.self) { try LexiconSnapshot.lexicon(from: magic) }
        #expect(throws: SnapshotReader.Failure.self) { try LexiconSnapshot.lexicon(from: Self.bytes + [0]) }
    }

    @Test func aHugeCountIsRefusedWithoutAllocating() {
        var writer = SnapshotWriter()
        writer.append(UInt32.max)
        #expect(throws: SnapshotReader.Failure.self) {
            try writer.bytes.withUnsafeBytes { raw in try SnapshotReader.reading(raw) { try $0.read([Int32].self) } }
        }
    }
}
