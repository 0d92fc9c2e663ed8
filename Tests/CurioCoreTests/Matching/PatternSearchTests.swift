@testable import CurioCore
import Testing

/// The pattern search (start tables with their pair filter, the flattened walk with its gap
/// shortcut, hits as bits) against a naive search written from the patterns themselves, on
/// generated patterns and utterances.
@Suite("Pattern search against a naive search")
struct PatternSearchTests {
    private static let vocabulary: Int32 = 12

    private static func words(_ random: inout SeededRandom, vocabulary: Int32 = vocabulary) -> Pattern.Slot {
        var keys = Set<Int32>()
        let count = random.next() % 4 == 0 ? Int(random.next() % 10) + 2 : 1
        for _ in 0..<count { keys.insert(Int32(random.next() % UInt64(vocabulary))) }
        return .words(keys)
    }

    /// A pattern as the compiler makes them: words or a number first and last, gaps between.
    private static func pattern(_ random: inout SeededRandom, owner: Int, firstWords: Int32 = vocabulary) -> Pattern {
        var slots: [Pattern.Slot] = [random.next() % 8 == 0 ? .number : words(&random, vocabulary: firstWords)]
        for _ in 0..<Int(random.next() % 4) {
            switch random.next() % 6 {
            case 0: slots.append(.gap(Int(random.next() % 4) + 1))
            case 1: slots.append(.number)
            default: slots.append(words(&random))
            }
            if case .gap = slots.last { slots.append(words(&random)) }
        }
        return Pattern(slots: slots, owner: owner)
    }

    private static func tokens(_ random: inout SeededRandom) -> KeyedTokens {
        let count = Int(random.next() % 14)
        var tokens: [Token] = []
        var barrier: [Bool] = []
        for i in 0..<count {
            var token = Token(kind: .word, start: i, end: i + 1, text: "w")
            switch random.next() % 10 {
            case 0: token.kind = .number; token.value = 3
            case 1: token.key = Vocabulary.unknown
            case 2: token.key = Int32(random.next() % UInt64(vocabulary)); token.value = 2
            default: token.key = Int32(random.next() % UInt64(vocabulary))
            }
            tokens.append(token)
            barrier.append(random.next() % 9 == 0)
        }
        return KeyedTokens(tokens, barrier: barrier)
    }

    /// A match found naively: owner, span, and the tokens its words matched, as an array.
    private struct Naive: Equatable {
        var owner: Int
        var start: Int
        var end: Int
        var literals: [Int]
    }

    /// Walks the slots from `s` at token `i` (gaps never cross a sentence mark).
    private static func walk(_ slots: [Pattern.Slot], _ s: Int, _ i: Int, _ t: KeyedTokens, _ literals: [Int]) -> (Int, [Int])? {
        guard s < slots.count else { return (i, literals) }
        switch slots[s] {
        case .gap(let most):
            var j = i
            while j <= i + most {
                if let done = walk(slots, s + 1, j, t, literals) { return done }
                guard j < t.count, !t.isBarrier(j) else { return nil }
                j += 1
            }
            return nil
        case .number:
            guard i < t.count, t.isNumeric(i) else { return nil }
        case .words(let keys):
            guard i < t.count, t.keys[i] >= 0, keys.contains(t.keys[i]) else { return nil }
        }
        return walk(slots, s + 1, i + 1, t, literals + [i])
    }

    /// Whether the start tables index the pattern by its first two slots.
    private static func byPair(_ p: Pattern) -> Bool {
        guard p.slots.count > 1, case .words(let a) = p.slots[0], case .words(let b) = p.slots[1] else { return false }
        return a.count * b.count <= 4096
    }

    /// Every match in the order the tables visit candidates, then the same choice of the
    /// longest as `PatternIndex.longestMatches`, over arrays.
    private static func naiveLongest(_ patterns: [Pattern], _ t: KeyedTokens, sharing: Bool) -> [Naive] {
        var found: [Naive] = []
        for i in 0..<t.count {
            var order: [Pattern] = []
            let key = t.keys[i]
            order += patterns.filter { !byPair($0) && key >= 0 && $0.firstKeys.contains(key) }
            if i + 1 < t.count, key >= 0, t.keys[i + 1] >= 0 {
                order += patterns.filter { p in
                    guard byPair(p), case .words(let second) = p.slots[1] else { return false }
                    return p.firstKeys.contains(key) && second.contains(t.keys[i + 1])
                }
            }
            if t.isNumeric(i) { order += patterns.filter(\.startsWithNumber) }
            for p in order {
                if let (end, literals) = walk(p.slots, 0, i, t, []) {
                    found.append(Naive(owner: p.owner, start: i, end: end, literals: literals))
                }
            }
        }
        found.sort {
            if $0.literals.count != $1.literals.count { return $0.literals.count > $1.literals.count }
            if $0.end - $0.start != $1.end - $1.start { return $0.end - $0.start < $1.end - $1.start }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.owner < $1.owner
        }
        var kept: [Naive] = []
        var taken = Set<Int>()
        for hit in found {
            if hit.literals.contains(where: taken.contains) {
                guard sharing, kept.contains(where: { $0.literals == hit.literals && $0.owner != hit.owner }) else { continue }
            }
            taken.formUnion(hit.literals)
            kept.append(hit)
        }
        kept.sort { $0.start < $1.start }
        return kept
    }

