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
/// Derived from the steps as patterns are added, and stored in the snapshot beside them:
/// deriving them again from some six hundred thousand steps was a tenth of a cold
/// `curio match`, where reading them back is one pass over 16 bytes a pattern.
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

    /// One a pattern, in the program's order: a table, so that a loaded snapshot's records are
    /// read where they lie.
    private(set) var records = FlatTable<Record>()
    private(set) var sets: [SetRun] = []
    /// The index in `sets` of the set starting at each offset of `setKeys`, or -1: an array,
    /// not a dictionary, for the many set steps of a whole lexicon's patterns. Not stored: a
    /// loaded program derives it only when a pattern is added (`deriveSetIndex`).
    private var setIndex: [Int32] = []

    /// Adds the record of the next pattern, whose steps are `steps` (false: a step names keys
    /// outside `setKeyCount`, which only a corrupt snapshot can hold).
    @discardableResult
    mutating func add(_ steps: UnsafeBufferPointer<PatternProgram.Step>, setKeyCount: Int) -> Bool {
        if setIndex.isEmpty, !sets.isEmpty { deriveSetIndex() }
        if setIndex.count < setKeyCount { setIndex += repeatElement(-1, count: setKeyCount - setIndex.count) }
        let record = setIndex.withUnsafeMutableBufferPointer { Self.record(of: steps, setKeyCount: setKeyCount, setIndex: $0, sets: &sets) }
        guard let record else { return false }
        records.append(record)
        return true
    }

    /// `setIndex` as adding the patterns one by one would have left it, for requirements read
    /// from a snapshot, so that patterns added to them share their sets too.
    private mutating func deriveSetIndex() {
        let keys = sets.reduce(0) { max($0, Int($1.from + $1.count)) }
        setIndex = [Int32](repeating: -1, count: keys)
        for (index, run) in sets.enumerated() where setIndex[Int(run.from)] < 0 { setIndex[Int(run.from)] = Int32(index) }
    }

    /// The record of one pattern whose steps are `steps`, listing in `sets` (and `setIndex`,
    /// `setKeyCount` long) any set not seen before; nil when a step names keys outside
    /// `setKeyCount`.
    @inline(__always)
    private static func record(
        of steps: UnsafeBufferPointer<PatternProgram.Step>, setKeyCount: Int, setIndex: UnsafeMutableBufferPointer<Int32>, sets: inout [SetRun]
    ) -> Record? {
        var record = Record()
        for s in steps.indices {
            let step = steps[s]
            // The first slot is listed among the sets (so `sets` names every set of the
            // program) but never recorded.
            let first = s == steps.startIndex
            switch step.kind {
            case .word:
                guard !first else { continue }
                if record.word1 < 0 { record.word1 = step.a } else if record.word2 < 0 { record.word2 = step.a }
            case .few:
                guard step.a >= 0, step.b >= 0, Int(step.a) + Int(step.b) <= setKeyCount else { return nil }
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
        return record
    }

    /// No patterns yet (a program being built adds them one by one).
    init() {}

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

/// The records as a table of 16-byte records and the sets as 8-byte ones, checked on reading
/// against the program they belong to (`PatternProgram.read`): a record names sets, which the
/// search reads through unchecked buffers.
extension PatternRequirements: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(records)
        snapshot.write(sets)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> PatternRequirements {
        var requirements = PatternRequirements()
        requirements.records = try snapshot.table()
        requirements.sets = try snapshot.records()
        return requirements
    }

    /// Whether these are requirements of a program of `patterns` patterns whose sets of words
    /// are `setKeyCount` keys long: a record a pattern, each set within the keys, each record's
    /// sets among `sets` (or -1). A check on a loaded snapshot.
    func fit(patterns: Int, setKeyCount: Int) -> Bool {
        guard records.count == patterns,
            sets.allSatisfy({ $0.from >= 0 && $0.count >= 0 && Int($0.from) + Int($0.count) <= setKeyCount })
        else { return false }
        let setCount = Int32(clamping: sets.count)
        return records.withUnsafeBufferPointer { records in
            records.allSatisfy { ($0.set1 >= -1 && $0.set1 < setCount) && ($0.set2 >= -1 && $0.set2 < setCount) }
        }
    }
}

extension PatternRequirements.Record: SnapshotRecord {
    static var recordSize: Int { 16 }

    static let recordIsValueLayout = MemoryLayout<Self>.offset(of: \.word1) == 0 && MemoryLayout<Self>.offset(of: \.word2) == 4
        && MemoryLayout<Self>.offset(of: \.set1) == 8 && MemoryLayout<Self>.offset(of: \.set2) == 12 && MemoryLayout<Self>.stride == 16

    static func record(at raw: UnsafeRawPointer) -> PatternRequirements.Record? {
        PatternRequirements.Record(word1: field(raw, 0), word2: field(raw, 4), set1: field(raw, 8), set2: field(raw, 12))
    }

    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(word1)
        snapshot.write(word2)
        snapshot.write(set1)
        snapshot.write(set2)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> PatternRequirements.Record {
        PatternRequirements.Record(word1: try snapshot.read(), word2: try snapshot.read(), set1: try snapshot.read(), set2: try snapshot.read())
    }
}

extension PatternRequirements.SetRun: SnapshotRecord {
    static var recordSize: Int { 8 }

    static func record(at raw: UnsafeRawPointer) -> PatternRequirements.SetRun? {
        PatternRequirements.SetRun(from: field(raw, 0), count: field(raw, 4))
    }

    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(from)
        snapshot.write(count)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> PatternRequirements.SetRun {
        PatternRequirements.SetRun(from: try snapshot.read(), count: try snapshot.read())
    }
}
