/// The words the lexicon knows, looked up by their UTF-8 bytes: an open-addressed table with
/// an FNV-1a hash, the words' bytes in one flat array.
///
/// Why not `[String: KnownWord]`: nearly every token of every utterance is looked up here,
/// and `String` hashing (seeded SipHash, per-call hasher set-up) was a tenth of the
/// matcher's time. The table is built once at load and never changes; a slot holds the
/// word's place and what it stands for side by side, so a probe touches one cache line.
struct KnownWords: Sendable {
    struct Slot: Sendable {
        /// The word's bytes are `bytes[from..<from + count]`; `count` 0 marks a free slot.
        var from: Int32
        var count: Int32
        var word: Lexicon.KnownWord
        /// Derived at load, never stored: a word of up to 8 bytes packed into an integer
        /// (`short`), so that finding it reads the slot alone and not the bytes too; and
        /// the word as a `String` ("" for a free slot), which the tokenizer hands out for a
        /// known word rather than decoding its bytes again for every token. Both sit in the
        /// slot the probe has just read, where separate arrays cost a cache miss each.
        var short: UInt64 = 0
        var text = ""
    }

    private var bytes: [UInt8] = []
    /// The count is a power of two, at least twice the number of words.
    private var slots: [Slot] = [Slot(from: 0, count: 0, word: Lexicon.KnownWord(key: Vocabulary.unknown, value: 0))]
    private(set) var count = 0
    /// The most bytes `Slot.short` holds.
    private static let shortest = 8

    init() {}

    init(_ known: [String: Lexicon.KnownWord]) {
        self.init(known.map { ($0.key, $0.value) })
    }

    /// `known` must not name a word twice.
    init(_ known: [(String, Lexicon.KnownWord)]) {
        var size = 2
        while size < known.count * 2 { size *= 2 }
        let free = slots[0]
        slots = Array(repeating: free, count: size)
        for (word, value) in known where !word.isEmpty {
            let from = bytes.count
            bytes += word.utf8
            var slot = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[from...])) } & (size - 1)
            while slots[slot].count > 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(from: Int32(from), count: Int32(bytes.count - from), word: value)
            count += 1
        }
        makeDerived()
    }

    /// Fills each slot's `short` and `text` from `bytes`.
    private mutating func makeDerived() {
        bytes.withUnsafeBufferPointer { bytes in
            for i in slots.indices where slots[i].count > 0 {
                let word = UnsafeBufferPointer(rebasing: bytes[Int(slots[i].from)..<Int(slots[i].from + slots[i].count)])
                slots[i].text = String(decoding: word, as: UTF8.self)
                slots[i].short = word.count <= Self.shortest ? Self.packed(word) : 0
            }
        }
    }

    /// Up to `shortest` bytes as one integer, the first in the lowest byte, zeros after.
    @inline(__always)
    private static func packed(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for k in 0..<word.count { value |= UInt64(word[k]) << UInt64(8 * k) }
        return value
    }

    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The entry for `word`'s bytes, if the lexicon knows it.
    func find(_ word: UnsafeBufferPointer<UInt8>) -> Lexicon.KnownWord? {
        slot(of: word).map { slots[$0].word }
    }

    /// The entry for `word`'s bytes and the word as a `String`, if the lexicon knows it.
    func entry(_ word: UnsafeBufferPointer<UInt8>) -> (word: Lexicon.KnownWord, text: String)? {
        slot(of: word).map { (slots[$0].word, slots[$0].text) }
    }

    /// Runs `body` with a reader over the table, valid only inside `body`: the tokenizer looks
    /// up every word of an utterance through one, where each lookup through the table's
    /// arrays retained and released them (a third of the tokenizer's calls into the runtime).
    func withReader<R>(_ body: (Reader) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                body(Reader(slots: slots, bytes: bytes))
            }
        }
    }

    /// The table read through pointers (see `withReader`); the same answers as the table's.
    struct Reader {
        let slots: UnsafeBufferPointer<Slot>
        let bytes: UnsafeBufferPointer<UInt8>

        /// As `KnownWords.find(_:)`.
        @inline(__always)
        func find(_ word: UnsafeBufferPointer<UInt8>) -> Lexicon.KnownWord? {
            slot(of: word).map { slots[$0].word }
        }

        /// As `KnownWords.find(_:)` for a string.
        func find(_ word: String) -> Lexicon.KnownWord? {
            var word = word
            return word.withUTF8 { find($0) }
        }

        /// As `KnownWords.entry(_:)`.
        @inline(__always)
        func entry(_ word: UnsafeBufferPointer<UInt8>) -> (word: Lexicon.KnownWord, text: String)? {
            slot(of: word).map { (slots[$0].word, slots[$0].text) }
        }

        @inline(__always)
        private func slot(of word: UnsafeBufferPointer<UInt8>) -> Int? {
            guard !word.isEmpty else { return nil }
            return KnownWords.slot(of: word, slots, bytes)
        }
    }

    private func slot(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !word.isEmpty else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in Self.slot(of: word, slots, bytes) }
        }
    }

    /// The probe itself, on the table's memory.
    @inline(__always)
    private static func slot(of word: UnsafeBufferPointer<UInt8>, _ slots: UnsafeBufferPointer<Slot>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = hash(word) & mask
        // Packed only once a slot of the same length turns up: most probes of an unknown
        // word end at a free slot without one.
        var short: UInt64?
        while slots[slot].count > 0 {
            if Int(slots[slot].count) == word.count {
                if word.count <= shortest {
                    if short == nil { short = packed(word) }
                    if slots[slot].short == short { return slot }
                } else if equal(bytes, Int(slots[slot].from), word) {
                    return slot
                }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in 0..<word.count where bytes[at + i] != word[i] { return false }
        return true
    }

    func find(_ word: String) -> Lexicon.KnownWord? {
        // In place when the string is contiguous (always, for a native one): `withUTF8` on a
        // copy retained and released it.
        if let found = word.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
        var word = word
        return word.withUTF8 { find($0) }
    }
}

/// In this file because the table is private.
extension KnownWords: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(bytes)
        snapshot.append(UInt32(slots.count))
        for slot in slots {
            snapshot.write(slot.from)
            snapshot.write(slot.count)
            snapshot.write(slot.word.key)
            snapshot.write(slot.word.value)
        }
        snapshot.write(count)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> KnownWords {
        var known = KnownWords()
        known.bytes = try snapshot.read()
        let slots = try snapshot.count()
        guard slots.nonzeroBitCount == 1 else { throw SnapshotReader.Failure.corrupt("a word table that is not a power of two") }
        known.slots = []
        known.slots.reserveCapacity(slots)
        for _ in 0..<slots {
            let slot = Slot(from: try snapshot.read(), count: try snapshot.read(),
                word: Lexicon.KnownWord(key: try snapshot.read(), value: try snapshot.read()))
            guard slot.from >= 0, slot.count >= 0, Int(slot.from) + Int(slot.count) <= known.bytes.count else {
                throw SnapshotReader.Failure.corrupt("a known word outside the word bytes")
            }
            known.slots.append(slot)
        }
        known.count = try snapshot.read()
        known.makeDerived()
        return known
    }
}
