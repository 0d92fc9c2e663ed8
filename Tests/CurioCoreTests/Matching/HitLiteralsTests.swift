@testable import CurioCore
import Testing

/// `HitLiterals` (a match's tokens as bits) against the sorted arrays of token indices it
/// replaced, on generated cases.
@Suite("Hit literals as bits")
struct HitLiteralsTests {
    /// A random ascending set of tokens within `HitLiterals.widest` of `base`, as both forms.
    private static func sample(_ random: inout SeededRandom, base: Int) -> (HitLiterals, [Int]) {
        var literals = HitLiterals(base: base)
        var tokens: [Int] = []
        let density = Int(random.next() % 8) + 1
        for offset in 0..<HitLiterals.widest where random.next() % UInt64(density * 4) == 0 {
            literals.insert(base + offset)
            tokens.append(base + offset)
        }
        return (literals, tokens)
    }

    @Test func answersAsTheArrayDid() {
        var random = SeededRandom(seed: 3)
        for _ in 0..<2000 {
            let base = Int(random.next() % 100)
            let (a, array) = Self.sample(&random, base: base)
            let (b, other) = Self.sample(&random, base: Int(random.next() % 140))
            #expect(Array(a) == array)
            #expect(a.count == array.count)
            #expect(a.isEmpty == array.isEmpty)
            #expect(a.first == array.first)
            #expect(a.last == array.last)
            for i in (base - 3)..<(base + HitLiterals.widest + 3) { #expect(a.contains(i) == array.contains(i)) }
            #expect(a.intersects(b) == array.contains(where: other.contains))
            #expect(a.isSubset(of: b) == array.allSatisfy(other.contains))
            #expect((a == b) == (array == other))
            let from = Int(random.next() % 180) - 20
            let to = from + Int(random.next() % 80)
            #expect(a.intersects(from: from, to: to) == array.contains { $0 >= from && $0 < to })
        }
    }

    @Test func equalSetsCountedFromDifferentBasesAreEqual() {
        var a = HitLiterals(base: 3)
        var b = HitLiterals(base: 5)
        for i in [5, 7, 40] {
            a.insert(i)
            b.insert(i)
        }
        #expect(a == b)
        b.insert(41)
        #expect(a != b)
        #expect(HitLiterals(base: 0) == HitLiterals(base: 9))
    }

    @Test func theWidestMatchFitsAndTheCompilerRefusesWider() throws {
        var literals = HitLiterals(base: 10)
        literals.insert(10)
        literals.insert(10 + HitLiterals.widest - 1)
        #expect(literals.first == 10)
        #expect(literals.last == 10 + HitLiterals.widest - 1)
        var compiler = PatternCompiler(forms: WordForms())
        let fail = { (message: String) in DataFileError(file: "test", message) }
        #expect(try compiler.compile("no ...12 bruise", owner: 0, fail: fail).count == 1)
        let wide = "no" + String(repeating: " ...12 word", count: 6)
        #expect(throws: DataFileError.self) { try compiler.compile(wide, owner: 0, fail: fail) }
    }
}
