/// The patterns of one index flattened into a few integer arrays, and the walk that matches
/// one of them at a token.
///
/// Why flattened: `Pattern` (an array of enum slots holding `Set`s) is the readable form the
/// compiler builds and the tests compare, but walking it costs a hash per slot and reference
/// counting on every step. Here a slot is one `Step` (a kind and two integers), a set of
/// keys is a sorted run of `setKeys` or, when large, a run of `bits`, and the walk reads
/// everything through unsafe buffers. The walk is the same as before: no backtracking except
/// over gaps, which never cross a sentence mark.
struct PatternProgram: Sendable {
    struct Step: Sendable {
        enum Kind: UInt8, Sendable {
            /// One key: `a`.
            case word
            /// A few keys: `setKeys[a..<a+b]`, sorted.
            case few
            /// Many keys: bit k of `bits[a..<a+b]`.
            case many
            /// A number in digits or words.
            case number
            /// Up to `a` tokens.
            case gap
        }

        var kind: Kind
        var a: Int32
        var b: Int32
    }

    /// Sets of at most this many keys are scanned; larger ones are bitsets.
    private static let fewestForBits = 8

    private(set) var steps = FlatTable<Step>()
    /// Pattern p's steps are `steps[starts[p]..<starts[p + 1]]`.
    private(set) var starts: [Int32] = [0]
    /// Each distinct set is stored once (`add` shares runs): patterns use a few sets over and
    /// over, so a set's offset names it (`PatternRequirements` asks about each once a search).
    private(set) var setKeys: [Int32] = []
    private(set) var bits: [UInt64] = []
    /// Where each large set's bits start, by its sorted keys, so that a set is stored once
    /// however many patterns use it. A bitset spans every key up to the set's largest, some
    /// hundreds of words: a cue whose alternatives expand into many patterns ("{drug} user",
    /// "{drug} habit" …) had stored one copy per pattern, half a megabyte of the compiled
    /// lexicon for one cue, which every cold start maps and checks. Only while building: a
    /// loaded program's patterns keep the bits they were read with, and a pattern added to
    /// it later gets bits of its own (correct, only not shared).
    private var bitsOffsets: [[Int32]: Int32] = [:]
    /// Where each set of `setKeys` starts. Not stored, and derived again only when a pattern is
    /// added to a loaded program (`deriveSetOffsets()`): filling it at every load was a few
    /// million instructions of each cold `curio match`, which never adds a pattern.
    private var setOffsets: [[Int32]: Int32] = [:]
    /// What each pattern needs in an utterance before it is walked; derived from the steps.
    private(set) var requirements = PatternRequirements()

    /// The number of patterns added.
    var count: Int { starts.count - 1 }

    mutating func add(_ pattern: Pattern) {
        if setOffsets.isEmpty, !setKeys.isEmpty { deriveSetOffsets() }
        for slot in pattern.slots {
            switch slot {
            case .number:
                steps.append(Step(kind: .number, a: 0, b: 0))
            case .gap(let most):
                steps.append(Step(kind: .gap, a: Int32(most), b: 0))
            case .words(let keys) where keys.count == 1:
                steps.append(Step(kind: .word, a: keys.first!, b: 0))
            case .words(let keys) where keys.count <= Self.fewestForBits:
                let sorted = keys.sorted()
                let offset: Int32
                if let shared = setOffsets[sorted] {
                    offset = shared
                } else {
                    offset = Int32(setKeys.count)
                    setOffsets[sorted] = offset
                    setKeys += sorted
                }
                steps.append(Step(kind: .few, a: offset, b: Int32(keys.count)))
            case .words(let keys):
                let sorted = keys.sorted()
                let words = Int(sorted.last ?? 0) / 64 + 1
                let offset: Int
                if let shared = bitsOffsets[sorted] {
                    offset = Int(shared)
                } else {
                    offset = bits.count
                    bitsOffsets[sorted] = Int32(offset)
                    bits += [UInt64](repeating: 0, count: words)
                    for key in keys { bits[offset + Int(key) / 64] |= 1 << UInt64(key % 64) }
                }
                steps.append(Step(kind: .many, a: Int32(offset), b: Int32(words)))
            }
        }
        let first = Int(starts[starts.count - 1]), setKeyCount = setKeys.count
        steps.withUnsafeBufferPointer { _ = requirements.add(UnsafeBufferPointer(rebasing: $0[first...]), setKeyCount: setKeyCount) }
        starts.append(Int32(steps.count))
    }

    /// `setOffsets` as `add` would have left it, for a program read from a snapshot, so that
    /// patterns added to it share its sets too.
    private mutating func deriveSetOffsets() {
        for run in requirements.sets {
            setOffsets[Array(setKeys[Int(run.from)..<Int(run.from + run.count)])] = run.from
        }
    }

