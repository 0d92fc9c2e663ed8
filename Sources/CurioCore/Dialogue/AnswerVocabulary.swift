import Foundation

/// The phrases that choose a question's option ("yep" chooses `yes`), from
/// `dialogues/answers.yaml`.
///
/// Only the start of an answer is read for an option, so "no, but there is a mark" chooses
/// `no` while the matcher still hears the mark; the stronger finding wins in the case picture.
public struct AnswerVocabulary: Sendable {
    /// Option (lowercased) → its phrases, normalised once here (not on every answer), longest
    /// first. Whole-answer phrases are among them.
    public let phrases: [String: [String]]
    /// Option (lowercased) → its own words and its phrases, ready to be compared: every answer
    /// is compared with every phrase of every option offered.
    private var candidates: [String: PhraseList]

    /// `whole`: option (lowercased) → phrases that choose it only as the whole answer or its
    /// whole first clause ("she is", "definitely"): what follows them can turn them round ("she
    /// is fine", "definitely not"), where what follows "yes" or "no" only adds detail.
    /// Leads that report someone else's words ("mum said", "apparently", "I was told"),
    /// normalised, longest first: see `choose`.
    public let reportedLeads: [String]
    /// Job titles that name who is asking ("IDVA", "substance misuse worker"), normalised,
    /// longest first, with their numbers of words; and the leads that may come before one
    /// ("I'm a"). See `jobTitle(in:)`.
    public let jobTitles: [String]
    private let titleWords: [Int]
    private let titleLeads: [String]
    private let titleLeadWords: [Int]
    /// `reportedLeads` ready to be compared, as the options' phrases are, each with its number
    /// of words: every answer is compared with every lead, and comparing them as strings
    /// (asking each lead's UTF-8 view again whether it is ASCII, then `starts(with:)` on the
    /// views) was most of the cost of choosing an option.
    private let leads: PhraseList
    private let leadWords: [Int]
    /// Words that start an answer as an option ("no") but are as often a determiner of what
    /// the answer states ("no support from her family", "no one has seen dad"), normalised:
    /// see `startsWithDeterminer(_:)`.
    public let determinerLeads: [String]
    /// Phrases that take back what was just said ("sorry, I meant", "no wait"), normalised: an
    /// answer that chose an option and then takes something back chooses none (see `choose`).
    public let retractions: [String]
    /// Words that mark an answer as correcting something said before ("actually", "sorry",
    /// "not 5 weeks"), normalised: see `corrects(_:)`.
    public let corrections: [String]
    /// Words that say a duration is a born baby's age ("he's 2 weeks old", "born 10 days
    /// ago"), normalised: see `saysBorn(_:)`.
    public let bornWords: [String]

    /// `leading`: option (lowercased) → phrases that choose it at the start of an answer of
    /// any length ("a small one behind his left ear", "afraid so, on her cheek"): nothing that
    /// follows them turns them round, so a long answer need not be cut after them.
    public init(phrases: [String: [String]], whole: [String: [String]] = [:], leading: [String: [String]] = [:], reported: [String] = [],
                jobTitles: [String] = [], jobTitleLeads: [String] = [], determinerLeads: [String] = [], retractions: [String] = [],
                corrections: [String] = [], bornWords: [String] = []) {
        self.corrections = corrections.map(Self.normalise).filter { !$0.isEmpty }
        self.bornWords = bornWords.map(Self.normalise).filter { !$0.isEmpty }
        self.determinerLeads = determinerLeads.map(Self.normalise).filter { !$0.isEmpty }
        self.retractions = retractions.map(Self.normalise).filter { !$0.isEmpty }
        self.jobTitles = jobTitles.map(Self.normalise).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        self.titleWords = self.jobTitles.map { $0.split(separator: " ").count }
        self.titleLeads = jobTitleLeads.map(Self.normalise).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        self.titleLeadWords = self.titleLeads.map { $0.split(separator: " ").count }
        self.reportedLeads = reported.map(Self.normalise).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        self.leads = PhraseList(reportedLeads.map { Phrase($0) })
        self.leadWords = reportedLeads.map { $0.split(separator: " ").count }
        let wholeTexts = whole.mapValues { Set($0.map(Self.normalise)) }
        let leadingTexts = leading.mapValues { Set($0.map(Self.normalise)) }
        var merged = phrases
        for (key, list) in whole { merged[key, default: []] += list }
        for (key, list) in leading { merged[key, default: []] += list }
        let phrases = merged.mapValues { $0.map(Self.normalise).sorted { $0.count > $1.count } }
        self.phrases = phrases
        self.candidates = Dictionary(uniqueKeysWithValues: phrases.map { key, list in
            (key, PhraseList(Self.candidates(for: key, phrases: list, whole: wholeTexts[key] ?? [], leading: leadingTexts[key] ?? [])))
        })
    }

