/// The age rules' words (`AgeRules`) and the spelling variants, as tables looked up on a
/// word's bytes, for `AgeReader`.
///
/// Why: the age reader asks a dozen questions about the words around every number ("is the
/// word after the unit one of `notAgeAfter`?"), each the spelling variant's lookup and then a
/// `Set<String>` lookup, and seeded SipHash with its per-call set-up made it a tenth of the
/// matcher's time. The same answers come from `KnownWords`' byte-hashed tables. Built once per
/// matcher from the rules, never stored in the snapshot.
///
/// A class: its thirty tables are read in place through one reference, where a struct this
/// size was copied (and every table retained) wherever the reader was.
final class AgeWords: Sendable {
    /// A set of words with `Set<String>.contains`' answers.
    struct Set: Sendable {
        private var table = KnownWords()
        /// `KnownWords` leaves out the empty word.
        private var hasEmpty = false
        /// Bit b (of 256, four words) is set when some word starts with byte b: most words asked
        /// about ("on", "the", "his" for the articles) start with no member's first byte, and
        /// are turned away without hashing them. Held inline, so reading it retains nothing.
        private var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        init() {}

        init(_ words: Swift.Set<String>) {
            table = KnownWords(words.map { ($0, Lexicon.KnownWord(key: 0, value: 0)) })
            hasEmpty = words.contains("")
            for word in words {
                guard let first = word.utf8.first else { continue }
                let bit: UInt64 = 1 << UInt64(first & 63)
                switch first >> 6 {
                case 0: firstBytes.0 |= bit
                case 1: firstBytes.1 |= bit
                case 2: firstBytes.2 |= bit
                default: firstBytes.3 |= bit
                }
            }
        }

        /// Some word of the set starts with byte `first`.
        @inline(__always)
        func mayStart(with first: UInt8) -> Bool {
            let bit: UInt64 = 1 << UInt64(first & 63)
            switch first >> 6 {
            case 0: return firstBytes.0 & bit != 0
            case 1: return firstBytes.1 & bit != 0
            case 2: return firstBytes.2 & bit != 0
            default: return firstBytes.3 & bit != 0
            }
        }

        /// The first byte is read in place (see `WordShapes.admits`).
        @inline(__always)
        func contains(_ word: String) -> Bool {
            let utf8 = word.utf8
            guard let first = utf8.withContiguousStorageIfAvailable({ $0.first }) ?? utf8.first else { return hasEmpty }
            return mayStart(with: first) && table.find(word) != nil
        }

        /// `contains` for a word that may be missing (nil: no). Asked as `word.map(set.contains)`,
        /// the method reference was a closure allocated (and the set copied) every time.
        @inline(__always)
        func includes(_ word: String?) -> Bool {
            guard let word else { return false }
            return contains(word)
        }
    }

    /// A map from words to numbers with `Dictionary.subscript`'s answers.
    struct Values: Sendable {
        private var table = KnownWords()
        private var values: [Double] = []
        private var empty: Double?

        init() {}

        init(_ map: [String: Double]) {
            var entries: [(String, Lexicon.KnownWord)] = []
            for (word, value) in map {
                entries.append((word, Lexicon.KnownWord(key: Int32(values.count), value: 0)))
                values.append(value)
            }
            table = KnownWords(entries)
            empty = map[""]
        }

        subscript(_ word: String) -> Double? {
            if word.isEmpty { return empty }
            return table.find(word).map { values[Int($0.key)] }
        }
    }

    /// Spelling variant → the form used in cues (`WordForms.spelling`).
    private let variants: KnownWords
    private let spelled: [String]
    private let emptySpelled: String?

