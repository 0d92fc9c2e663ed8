/// How the tokenizer reads two kinds of shorthand, from `language.yaml`:
///
/// - **symbols** read as words: clinicians write "#" for a fracture ("# of the radius", "?#
///   ribs", "rib #s"), so it is read as the word and every fracture cue and trigger applies;
///   before a digit it stays a number sign ("case #2");
/// - **"'d"**: "had" before a past participle ("she'd had thoughts of ending it all", "he'd
///   been drinking"), which states a fact, and "would" otherwise, which is hypothetical.
///   Participles are the listed words and any word with the listed ending; the listed
///   adverbs may stand between ("she'd never been seen").
struct ShorthandRules: Sendable {
    /// A symbol's word, and its plural for the symbol followed by "s".
    var symbols: [UInt8: (word: String, plural: String)] = [:]
    var participles: Set<String> = []
    var participleEnding = ""
    var adverbs: Set<String> = []

    /// Whether "'d" before this word (lowercased ASCII) is "had".
    func isParticiple(_ word: [UInt8]) -> Bool {
        if !participleEnding.isEmpty, word.count > participleEnding.utf8.count + 1, word.suffix(participleEnding.utf8.count).elementsEqual(participleEnding.utf8) {
            return true
        }
        return participles.contains(String(decoding: word, as: UTF8.self))
    }

    func isAdverb(_ word: [UInt8]) -> Bool { adverbs.contains(String(decoding: word, as: UTF8.self)) }
}
