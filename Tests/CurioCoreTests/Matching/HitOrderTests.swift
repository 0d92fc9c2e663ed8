@testable import CurioCore
import Testing

/// `HitOrder`'s integer keys against the stable sorts by the hits' fields that they replace,
/// and its token bitset against a set of tokens.
@Suite("Hit order")
struct HitOrderTests {
    /// Hits with many ties (few owners, starts and lengths), literals anywhere in their span.
    private static func hits(_ random: inout SeededRandom, count: Int, startsUpTo: Int) -> [PatternIndex.Hit] {
        (0..<count).map { _ in
            let start = Int(random.next() % UInt64(startsUpTo))
            let length = Int(random.next() % 5) + 1
            var literals = HitLiterals(base: start)
            literals.insert(start)
            for i in start..<(start + length) where random.next() % 2 == 0 { literals.insert(i) }
            return PatternIndex.Hit(owner: Int(random.next() % 4), start: start, end: start + length, literals: literals)
        }
    }

    private static func same(_ a: [PatternIndex.Hit], _ b: [PatternIndex.Hit]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.owner == $1.owner && $0.start == $1.start && $0.end == $1.end && $0.literals.bits == $1.literals.bits && $0.literals.base == $1.literals.base }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func sortsAsTheStableSortByFields(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for count in [0, 1, 2, 7, 16, 17, 20, 21, 60, 300] {
            let given = Self.hits(&random, count: count, startsUpTo: count < 60 ? 6 : 200)
            var expected = given
            expected.sort {
                if $0.literals.count != $1.literals.count { return $0.literals.count > $1.literals.count }
                if $0.length != $1.length { return $0.length < $1.length }
                if $0.start != $1.start { return $0.start < $1.start }
                return $0.owner < $1.owner
            }
            #expect(Self.same(HitOrder.byPriority(given), expected))
            var byStart = given
            byStart.sort { $0.start < $1.start }
            #expect(Self.same(HitOrder.byStart(given), byStart))
        }
    }

    @Test func fieldsTooLargeForTheKeysFallBackToTheFields() {
        let big = PatternIndex.Hit(owner: 1 << 20, start: 1 << 18, end: (1 << 18) + 1, literals: HitLiterals(base: 1 << 18, bits: 1))
        let small = PatternIndex.Hit(owner: 3, start: 2, end: 3, literals: HitLiterals(base: 2, bits: 1))
        #expect(HitOrder.byPriority([big, small]).map(\.owner) == [3, 1 << 20])
        #expect(HitOrder.byStart([big, small]).map(\.owner) == [3, 1 << 20])
    }

    @Test(arguments: [7, 8, 9])
    func theTokenBitsAgreeWithASetOfTokens(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let tokens = 300
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: tokens / 64 + 2) { taken in
            taken.initialize(repeating: 0)
            var claimed = Set<Int>()
            for _ in 0..<400 {
                let base = Int(random.next() % UInt64(tokens - 64))
                var literals = HitLiterals(base: base)
                for i in base..<(base + 64) where random.next() % 23 == 0 { literals.insert(i) }
                #expect(HitOrder.overlaps(literals, taken) == literals.contains(where: claimed.contains))
                if random.next() % 3 == 0 {
                    HitOrder.claim(literals, in: taken)
                    claimed.formUnion(literals)
                }
            }
        }
    }
}
