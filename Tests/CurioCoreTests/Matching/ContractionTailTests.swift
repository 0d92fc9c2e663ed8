@testable import CurioCore
import Testing

/// The tail after an apostrophe (`Tokenizer.contractionTail`), read from the bytes in place,
/// against the way the tokenizer read it before: the letters lowercased into a string and
/// compared with each contraction.
@Suite("Contraction tails")
struct ContractionTailTests {
    private static func naive(_ letters: [UInt8]) -> Tokenizer.ContractionTail {
        switch String(decoding: letters.map { $0 | 0x20 }, as: UTF8.self) {
        case "s": .s
        case "t": .t
        case "m": .m
        case "re": .re
        case "ve": .ve
        case "ll": .ll
        case "d": .d
        default: .other
        }
    }

    private static func tail(_ letters: [UInt8]) -> Tokenizer.ContractionTail {
        // Padded on both sides, so that the range is read out of a larger buffer.
        let bytes: [UInt8] = Array("x'".utf8) + letters + Array(" y".utf8)
        return bytes.withUnsafeBufferPointer { Tokenizer.contractionTail($0, from: 2, to: 2 + letters.count) }
    }

    @Test func everyTailTheTokenizerReadsIsKnownInAnyCase() {
        for word in ["s", "t", "m", "re", "ve", "ll", "d", "S", "T", "RE", "Ve", "lL", "D"] {
            #expect(Self.tail(Array(word.utf8)) == Self.naive(Array(word.utf8)), "\(word)")
            #expect(Self.tail(Array(word.utf8)) != .other, "\(word)")
        }
        for word in ["", "x", "sa", "ts", "rev", "clock", "brien", "er", "ev", "l"] {
            #expect(Self.tail(Array(word.utf8)) == .other, "\(word)")
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomTailsReadAsTheNaiveWay(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        // Letters the contractions use, most of the time, so that near misses come up.
        let common = Array("stmrevldSTMREVLDx".utf8)
        for _ in 0..<2_000 {
            let count = Int(random.next() % 4)
            let letters = (0..<count).map { _ in
                random.next() % 5 == 0 ? UInt8(ascii: "a") + UInt8(random.next() % 26) : common[Int(random.next() % UInt64(common.count))]
            }
            #expect(Self.tail(letters) == Self.naive(letters), "\(String(decoding: letters, as: UTF8.self))")
        }
    }
}