    /// Whether the answer is one of the vocabulary's own options and nothing more ("no", "not
    /// sure", "yep"): said to a question that asks for words, it answers something else.
    public func isBareAnswer(_ answer: String) -> Bool {
        let text = Self.normalise(answer)
        return phrases.contains { option, list in Self.normalise(option) == text || list.contains(text) }
    }

    /// The vocabulary with the own words of these options prepared too (the dialogues'
    /// options, most of which have no phrases of their own), so that no answer prepares them.
    public func preparing(options: some Sequence<String>) -> AnswerVocabulary {
        var vocabulary = self
        for option in options {
            let key = option.lowercased()
            if vocabulary.candidates[key] == nil { vocabulary.candidates[key] = PhraseList(Self.candidates(for: key, phrases: [])) }
        }
        return vocabulary
    }

    /// A phrase as it is compared with answers.
    struct Phrase: Sendable {
        /// Normalised.
        let text: String
        /// Its bytes when it is ASCII (nearly always): compared byte by byte.
        let ascii: [UInt8]?
        /// In characters: the longest phrase that starts an answer wins.
        let length: Int
        /// Chooses only as the whole answer or its whole first clause, however short the answer.
        let whole: Bool
        /// Chooses at the start of an answer however long the answer (`whole` wins if both).
        let leading: Bool
        /// The first of `ascii`, nil when the phrase is not ASCII or is empty: nearly every
        /// phrase fails on it, told without reading the arrays.
        let first: UInt8?

        init(_ text: String, whole: Bool = false, leading: Bool = false) {
            self.text = text
            self.leading = leading
            self.ascii = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : nil
            self.length = text.count
            self.whole = whole
            self.first = ascii?.first
        }

        /// Whether the (normalised) answer starts with the phrase at a word boundary, as
        /// `AnswerVocabulary.starts(_:with:)` says.
        func starts(_ text: String, bytes: [UInt8]) -> Bool {
            if let first, bytes.first != first { return false }
            guard let ascii else { return AnswerVocabulary.starts(text, with: self.text) }
            guard !ascii.isEmpty, bytes.count >= ascii.count else { return false }
            for index in ascii.indices where bytes[index] != ascii[index] { return false }
            return bytes.count == ascii.count || bytes[ascii.count] == UInt8(ascii: " ")
        }
    }

    /// An option's own words first, then its phrases.
    private static func candidates(for key: String, phrases: [String], whole: Set<String> = [], leading: Set<String> = []) -> [Phrase] {
        [Phrase(normalise(key))] + phrases.map { Phrase($0, whole: whole.contains($0), leading: leading.contains($0)) }
    }

    public static let fileName = "answers.yaml"

    public static func load(from directory: URL) throws -> AnswerVocabulary {
        let root = try DataNode.load(directory.appendingPathComponent(fileName), displayName: fileName)
        try root.allowOnly(["options", "whole", "leading", "reported", "job_titles", "job_title_leads", "determiner_leads", "retractions",
                            "corrections", "born_words"],
                           in: "the answers file")
        var phrases: [String: [String]] = [:]
        for (option, list) in try root.required("options", in: "the answers file").entries("options") {
            phrases[option.lowercased()] = try list.strings("phrases")
        }
        var whole: [String: [String]] = [:]
        if let node = root["whole"] {
            for (option, list) in try node.entries("whole") {
                guard phrases[option.lowercased()] != nil else {
                    throw list.error("`whole` names `\(option)`, which is not an option under `options`")
                }
                whole[option.lowercased()] = try list.strings("phrases")
            }
        }
        var leading: [String: [String]] = [:]
        if let node = root["leading"] {
            for (option, list) in try node.entries("leading") {
                guard phrases[option.lowercased()] != nil else {
                    throw list.error("`leading` names `\(option)`, which is not an option under `options`")
                }
                leading[option.lowercased()] = try list.strings("phrases")
            }
        }
        let reported = try root["reported"]?.strings("reported") ?? []
        return AnswerVocabulary(phrases: phrases, whole: whole, leading: leading, reported: reported,
                                jobTitles: try root["job_titles"]?.strings("job_titles") ?? [],
                                jobTitleLeads: try root["job_title_leads"]?.strings("job_title_leads") ?? [],
                                determinerLeads: try root["determiner_leads"]?.strings("determiner_leads") ?? [],
                                retractions: try root["retractions"]?.strings("retractions") ?? [],
                                corrections: try root["corrections"]?.strings("corrections") ?? [],
                                bornWords: try root["born_words"]?.strings("born_words") ?? [])
    }

