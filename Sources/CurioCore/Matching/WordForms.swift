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
        didSet { endingBytes = endings.map { (Array($0.ending.utf8), Array($0.replacement.utf8)) } }
    }
    /// `endings` as bytes, so that reducing a word allocates nothing per ending.
    private var endingBytes: [(ending: [UInt8], replacement: [UInt8])] = []
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
        for (e, replacement) in endingBytes {
            guard bytes.count - e.count >= minimumStem, bytes.suffix(e.count).elementsEqual(e) else { continue }
            if e == [UInt8(ascii: "s")], let before = bytes.dropLast().last, before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") {
                continue  // "less", "bus", "bronchitis"
            }
            bytes.removeLast(e.count)
            bytes.append(contentsOf: replacement)
            if replacement.isEmpty, bytes.count > minimumStem, let last = bytes.last, bytes[bytes.count - 2] == last,
                !"lsz".utf8.contains(last), !"aeiou".utf8.contains(last)
            {
                bytes.removeLast()  // "stopp" → "stop"
            }
            break
        }
        if bytes.count > minimumStem + 1, bytes.last == UInt8(ascii: "e") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
