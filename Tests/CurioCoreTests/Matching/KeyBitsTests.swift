@testable import CurioCore
import Testing

/// `KeyBits` against the plain way: `Set.contains` for every key a token can have.
@Suite("Key bits")
struct KeyBitsTests {
    @Test(arguments: [1, 2, 3])
    func answersAsTheSet(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for count in [0, 1, 5, 12, 100] {
            let keys = Set((0..<count).map { _ in Int32(random.next() % 3000) - 5 })
            let bits = KeyBits(keys)
            for key in Int32(-10)..<3100 {
                // Negative keys (words outside the vocabulary) are never members.
                #expect(bits.contains(key) == (key >= 0 && keys.contains(key)), "key \(key)")
            }
        }
    }

    @Test func anEmptySetHoldsNothing() {
        #expect(!KeyBits().contains(0))
        #expect(!KeyBits([]).contains(63))
    }
}