    let unitWeeks: Values
    let notAgeBefore: Set
    let notAgeAfter: Set
    let gestationAfter: Set
    let bornAt: Set
    let born: Set
    let birthManner: Set
    let antenatal: Set
    let dayBefore: Set
    let dayAfter: Set
    let points: Set
    let current: Set
    let rejectedBefore: Set
    let dateLeads: Set
    let babySibling: Set
    let bareUnitBefore: Set
    let subjectAgeAfter: Set
    let birthEvents: Set
    let checks: Set
    let postnatal: Set
    let sober: Set
    let mother: Set
    let linking: Set
    let articles: Set
    let old: Set
    let needsOld: Set
    let aged: Set
    let corrections: Set
    let correctionBetween: Set
    let otherChild: Set
    let otherChildBetween: Set
    let otherChildLeads: Set
    let otherChildNouns: Set
    let pregnancyPoints: Set
    let olderChildNamed: Set
    let ageSubjects: Set
    let narrowing: Set
    let checkLead: Set
    let checkDone: Set
    let checkAhead: Set
    let ofAge: Set
    let ageDays: Set
    let gestationUnits: Set
    let vagueLinks: Set
    let weekBefore: Set
    let weekAfter: Set
    let dayLead: Set
    let dayContacts: Set
    let dayOn: Set
    let arrival: Set
    let arrivalOthers: Set
    let arrivalBetween: Set
    let pastFrame: Set
    let pastVerbs: Set
    let markWords: Set
    let markRelatives: Set
    let markLinks: Set
    let markVerbs: Set
    let markDating: Set
    let markSubjectDeterminers: Set
    let birthOffset: Set
    let childInQuestion: Set
    let bareYearsSubjects: Set
    let bareYearsTurned: Set
    let bareYearsAfter: Set
    let bareYearsOthers: Set
    /// The first word of each `pregnancyLoss` phrase.
    let pregnancyLossFirst: Set
    let pregnancyBesideSubjects: Set
    let babyDoing: Set
    let pregnancySpeakers: Set
    let motherClauseLinks: Set
    let checkPlan: Set
    let aheadLeads: Set
    let aheadVerbs: Set
    let pregnancyBeside: Set
    /// The first word of each `hypotheticalQuestions` phrase.
    let hypotheticalFirst: Set
    /// The first word of each `approx` phrase, and the last of each `over` and `nearly` one: a
    /// word before or after a number is looked up once here, and only a member is compared
    /// phrase by phrase (comparing unequal strings is Swift's slow path).
    let approxFirst: Set
    /// The first word of each `pregnancyTold` phrase: a word before bare weeks is compared
    /// phrase by phrase only when it is one.
    let pregnancyToldFirst: Set
    let overOrNearlyLast: Set
    /// The first words of the `bornWhen` phrases, as written (a quick test before matching one).
    let bornWhenFirst: Set
    /// The `bornWhenFirst` words' shapes (length and first letter), as bits: asked of every
    /// token of an utterance with no age, so most are ruled out without hashing.
    private let bornWhenShapes: WordShapes

    init(rules: AgeRules, forms: WordForms) {
        var entries: [(String, Lexicon.KnownWord)] = []
        var spelled: [String] = []
        for (variant, form) in forms.spellings {
            entries.append((variant, Lexicon.KnownWord(key: Int32(spelled.count), value: 0)))
            spelled.append(form)
        }
        // A unit mistyped ("weeeks", "weks", "monthss", "mnoths") is spelled as the unit.
        for (typo, unit) in Self.unitTypos(Array(rules.unitWeeks.keys)) where forms.spellings[typo] == nil {
            entries.append((typo, Lexicon.KnownWord(key: Int32(spelled.count), value: 0)))
            spelled.append(unit)
        }
        variants = KnownWords(entries)
        self.spelled = spelled
        emptySpelled = forms.spellings[""]
        unitWeeks = Values(rules.unitWeeks)
        notAgeBefore = Set(rules.notAgeBefore)
        notAgeAfter = Set(rules.notAgeAfter)
        gestationAfter = Set(rules.gestationAfter)
        bornAt = Set(rules.bornAt)
        born = Set(rules.born)
        birthManner = Set(rules.birthManner)
        antenatal = Set(rules.antenatal)
        dayBefore = Set(rules.dayBefore)
        dayAfter = Set(rules.dayAfter)
        points = Set(rules.points)
        current = Set(rules.current)
        rejectedBefore = Set(rules.rejectedBefore)
        dateLeads = Set(rules.dateLeads)
        babySibling = Set(rules.babySibling)
        bareUnitBefore = Set(rules.bareUnitBefore)
        subjectAgeAfter = Set(rules.subjectAgeAfter)
        birthEvents = Set(rules.birthEvents)
        checks = Set(rules.checks)
        postnatal = Set(rules.postnatal)
        sober = Set(rules.sober)
        mother = Set(rules.mother)
        linking = Set(rules.linking)
        articles = Set(rules.articles)
        old = Set(rules.old)
        needsOld = Set(rules.needsOld)
        aged = Set(rules.aged)
        corrections = Set(rules.corrections)
        correctionBetween = Set(rules.correctionBetween)
        otherChild = Set(rules.otherChild)
        otherChildBetween = Set(rules.otherChildBetween)
        otherChildLeads = Set(rules.otherChildLeads)
        otherChildNouns = Set(rules.otherChildNouns)
        pregnancyPoints = Set(rules.pregnancyPoints)
        olderChildNamed = Set(rules.olderChildNamed)
        ageSubjects = Set(rules.ageSubjects)
        narrowing = Set(rules.narrowing)
        checkLead = Set(rules.checkLead)
        checkDone = Set(rules.checkDone)
        checkAhead = Set(rules.checkAhead)
        ofAge = Set(rules.ofAge)
        ageDays = Set(rules.ageDays)
        gestationUnits = Set(rules.gestationUnits)
        vagueLinks = Set(rules.vagueLinks)
        weekBefore = Set(rules.weekBefore)
        weekAfter = Set(rules.weekAfter)
        dayLead = Set(rules.dayLead)
        dayContacts = Set(rules.dayContacts)
        dayOn = Set(rules.dayOn)
        arrival = Set(rules.arrival)
        arrivalOthers = Set(rules.arrivalOthers)
        arrivalBetween = Set(rules.arrivalBetween)
        pastFrame = Set(rules.pastFrame)
        pastVerbs = Set(rules.pastVerbs)
        markWords = Set(rules.markWords)
        markRelatives = Set(rules.markRelatives)
        markLinks = Set(rules.markLinks)
        markVerbs = Set(rules.markVerbs)
        markDating = Set(rules.markDating)
        markSubjectDeterminers = Set(rules.markSubjectDeterminers)
        birthOffset = Set(rules.birthOffset)
        childInQuestion = Set(rules.childInQuestion)
        bareYearsSubjects = Set(rules.bareYearsSubjects)
        bareYearsTurned = Set(rules.bareYearsTurned)
        bareYearsAfter = Set(rules.bareYearsAfter)
        bareYearsOthers = Set(rules.bareYearsOthers)
        pregnancyLossFirst = Set(Swift.Set(rules.pregnancyLoss.compactMap(\.first)))
        pregnancyBesideSubjects = Set(rules.pregnancyBesideSubjects)
        babyDoing = Set(rules.babyDoing)
        pregnancySpeakers = Set(rules.pregnancySpeakers)
        motherClauseLinks = Set(rules.motherClauseLinks)
        checkPlan = Set(rules.checkPlan)
        aheadLeads = Set(rules.aheadLeads)
        aheadVerbs = Set(rules.aheadVerbs)
        pregnancyBeside = Set(rules.pregnancyBeside)
        hypotheticalFirst = Set(Swift.Set(rules.hypotheticalQuestions.compactMap(\.first)))
        approxFirst = Set(Swift.Set(rules.approx.compactMap(\.first)))
        pregnancyToldFirst = Set(Swift.Set(rules.pregnancyTold.compactMap(\.first)))
        overOrNearlyLast = Set(Swift.Set((rules.over + rules.nearly).compactMap(\.last)))
        bornWhenFirst = Set(Swift.Set(rules.bornWhen.compactMap(\.first)))
        bornWhenShapes = WordShapes(rules.bornWhen.compactMap(\.first))
    }

