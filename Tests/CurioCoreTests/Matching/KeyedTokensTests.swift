@testable import CurioCore
import Testing

/// `KeyedTokens` against the tokens it is made from: keys, marks, the keys present and their
/// need buckets, written through the arrays' uninitialized storage.
@Suite("Keyed tokens")
struct KeyedTokensTests {
    @Test(arguments: [0, 1, 2, 3])
    func agreesWithTheTokens(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for count in [0, 1, 5, 40, 300] {
            var tokens: [Token] = []
            var barrier: [Bool] = []
            for i in 0..<count {
                var token = Token(kind: .word, start: i, end: i + 1, text: "w")
                switch random.next() % 5 {
                case 0: token.kind = .number; token.value = 2
                case 1: token.key = Vocabulary.unknown
                case 2: token.kind = .punctuation; token.key = Int32(random.next() % 3)
                default: token.key = Int32(random.next() % 3000)
                }
                tokens.append(token)
                barrier.append(random.next() % 7 == 0)
            }
            let keyed = KeyedTokens(tokens, barrier: barrier)
            #expect(keyed.keys == tokens.map(\.key))
            #expect(keyed.count == count)
            var buckets: UInt64 = 0
            for i in 0..<count {
                #expect(keyed.isNumeric(i) == (tokens[i].kind == .number || tokens[i].value > 0))
                #expect(keyed.isBarrier(i) == barrier[i])
                let key = tokens[i].key
                guard key >= 0 else { continue }
                #expect(keyed.present[Int(key) >> 6] & (1 << UInt64(key & 63)) != 0)
                buckets |= 1 << UInt64(key & 63)
            }
            #expect(keyed.buckets == buckets)
            #expect(keyed.present.reduce(0) { $0 + $1.nonzeroBitCount } == Set(tokens.map(\.key).filter { $0 >= 0 }).count)
        }
    }

    @Test func hardMarksAreBarriersButNotAHyphenInsideAnAge() {
        var stop = Token(kind: .punctuation, start: 0, end: 1, text: ".")
        stop.key = 7
        var hyphen = Token(kind: .punctuation, start: 1, end: 2, text: "-")
        hyphen.key = 8
        hyphen.attachedToNext = true
        var word = Token(kind: .word, start: 2, end: 3, text: "w")
        word.key = 7
        let keyed = KeyedTokens([stop, hyphen, word], hardMarks: [7, 8])
        #expect(keyed.isBarrier(0))
        #expect(!keyed.isBarrier(1))
        #expect(!keyed.isBarrier(2))
    }
}
