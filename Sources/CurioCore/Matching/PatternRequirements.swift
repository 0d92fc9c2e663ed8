/// What each pattern of a `PatternProgram` needs somewhere in an utterance before it is worth
/// walking: up to two of its one-word slots and two of its few-word sets.
///
/// Why: seven walks in ten failed, most of them starting with a gap (which the start tables'
/// next-word check cannot see past) and then looking, position by position, for a word or a
/// set of words that is nowhere in the utterance. Nine in ten of those are turned away by
/// asking, once, whether each slot's words occur at all (`KeyedTokens.present`). Asking it of
/// every slot from the pattern's steps cost as much as the walks it saved, so each pattern
/// keeps a small record of the slots worth asking about, and a set is asked about once per
/// search (`Check`): patterns share a few sets over and over (the baby's names, the parents').
///
/// Derived from the steps, never stored in the snapshot.
struct PatternRequirements: Sendable {
    /// One pattern's record: keys of one-word slots and indexes into `sets`, -1 for none.
    /// The first slot is left out (the start tables found the pattern by it).
    struct Record: Sendable {
        var word1: Int32 = -1
        var word2: Int32 = -1
        var set1: Int32 = -1
        var set2: Int32 = -1
    }

    /// A distinct few-word set: `setKeys[from..<from + count]` of the program. Every set of
    /// the program is listed, a pattern's first slot's too.
    struct SetRun: Sendable {
        var from: Int32
        var count: Int32
    }

    private(set) var records: [Record] = []
    private(set) var sets: [SetRun] = []
    /// The index in `sets` of the set starting at each offset of `setKeys`, or -1: an array,
    /// not a dictionary, because a loaded snapshot derives the records afresh (some forty
    /// thousand set steps) on every cold `curio match`.
    private var setIndex: [Int32] = []

    /// Adds the record of the next pattern, whose steps are `steps` (false: a step names keys
    /// outside `setKeyCount`, which only a corrupt snapshot can hold).
    @discardableResult
    mutating func add(_ steps: UnsafeBufferPointer<PatternProgram.Step>, setKeyCount: Int) -> Bool {
        var record = Record()
        if setIndex.count < setKeyCount { setIndex += repeatElement(-1, count: setKeyCount - setIndex.count) }
        for s in steps.indices {
            let step = steps[s]
            // The first slot is listed among the sets (so `sets` names every set of the
            // program) but never recorded.
            let first = s == 0
            switch step.kind {
            case .word:
                guard !first else { continue }
                if record.word1 < 0 { record.word1 = step.a } else if record.word2 < 0 { record.word2 = step.a }
            case .few:
                guard step.a >= 0, step.b >= 0, Int(step.a) + Int(step.b) <= setKeyCount else { return false }
                // An empty set (which no compiled pattern has) is left to the walk, which refuses it.
                guard step.b > 0 else { continue }
                var index = setIndex[Int(step.a)]
                if index < 0 {
                    index = Int32(sets.count)
                    setIndex[Int(step.a)] = index
                    sets.append(SetRun(from: step.a, count: step.b))
                }
                guard !first else { continue }
                if record.set1 < 0 { record.set1 = index } else if record.set2 < 0 { record.set2 = index }
            case .many, .number, .gap:
                continue
            }
        }
        records.append(record)
        return true
    }

    /// Makes room for `count` records (a loaded program's, all at once).
    mutating func reserve(_ count: Int) { records.reserveCapacity(count) }

    /// Runs `body` with a check over these records for one search; valid only inside `body`.
    func withCheck<R>(setKeys: UnsafeBufferPointer<Int32>, present: UnsafeBufferPointer<UInt64>, _ body: (Check) -> R) -> R {
        records.withUnsafeBufferPointer { records in
            sets.withUnsafeBufferPointer { sets in
                // Two bits a set, so that the scratch stays small enough for the stack.
                let words = sets.count / 64 + 1
                return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * words) { scratch in
                    scratch.initialize(repeating: 0)
                    let base = scratch.baseAddress!
                    return body(Check(records: records, sets: sets, setKeys: setKeys, present: present, asked: base, occurring: base + words))
                }
            }
        }
    }

    /// The question for one search: per set, a bit of `asked` once it has been asked about,
    /// and of `occurring` when some key of it occurs.
    struct Check {
        let records: UnsafeBufferPointer<Record>
        let sets: UnsafeBufferPointer<SetRun>
        let setKeys: UnsafeBufferPointer<Int32>
        let present: UnsafeBufferPointer<UInt64>
        let asked: UnsafeMutablePointer<UInt64>
        let occurring: UnsafeMutablePointer<UInt64>

        @inline(__always)
        private func occurs(_ key: Int32) -> Bool {
            let word = Int(key) >> 6
            return key >= 0 && word < present.count && present[word] & (1 << UInt64(key & 63)) != 0
        }

        @inline(__always)
        private func occurs(set index: Int32) -> Bool {
            let i = Int(index)
            let word = i >> 6
            let bit: UInt64 = 1 << UInt64(i & 63)
            if asked[word] & bit == 0 {
                asked[word] |= bit
                let run = sets[i]
                for k in Int(run.from)..<(Int(run.from) + Int(run.count)) where occurs(setKeys[k]) {
                    occurring[word] |= bit
                    break
                }
            }
            return occurring[word] & bit != 0
        }

        /// False when pattern `p` cannot match anywhere in the utterance: one of its recorded
        /// slots has no word that occurs in it. True says only that a walk may find it.
        @inline(__always)
        func mayMatch(_ p: Int) -> Bool {
            let record = records[p]
            if record.word1 >= 0 {
                guard occurs(record.word1) else { return false }
                if record.word2 >= 0, !occurs(record.word2) { return false }
            }
            if record.set1 >= 0 {
                guard occurs(set: record.set1) else { return false }
                if record.set2 >= 0, !occurs(set: record.set2) { return false }
            }
            return true
        }
    }
}