    /// The mistypings of the age units of four letters or more that read as those units: one
    /// letter after the first left out (keeping four: "ears" is no "years"), one letter
    /// doubled, two neighbours swapped. "7 weeeks old" and "aged 3 mnths" are ages as "7 weeks
    /// old" is; a practitioner typing fast drops or doubles a letter far more often than she
    /// writes another word after a number. A letter
    /// changed for another is not read ("weak", "mouth", "dads" are words of their own), and no
    /// mistyping that is itself a unit or another unit's mistyping is kept.
    static func unitTypos(_ units: [String]) -> [(typo: String, unit: String)] {
        let unitSet = Swift.Set(units)
        var found: [String: String] = [:]
        var clashing: Swift.Set<String> = []
        for unit in units.sorted() where unit.count >= 4 && unit.allSatisfy(\.isLetter) {
            let letters = Array(unit)
            var typos: Swift.Set<String> = []
            for i in letters.indices {
                var dropped = letters
                dropped.remove(at: i)
                if i > 0, dropped.count >= 4 { typos.insert(String(dropped)) }
                var doubled = letters
                doubled.insert(letters[i], at: i)
                typos.insert(String(doubled))
                if i + 1 < letters.count, letters[i] != letters[i + 1] {
                    var swapped = letters
                    swapped.swapAt(i, i + 1)
                    typos.insert(String(swapped))
                }
            }
            for typo in typos where !unitSet.contains(typo) {
                if let other = found[typo], other != unit { clashing.insert(typo) } else { found[typo] = unit }
            }
        }
        return found.filter { !clashing.contains($0.key) }.map { ($0.key, $0.value) }.sorted { $0.typo < $1.typo }
    }

    /// Whether `word` may be the first word of a `bornWhen` phrase (false rules it out).
    @inline(__always)
    func mayStartBornWhen(_ word: String) -> Bool {
        bornWhenShapes.admits(word) && bornWhenFirst.contains(word)
    }

    /// `forms.spelling(word)`: the spelling-normalised form of a lowercase word.
    func spelling(_ word: String) -> String {
        if word.isEmpty { return emptySpelled ?? word }
        return variants.find(word).map { spelled[Int($0.key)] } ?? word
    }
}