    @Test(arguments: [1, 2, 3, 4])
    func findsWhatTheNaiveSearchFinds(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        for _ in 0..<40 {
            var index = PatternIndex()
            var patterns: [Pattern] = []
            for owner in 0..<Int(random.next() % 40 + 1) {
                let pattern = Self.pattern(&random, owner: owner / 2)
                patterns.append(pattern)
                index.add(pattern)
            }
            index.seal()
            try Self.expectNaiveResults(patterns, index, rounds: 40, random: &random)
        }
    }

    /// Hundreds of patterns starting with one of three words: runs long enough to be masked
    /// (`CandidateMasks`), by first key and by first pair.
    @Test(arguments: [5, 6, 7])
    func findsWhatTheNaiveSearchFindsInLongRuns(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        for _ in 0..<4 {
            var index = PatternIndex()
            var patterns: [Pattern] = []
            for owner in 0..<Int(random.next() % 300 + 150) {
                var pattern = Self.pattern(&random, owner: owner / 3, firstWords: 3)
                // Most second slots a word of three too, so that first pairs repeat.
                if pattern.slots.count > 1, case .words = pattern.slots[1], random.next() % 4 != 0 {
                    pattern.slots[1] = Self.words(&random, vocabulary: 3)
                }
                patterns.append(pattern)
                index.add(pattern)
            }
            index.seal()
            let longest = index.startTables.byKey.map { Int($0.to - $0.from) }.max() ?? 0
            #expect(longest >= CandidateMasks.shortest)
            try Self.expectNaiveResults(patterns, index, rounds: 60, random: &random)
        }
    }

    /// The masks of a run against its candidates' own checks, for every next key and need bucket set.
    @Test func aRunsMasksAdmitEveryCandidateThatPasses() {
        var random = SeededRandom(seed: 11)
        let candidates = (0..<150).map { k in
            PatternStarts.Candidate(
                id: Int32(k), need: random.next() % 3 == 0 ? -1 : Int32(random.next() % 200),
                follow: random.next() % 4 == 0 ? PatternStarts.followsAnything : PatternStarts.followBit(Int32(random.next() % 200)) | PatternStarts.followBit(Int32(random.next() % 200)))
        }
        // Another run first, so the offset is not 0; a short one left unmasked.
        let (masks, offsets) = candidates.withUnsafeBufferPointer {
            CandidateMasks.build($0, runs: [(0, 1), (1, 3), (3, 150)], shortest: 1)
        }
        let offset = offsets[2]
        #expect(offsets[0] == 0 && offsets[1] > 0 && offset > offsets[1])
        let (_, unmasked) = candidates.withUnsafeBufferPointer { CandidateMasks.build($0, runs: [(0, 1), (3, 150)]) }
        #expect(unmasked[0] == -1 && unmasked[1] == 0)
        for next in [-1, 0, 5, 62, 63, 64, 199] {
            let nextBits = PatternStarts.followsAnything | (next >= 0 ? PatternStarts.followBit(Int32(next)) : 0)
            for _ in 0..<20 {
                let buckets = random.next() & random.next()
                var seen: [Int] = []
                masks.bits.withUnsafeBufferPointer { CandidateMasks.forEachPossible($0, at: Int(offset), nextBits: nextBits, buckets: buckets) { seen.append($0) } }
                #expect(seen == seen.sorted() && Set(seen).count == seen.count)
                for k in 3..<150 {
                    let c = candidates[k]
                    let passes = c.follow & nextBits != 0 && (c.need < 0 || buckets & (1 << UInt64(c.need & 63)) != 0)
                    if passes { #expect(seen.contains(k - 3)) }
                }
            }
        }
    }

    @Test func thePairFilterAdmitsEveryPairOfTheTable() throws {
        let lexicon = MatcherFixture.matcher.lexicon
        for index in [lexicon.cueIndex, lexicon.triggerIndex] {
            let starts = index.startTables
            var pairs = 0
            for run in starts.pairs where run.pair != PatternStarts.emptyPair {
                #expect(starts.filterAdmits(run.pair))
                pairs += 1
            }
            #expect(pairs > 0)
        }
    }

    /// Random token runs searched by the index, and by the index as a snapshot restores it
    /// (the pair filter and the masks are derived on reading), find what the naive search does.
    private static func expectNaiveResults(
        _ patterns: [Pattern], _ index: PatternIndex, rounds: Int, random: inout SeededRandom
    ) throws {
        var writer = SnapshotWriter()
        writer.write(index)
        let restored = try writer.bytes.withUnsafeBytes { raw in try SnapshotReader.reading(raw) { try $0.read(PatternIndex.self) } }
        for _ in 0..<rounds {
            let tokens = Self.tokens(&random)
            for sharing in [false, true] {
                let expected = Self.naiveLongest(patterns, tokens, sharing: sharing)
                for searched in [index, restored] {
                    let hits = searched.longestMatches(tokens, sharingEqualSpans: sharing).map {
                        Naive(owner: $0.owner, start: $0.start, end: $0.end, literals: Array($0.literals))
                    }
                    #expect(hits == expected)
                }
            }
        }
    }
}