    /// Runs `body` with a walker over these patterns and `tokens`; the walker is valid only
    /// inside `body` (it reads both through unsafe buffers).
    func withWalker<R>(over tokens: KeyedTokens, _ body: (Walker) -> R) -> R {
        steps.withUnsafeBufferPointer { steps in
            starts.withUnsafeBufferPointer { starts in
                setKeys.withUnsafeBufferPointer { setKeys in
                    bits.withUnsafeBufferPointer { bits in
                        tokens.keys.withUnsafeBufferPointer { keys in
                            tokens.marks.withUnsafeBufferPointer { marks in
                                body(Walker(steps: steps, starts: starts, setKeys: setKeys, bits: bits, keys: keys, marks: marks))
                            }
                        }
                    }
                }
            }
        }
    }

    struct Walker {
        let steps: UnsafeBufferPointer<Step>
        let starts: UnsafeBufferPointer<Int32>
        let setKeys: UnsafeBufferPointer<Int32>
        let bits: UnsafeBufferPointer<UInt64>
        let keys: UnsafeBufferPointer<Int32>
        /// `KeyedTokens.marks`.
        let marks: UnsafeBufferPointer<UInt8>

        @inline(__always) func isNumeric(_ i: Int) -> Bool { marks[i] & KeyedTokens.numericMark != 0 }
        @inline(__always) func isBarrier(_ i: Int) -> Bool { marks[i] & KeyedTokens.barrierMark != 0 }

        /// Matches pattern `p` at token `start`, whose first `matched` slots the start tables
        /// already matched: the end (exclusive) and the tokens its words matched, or nil.
        ///
        /// The tokens are kept as bits in a register while walking (`HitLiterals`), so a
        /// candidate that fails costs no memory traffic for them.
        @inline(__always)
        func match(_ p: Int, at start: Int, matched: Int) -> (end: Int, literals: HitLiterals)? {
            let first: UInt64 = matched >= 2 ? 0b11 : 0b1
            guard let (end, filled) = run(from: Int(starts[p]) + matched, to: Int(starts[p + 1]), at: start + matched, base: start, filled: first)
            else { return nil }
            return (end, HitLiterals(base: start, bits: filled))
        }

        @inline(__always)
        private func accepts(_ step: Step, _ key: Int32) -> Bool {
            guard key >= 0 else { return false }
            switch step.kind {
            case .word:
                return key == step.a
            case .few:
                let from = Int(step.a)
                for k in from..<(from + Int(step.b)) where setKeys[k] >= key { return setKeys[k] == key }
                return false
            case .many:
                let word = Int(key) / 64
                return word < Int(step.b) && bits[Int(step.a) + word] & (1 << UInt64(key % 64)) != 0
            case .number, .gap:
                return false
            }
        }

        /// Steps `from..<to` from token `i`, with the tokens matched so far as bits `filled`
        /// over the tokens from `base`: the end and those bits on success.
        func run(from: Int, to: Int, at i: Int, base: Int, filled: UInt64) -> (end: Int, filled: UInt64)? {
            let n = keys.count
            var i = i
            var s = from
            var filled = filled
            while s < to {
                let step = steps[s]
                switch step.kind {
                case .number:
                    guard i < n, isNumeric(i) else { return nil }
                case .gap:
                    let most = Int(step.a)
                    // When the step after the gap is a word or a set (nearly always), a position
                    // whose token it refuses is passed over here rather than by a call that
                    // fails at once.
                    let next = s + 1 < to ? steps[s + 1] : Step(kind: .gap, a: 0, b: 0)
                    var j = i
                    if next.kind == .word {
                        // The usual gap, before one word: positions holding another key are
                        // passed over by one compare each.
                        while j <= i + most {
                            if j < n, keys[j] == next.a, let done = run(from: s + 1, to: to, at: j, base: base, filled: filled) { return done }
                            guard j < n, !isBarrier(j) else { return nil }
                            j += 1
                        }
                        return nil
                    }
                    let plain = next.kind != .gap && next.kind != .number
                    while j <= i + most {
                        if !plain || (j < n && accepts(next, keys[j])) {
                            if let done = run(from: s + 1, to: to, at: j, base: base, filled: filled) { return done }
                        }
                        guard j < n, !isBarrier(j) else { return nil }
                        j += 1
                    }
                    return nil
                default:
                    guard i < n, accepts(step, keys[i]) else { return nil }
                }
                filled |= 1 << UInt64(i - base)
                i += 1
                s += 1
            }
            return (i, filled)
        }
    }

    /// The most tokens pattern `p` can span: its slots, each gap at its widest.
    func widestSpan(of p: Int) -> Int {
        steps.withUnsafeBufferPointer { Self.widestSpan(of: UnsafeBufferPointer(rebasing: $0[Int(starts[p])..<Int(starts[p + 1])])) }
    }

    /// `widestSpan(of:)` of a pattern whose steps are `steps`.
    static func widestSpan(of steps: UnsafeBufferPointer<Step>) -> Int {
        var span = 0
        for step in steps { span += step.kind == .gap ? Int(step.a) : 1 }
        return span
    }
}