    /// Whether the answer starts with one of `determinerLeads` followed straight by a word, no
    /// mark between ("no support from her family at all", not "no, she has support" nor a bare
    /// "no"): said so, the word may belong to what the answer states rather than answer the
    /// question (the caller decides, from what the matcher heard in it).
    public func startsWithDeterminer(_ answer: String) -> Bool {
        guard !determinerLeads.isEmpty else { return false }
        let trimmed = answer.drop { $0 == " " || $0 == "\t" }
        for lead in determinerLeads {
            guard trimmed.count > lead.count, trimmed.prefix(lead.count).lowercased() == lead else { continue }
            let after = trimmed.dropFirst(lead.count)
            // One space, then a letter: a word of the same clause.
            guard after.first == " ", let next = after.dropFirst().first, next.isLetter else { continue }
            return true
        }
        return false
    }

    /// The job title an answer starts with (after a lead such as "I'm a"), and the rest of the
    /// answer after it: "IDVA" is the title and nothing more; "substance misuse worker, worried
    /// about a bruise on a 6 week old" is the title and ", worried about ...". Said to "what is
    /// your role?", the title names who is asking and says nothing about the family, so only
    /// the rest is read for findings. Nil when the answer starts with no title.
    public func jobTitle(in answer: String) -> (title: String, rest: String)? {
        guard !jobTitles.isEmpty else { return nil }
        var text = Self.normalise(answer)
        var dropped = 0
        for (index, lead) in titleLeads.enumerated() where Self.starts(text, with: lead) {
            dropped = titleLeadWords[index]
            text = String(text.dropFirst(lead.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        for (index, title) in jobTitles.enumerated() where Self.starts(text, with: title) {
            let words = text.split(separator: " ").prefix(titleWords[index]).joined(separator: " ")
            return (words, Self.dropping(words: dropped + titleWords[index], from: answer))
        }
        return nil
    }

    /// The option an answer chooses among `options`, if any.
    ///
    /// Every option's own words and its phrases compete; the longest phrase that starts the
    /// answer (at a word boundary) wins, so "not sure" beats "no" and "no idea" beats "no".
    ///
    /// A phrase only chooses when it is the whole first clause ("no, nothing seen") or the
    /// answer is short ("yes on his arm"): "not sure who the father is", said to a question
    /// about danger, is about the father and must not answer "not sure" to the danger. A
    /// `leading` phrase chooses at the start of an answer of any length ("a small one behind
    /// his left ear and another on his cheek").
    ///
    /// An answer that reports someone else's words ("mum said there was one yesterday",
    /// "apparently yes") chooses by what follows the lead; a yes so reported is second-hand,
    /// and chooses `not sure` (a possible finding) where that is offered.
    ///
    /// An answer that takes something back after the phrase that chose (`retractions`: "yes, a
    /// bruise on - sorry, I meant a birthmark, no bruise") chooses nothing: the phrase at its
    /// start may be what was taken back, so what the matcher hears in the whole answer decides
    /// (the yes had made a birthmark a bruise, and the bruising protocol followed).
    public func choose(_ answer: String, among options: [String]) -> String? {
        let text = Self.normalise(answer)
        guard !text.isEmpty else { return nil }
        guard let (option, length) = chooseFromStart(text, answer: answer, among: options) else { return nil }
        if let length, takesBack(text, after: length) { return nil }
        return option
    }

    /// Whether the answer says it corrects something told before: one of `corrections` or of
    /// `retractions` is among its words ("sorry, she's 14 months", "actually he is 2", "14
    /// months not weeks"). Read where an answer would replace what an earlier one said.
    public func corrects(_ answer: String) -> Bool {
        let text = " " + Self.normalise(answer) + " "
        return corrections.contains { text.contains(" \($0) ") } || retractions.contains { text.contains(" \($0) ") }
    }

    /// Whether the answer tells a born baby's age: one of `bornWords` is among its words ("he's 2
    /// weeks old", "born 10 days ago"). Said to the question of a pregnancy's weeks, such an age
    /// is the baby's, not a gestation.
    public func saysBorn(_ answer: String) -> Bool {
        let text = " " + Self.normalise(answer) + " "
        return bornWords.contains { text.contains(" \($0) ") }
    }

    /// Whether one of `retractions` comes in `text` after its first `length` characters (the
    /// phrase that chose: "yes sorry i meant no" is a phrase of `no`, chosen whole).
    private func takesBack(_ text: String, after length: Int) -> Bool {
        guard !retractions.isEmpty, text.count > length else { return false }
        let rest = " " + text.dropFirst(length) + " "
        return retractions.contains { rest.contains(" \($0) ") }
    }

    /// The option the start of `text` (normalised `answer`) chooses, and the length of the phrase
    /// that chose it (nil when a reported lead was dropped and the rest chose: `choose` read it).
    private func chooseFromStart(_ text: String, answer: String, among options: [String]) -> (option: String, length: Int?)? {
        // `text` is normalised: words are separated by single spaces.
        let bytes = Array(text.utf8)
        // A lead starts the answer as `starts(_:with:)` says (`Phrase.starts` is the same test).
        // The leads and phrases are read where they lie: iterating them copied each (its text
        // and bytes retained and released), dozens on every answer, nearly all to fail on
        // their first byte.
        // Only those that can start it are asked (`PhraseList`), in the same order.
        let lead = leads.phrases.withUnsafeBufferPointer { phrases -> Int? in
            for position in leads.positions(startingWith: bytes.first) where phrases[Int(position)].starts(text, bytes: bytes) {
                return Int(position)
            }
            return nil
        }
        if let lead {
            let rest = Self.dropping(words: leadWords[lead], from: answer)
            guard let chosen = choose(rest, among: options) else { return nil }
            return (chosen == "yes" && options.contains(where: { $0.lowercased() == "not sure" }) ? "not sure" : chosen, nil)
        }
        let isShort = bytes.count(where: { $0 == UInt8(ascii: " ") }) < Self.shortAnswerWords
        var firstClause: String?
        var best: (option: String, length: Int, leading: Bool)?
        // The longest phrase of any option offered that starts the answer, chosen or not: a
        // leading phrase of another option inside it ("no" in "no idea who did it, ...") does
        // not choose.
        var longestStarting: (option: String, length: Int)?
        for option in options {
            let key = option.lowercased()
            let phrases = candidates[key] ?? PhraseList(Self.candidates(for: key, phrases: []))
            let positions = phrases.positions(startingWith: bytes.first)
            phrases.phrases.withUnsafeBufferPointer { phrases in
                for position in positions {
                    let index = Int(position)
                    guard phrases[index].starts(text, bytes: bytes) else { continue }
                    if phrases[index].length > (longestStarting?.length ?? 0) { longestStarting = (option, phrases[index].length) }
                    if (!isShort && !phrases[index].leading) || phrases[index].whole {
                        firstClause = firstClause ?? Self.normalise(Self.firstClause(of: answer))
                        guard firstClause == phrases[index].text else { continue }
                    }
                    if phrases[index].length > (best?.length ?? 0) {
                        best = (option, phrases[index].length, phrases[index].leading && !isShort)
                    }
                }
            }
        }
        if let best, best.leading, let longest = longestStarting, best.length < longest.length, longest.option != best.option {
            return nil
        }
        return best.map { ($0.option, $0.length) }
    }

    /// The answer without its first `count` words (and the marks around them: "Mum said, there
    /// was one" without two words is "there was one").
    static func dropping(words count: Int, from answer: String) -> String {
        if let rest = droppingASCII(words: count, from: answer) { return rest }
        var rest = Substring(answer)
        for _ in 0..<count {
            rest = rest.drop { !$0.isLetter && !$0.isNumber }
            rest = rest.drop { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}" }
        }
        return String(rest.drop { !$0.isLetter && !$0.isNumber })
    }

    /// `dropping(words:from:)` for an ASCII answer (nil for any other), byte by byte: each of
    /// its characters is one byte but "\r\n", whose two bytes are neither letters nor digits
    /// (as the character is not), and its letters and digits are A-Z, a-z and 0-9. Reading the
    /// answer as characters cost some 14K instructions for each answer so reported.
    static func droppingASCII(words count: Int, from answer: String) -> String? {
        var answer = answer
        return answer.withUTF8 { bytes -> String? in
            guard ASCIIText.isASCII(bytes) else { return nil }
            func isLetterOrDigit(_ byte: UInt8) -> Bool {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
                default: false
                }
            }
            var index = 0
            for _ in 0..<count {
                while index < bytes.count, !isLetterOrDigit(bytes[index]) { index += 1 }
                while index < bytes.count, isLetterOrDigit(bytes[index]) || bytes[index] == UInt8(ascii: "'") { index += 1 }
            }
            while index < bytes.count, !isLetterOrDigit(bytes[index]) { index += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[index...]), as: UTF8.self)
        }
    }

    /// The answer up to its first clause mark. An ASCII answer is read byte by byte, where its
    /// bytes lie (through `String.utf8` each byte cost tens of instructions): its only
    /// character of two scalars is "\r\n", which is no mark (only "\n" alone is).
    static func firstClause(of answer: String) -> String {
        var copy = answer
        let end = copy.withUTF8 { bytes -> Int? in
            guard ASCIIText.isASCII(bytes) else { return nil }
            var index = 0
            var previous: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                let joined = byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r")
                if !joined, asciiClauseMarks.contains(byte) {
                    // A "\r" just before is part of the "\r\n" character, which is no mark either way.
                    break
                }
                previous = byte
                index += 1
            }
            return index
        }
        guard let end else { return String(answer.prefix { !clauseMarks.contains($0) }) }
        return String(answer[..<answer.utf8.index(answer.utf8.startIndex, offsetBy: end)])
    }

