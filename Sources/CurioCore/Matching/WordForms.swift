/// How a word is reduced to the form cues are written in: spelling variants first
/// ("mom" → "mum", "hemorrhage" → "haemorrhage", "drank" → "drink"), then regular endings
/// ("bruises", "bruised", "bruising" → "bruis").
///
/// The variants and endings are data (`lexicon/language.yaml`); only the mechanics live here.
/// The same reduction is applied to cue words at load time and to the utterance at match
/// time, so a trainer writes "bruise" once and every inflection matches.
struct WordForms: Sendable {
    /// Spelling variant → the form used in cues.
    var spellings: [String: String] = [:]
    /// Endings to strip, longest first, each with what replaces it ("ies" → "y").
    var endings: [(ending: String, replacement: String)] = [] {
        didSet {
            endingBytes = endings.map { (Array($0.ending.utf8), Array($0.replacement.utf8)) }
            longestReplacement = endingBytes.map(\.replacement.count).max() ?? 0
        }
    }
    /// `endings` as bytes, so that reducing a word allocates nothing per ending.
    private var endingBytes: [(ending: [UInt8], replacement: [UInt8])] = []
    /// The most bytes a replacement writes: the room `reduce` needs after a word.
    private(set) var longestReplacement = 0
    /// The shortest stem an ending may leave.
    var minimumStem = 3

    /// The spelling-normalised form of a lowercase word.
    func spelling(_ word: String) -> String { spellings[word] ?? word }

    /// The reduced form: spelling variant, then one ending, then a doubled final consonant
    /// and a final silent `e` (so "stopped" and "stop", "settle" and "settled" meet).
    func stem(_ word: String) -> String {
        let word = spelling(word)
        var bytes = Array(word.utf8)
        guard bytes.count > minimumStem, bytes.allSatisfy({ $0 < 0x80 }) else { return word }
        let count = bytes.count
        bytes += repeatElement(0, count: longestReplacement)
        let reduced = bytes.withUnsafeMutableBufferPointer { reduce($0.baseAddress!, count: count) }
        return String(decoding: bytes[..<reduced], as: UTF8.self)
    }

    /// `stem` after the spelling step, in place on the bytes of an ASCII word longer than
    /// `minimumStem` (with `longestReplacement` bytes of room after it): the reduced length.
    ///
    /// On bytes so that the matcher can reduce an utterance's unknown words in scratch memory,
    /// without a `String` or an array per word; `stem` uses it too, so the two cannot differ.
    func reduce(_ bytes: UnsafeMutablePointer<UInt8>, count: Int) -> Int {
        var n = count
        for (e, replacement) in endingBytes {
            guard n - e.count >= minimumStem, Self.endsWith(bytes, n, e) else { continue }
            if e.count == 1, e[0] == UInt8(ascii: "s"), n >= 2 {
                let before = bytes[n - 2]
                if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") {
                    continue  // "less", "bus", "bronchitis"
                }
            }
            n -= e.count
            for byte in replacement {
                bytes[n] = byte
                n += 1
            }
            if replacement.isEmpty, n > minimumStem, bytes[n - 2] == bytes[n - 1] {
                let last = bytes[n - 1]
                if !"lsz".utf8.contains(last), !"aeiou".utf8.contains(last) { n -= 1 }  // "stopp" → "stop"
            }
            break
        }
        if n > minimumStem + 1, bytes[n - 1] == UInt8(ascii: "e") { n -= 1 }
        return n
    }

    private static func endsWith(_ bytes: UnsafeMutablePointer<UInt8>, _ count: Int, _ ending: [UInt8]) -> Bool {
        guard ending.count <= count else { return false }
        let from = count - ending.count
        for k in 0..<ending.count where bytes[from + k] != ending[k] { return false }
        return true
    }
}