/// In this file because the arrays are `private(set)`.
extension PatternProgram: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(steps)
        snapshot.write(starts)
        snapshot.write(setKeys)
        snapshot.write(bits)
        snapshot.write(requirements)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> PatternProgram {
        var program = PatternProgram()
        program.steps = try snapshot.table()
        program.starts = try snapshot.read()
        program.setKeys = try snapshot.read()
        program.bits = try snapshot.read()
        guard program.starts.first == 0, program.starts.last.map(Int.init) == program.steps.count else {
            throw SnapshotReader.Failure.corrupt("inconsistent pattern program")
        }
        // The requirements as stored (deriving them from the steps was a tenth of a cold
        // `curio match`), checked to fit the program.
        let requirements = try snapshot.read(PatternRequirements.self)
        guard requirements.fit(patterns: program.count, setKeyCount: program.setKeys.count) else {
            throw SnapshotReader.Failure.corrupt("pattern requirements that do not fit the program")
        }
        guard program.starts.withUnsafeBufferPointer({ starts in zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 } }) else {
            throw SnapshotReader.Failure.corrupt("a pattern outside the steps")
        }
        // Checked once after each write of the snapshot: a sealed one's steps are the ones
        // checked then (a tenth of a cold `curio match` each time).
        if !snapshot.sealed {
            try program.steps.withUnsafeBufferPointer { steps in
                try checkSteps(UnsafeRawBufferPointer(steps), setKeyCount: program.setKeys.count, bitCount: program.bits.count)
            }
        }
        program.requirements = requirements
        return program
    }

    /// Throws unless every step read from a snapshot holds a kind some writer writes, a set
    /// within the program's `setKeyCount` keys or a bitset within its `bitCount` words, and a
    /// gap no narrower than nothing: the walk reads all of these through unchecked buffers.
    ///
    /// Read as bytes, in one pass, before anything reads them as steps (which is why
    /// `Step.isRecord` checks nothing): checking the kinds in one pass and the sets in another
    /// was a tenth of a cold `curio match`. A pattern wider than a hit can record is not looked
    /// for: the compiler refuses one, and a walk over one would only lose the record of its
    /// last words, never read outside memory.
    private static func checkSteps(_ bytes: UnsafeRawBufferPointer, setKeyCount: Int, bitCount: Int) throws {
        let size = Step.recordSize
        let (few, many, gap) = (Step.Kind.few.rawValue, Step.Kind.many.rawValue, Step.Kind.gap.rawValue)
        var offset = 0
        while offset + size <= bytes.count {
            let kind = bytes.load(fromByteOffset: offset, as: UInt8.self)
            let a = Int(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: Int32.self)))
            let b = Int(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: Int32.self)))
            offset += size
            if kind < few { continue }
            if kind == few || kind == many {
                guard a >= 0, b >= 0, a + b <= (kind == few ? setKeyCount : bitCount) else {
                    throw SnapshotReader.Failure.corrupt("a set of words outside the program's keys")
                }
            } else if kind == gap {
                guard a >= 0 else { throw SnapshotReader.Failure.corrupt("a gap of negative width") }
            } else if kind > gap {
                throw SnapshotReader.Failure.corrupt("a PatternProgram.Step that no writer writes")
            }
        }
    }
}

/// A step's record is its bytes in memory: the kind's raw value (its case's index), three
/// zero bytes, `a`, `b`; so a loaded program's steps can be read where they lie.
extension PatternProgram.Step: SnapshotRecord {
    static var recordSize: Int { 12 }

    static let recordIsValueLayout = MemoryLayout<Self>.offset(of: \.kind) == 0 && MemoryLayout<Self>.offset(of: \.a) == 4
        && MemoryLayout<Self>.offset(of: \.b) == 8 && MemoryLayout<Self>.stride == 12 && MemoryLayout<Kind>.size == 1
        && [Kind.word, .few, .many, .number, .gap].allSatisfy { unsafeBitCast($0, to: UInt8.self) == $0.rawValue }

    static func record(at raw: UnsafeRawPointer) -> PatternProgram.Step? {
        guard let kind = Kind(rawValue: field(raw, 0)) else { return nil }
        return PatternProgram.Step(kind: kind, a: field(raw, 4), b: field(raw, 8))
    }

    /// Nothing to check here: a program read from a snapshot checks its steps' bytes itself,
    /// kinds with sets in one pass (`PatternProgram.checkSteps`), before walking any.
    static func isRecord(at raw: UnsafeRawPointer) -> Bool { true }

    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(kind.rawValue)
        for _ in 0..<3 { snapshot.write(UInt8(0)) }
        snapshot.write(a)
        snapshot.write(b)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> PatternProgram.Step {
        guard let kind = Kind(rawValue: try snapshot.read()) else { throw SnapshotReader.Failure.corrupt("unknown step kind") }
        _ = try snapshot.raw(3)
        return PatternProgram.Step(kind: kind, a: try snapshot.read(), b: try snapshot.read())
    }
}