    /// The clause marks that are ASCII, as bytes.
    static let asciiClauseMarks: [UInt8] = Array(",.;:!?-(\n".utf8)

    /// Marks that end the first clause of an answer.
    static let clauseMarks: Set<Character> = [",", ".", ";", ":", "!", "?", "-", "\u{2013}", "\u{2014}", "(", "\n"]

    /// Answers of up to this many words may go on after the option's phrase.
    static let shortAnswerWords = 4

    /// Lowercased, curly quotes straightened, punctuation other than apostrophes turned into
    /// spaces, spaces folded.
    static func normalise(_ text: String) -> String {
        normaliseASCII(text) ?? normaliseUnicode(text)
    }

    static func normaliseUnicode(_ text: String) -> String {
        var out = ""
        var lastWasSpace = true
        for scalar in text.lowercased().unicodeScalars {
            let character: Character
            switch scalar {
            case "\u{2019}", "\u{2018}", "'": character = "'"
            case _ where CharacterSet.alphanumerics.contains(scalar): character = Character(scalar)
            default: character = " "
            }
            if character == " " {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(character)
                lastWasSpace = false
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// Whether `text` starts with `phrase` at a word boundary (both normalised).
    /// The same for text that is all ASCII (nearly every answer), byte by byte: the general
    /// form's Unicode tables cost more than the rest of choosing an option.
    static func normaliseASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard ASCIIText.isASCII(bytes) else { return nil }
            let space = UInt8(ascii: " ")
            // Each byte through a table (its lowercase letter or digit, the apostrophe, or a
            // space), over the string's own bytes: iterating the `String`'s UTF-8 view cost some
            // thirty instructions a byte, and answers are read on every turn.
            return asciiFolding.withUnsafeBufferPointer { folding in
                // Written straight into the string's storage: no scratch array to copy from.
                String(unsafeUninitializedCapacity: bytes.count) { out in
                    var count = 0
                    var lastWasSpace = true
                    for byte in bytes {
                        let mapped = folding[Int(byte)]
                        if mapped == space {
                            if !lastWasSpace {
                                out[count] = space
                                count += 1
                            }
                            lastWasSpace = true
                        } else {
                            out[count] = mapped
                            count += 1
                            lastWasSpace = false
                        }
                    }
                    if count > 0 && out[count - 1] == space { count -= 1 }
                    return count
                }
            }
        }
    }

    /// What `normaliseASCII` makes of each ASCII byte: letters lowercased, digits and the
    /// apostrophe kept, anything else a space.
    static let asciiFolding: [UInt8] = (0..<128).map { (byte: UInt8) -> UInt8 in
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"): byte
        default: UInt8(ascii: " ")
        }
    }

    static func starts(_ text: String, with phrase: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        // Byte by byte first: almost every phrase fails on its first bytes, and String's
        // `hasPrefix` and `count` are Unicode-aware and slow. Only a byte match is checked again
        // the careful way (it is also what a non-ASCII phrase needs).
        if phrase.utf8.allSatisfy({ $0 < 0x80 }) {
            guard text.utf8.starts(with: phrase.utf8) else { return false }
            let after = text.utf8.dropFirst(phrase.utf8.count).first
            return after == nil || after == UInt8(ascii: " ")
        }
        guard text.hasPrefix(phrase) else { return false }
        return text.count == phrase.count || text.dropFirst(phrase.count).first == " "
    }
}
