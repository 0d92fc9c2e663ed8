/// A compiled `Lexicon` as bytes: everything `LexiconLoader` builds (vocabulary, patterns,
/// start tables, known words, typo buckets, fact rules), so that loading it back skips the
/// YAML parse and the pattern compiler, two thirds of a cold `curio match`.
///
/// The bytes carry a magic and `formatVersion`, checked on reading; whether they are still
/// the lexicon's current form is `LexiconCache`'s business (it keys them by the files' bytes
/// and the binary). Bump `formatVersion` whenever a field is added, removed or reordered
/// below or in the tables' own `SnapshotCodable` extensions.
enum LexiconSnapshot {
    static let magic = Array("CURIOLEX".utf8)
    static let formatVersion: UInt32 = 50

    static func bytes(of lexicon: Lexicon) -> [UInt8] {
        var writer = SnapshotWriter()
        magic.withUnsafeBytes { writer.append($0) }
        writer.append(formatVersion)
        writer.write(lexicon)
        return writer.bytes
    }

    static func lexicon(from bytes: [UInt8]) throws -> Lexicon {
        try bytes.withUnsafeBytes { try lexicon(from: $0) }
    }

    /// The lexicon in `bytes`; its large tables are read where they lie in `file` (which
    /// `bytes` must lie in) when one is given, else copied into a region of their own.
    /// `sealed`: the bytes were checked in full before (`SnapshotReader.sealed`).
    static func lexicon(from bytes: UnsafeRawBufferPointer, borrowingFrom file: SnapshotFile? = nil, sealed: Bool = false) throws -> Lexicon {
        // Room for the pattern tables (`FlatTable`): address space only, no memory until
        // written. A record in memory takes no more than in the snapshot, so the snapshot's
        // size is always room enough.
        try SnapshotReader.reading(bytes, region: TableRegion(capacity: bytes.count), borrowingFrom: file, sealed: sealed) { reader in
            guard Array(try reader.raw(magic.count)) == magic else { throw SnapshotReader.Failure.corrupt("not a lexicon snapshot") }
            guard try reader.integer(UInt32.self) == formatVersion else { throw SnapshotReader.Failure.corrupt("another format version") }
            return try reader.read(Lexicon.self)
        }
    }
}

extension Lexicon: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(forms)
        snapshot.write(shorthand)
        snapshot.write(typos)
        snapshot.write(surface)
        snapshot.write(numberWords)
        snapshot.write(vocabulary)
        snapshot.write(CueList(cues: cues))
        snapshot.write(cueIndex)
        snapshot.write(factorRules)
        snapshot.write(triggers)
        snapshot.write(triggerIndex)
        snapshot.write(scopes)
        snapshot.write(hardMarks)
        snapshot.write(softBoundaries)
        snapshot.write(listWords)
        snapshot.write(newItemFactors)
        snapshot.write(itemEnds)
        snapshot.write(presupposition)
        snapshot.write(questionMark)
        snapshot.write(age)
        snapshot.write(babyNamedByAge)
        snapshot.write(roles)
        snapshot.write(carerWords)
        snapshot.write(weight)
        snapshot.write(combinations)
        snapshot.write(files)
        snapshot.write(known)
        snapshot.write(markKeys)
        snapshot.write(properNameWord)
        snapshot.write(properNameKey)
        snapshot.write(namesAlsoWords)
        snapshot.write(namesAlso)
        snapshot.write(reducedKeys)
        snapshot.write(spellingKeys)
        snapshot.write(hesitations)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> Lexicon {
        var lexicon = Lexicon()
        lexicon.forms = try snapshot.read()
        lexicon.shorthand = try snapshot.read()
        lexicon.typos = try snapshot.read()
        lexicon.surface = try snapshot.read()
        lexicon.numberWords = try snapshot.read()
        lexicon.vocabulary = try snapshot.read()
        lexicon.cues = try snapshot.read(CueList.self).cues
        lexicon.cueIndex = try snapshot.read()
        lexicon.factorRules = try snapshot.read()
        lexicon.triggers = try snapshot.read()
        lexicon.triggerIndex = try snapshot.read()
        lexicon.scopes = try snapshot.read()
        lexicon.hardMarks = try snapshot.read()
        lexicon.softBoundaries = try snapshot.read()
        lexicon.listWords = try snapshot.read()
        lexicon.newItemFactors = try snapshot.read()
        lexicon.itemEnds = try snapshot.read()
        lexicon.presupposition = try snapshot.read()
        lexicon.questionMark = try snapshot.read()
        lexicon.age = try snapshot.read()
        lexicon.babyNamedByAge = try snapshot.read()
        lexicon.roles = try snapshot.read()
        lexicon.carerWords = try snapshot.read()
        lexicon.weight = try snapshot.read()
        lexicon.combinations = try snapshot.read()
        lexicon.files = try snapshot.read()
        lexicon.known = try snapshot.read()
        lexicon.markKeys = try snapshot.read()
        lexicon.properNameWord = try snapshot.read()
        lexicon.properNameKey = try snapshot.read()
        lexicon.namesAlsoWords = try snapshot.read()
        lexicon.namesAlso = try snapshot.read()
        lexicon.reducedKeys = try snapshot.read()
        lexicon.spellingKeys = try snapshot.read()
        lexicon.hesitations = try snapshot.read()
        guard lexicon.markKeys.isEmpty || lexicon.markKeys.count == 128,
            lexicon.properNameKey >= Vocabulary.unknown, Int(lexicon.properNameKey) < lexicon.vocabulary.count,
            lexicon.cueIndex.ownersAreBelow(lexicon.cues.count),
            lexicon.triggerIndex.ownersAreBelow(lexicon.triggers.count)
        else { throw SnapshotReader.Failure.corrupt("tables that do not fit together") }
        return lexicon
    }
}

// MARK: The lexicon's parts
//
// Properties with observers (`WordForms.endings`, `ShorthandRules.symbols`,
// `AgeRules.articles`) are assigned on a value made by `init()`, so that what they derive is
// derived again exactly as when the loader set them.

extension WordForms: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(spellings)
        snapshot.write(endings.map(\.ending))
        snapshot.write(endings.map(\.replacement))
        snapshot.write(minimumStem)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> WordForms {
        var forms = WordForms()
        forms.spellings = try snapshot.read()
        let endings: [String] = try snapshot.read()
        let replacements: [String] = try snapshot.read()
        guard endings.count == replacements.count else { throw SnapshotReader.Failure.corrupt("endings without replacements") }
        forms.endings = Array(zip(endings, replacements)).map { (ending: $0.0, replacement: $0.1) }
        forms.minimumStem = try snapshot.read()
        return forms
    }
}

extension ShorthandRules: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(symbols.mapValues(\.word))
        snapshot.write(symbols.mapValues(\.plural))
        snapshot.write(participles)
        snapshot.write(participleEnding)
        snapshot.write(adverbs)
        snapshot.write(isSubjects)
        snapshot.write(isEnding)
        snapshot.write(isAdverbs)
        snapshot.write(isWords)
        snapshot.write(unmarkedIsSubjects)
        snapshot.write(slashed)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> ShorthandRules {
        var rules = ShorthandRules()
        let words: [UInt8: String] = try snapshot.read()
        let plurals: [UInt8: String] = try snapshot.read()
        var symbols: [UInt8: (word: String, plural: String)] = [:]
        for (byte, word) in words {
            guard let plural = plurals[byte] else { throw SnapshotReader.Failure.corrupt("a symbol without a plural") }
            symbols[byte] = (word, plural)
        }
        rules.symbols = symbols
        rules.participles = try snapshot.read()
        rules.participleEnding = try snapshot.read()
        rules.adverbs = try snapshot.read()
        rules.isSubjects = try snapshot.read()
        rules.isEnding = try snapshot.read()
        rules.isAdverbs = try snapshot.read()
        rules.isWords = try snapshot.read()
        rules.unmarkedIsSubjects = try snapshot.read()
        rules.slashed = try snapshot.read()
        return rules
    }
}

extension Hesitations: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(words)
        snapshot.write(between)
        snapshot.write(open)
        snapshot.write(marks)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> Hesitations {
        var hesitations = Hesitations()
        hesitations.words = try snapshot.read()
        hesitations.between = try snapshot.read()
        hesitations.open = try snapshot.read()
        hesitations.marks = try snapshot.read()
        return hesitations
    }
}

extension Vocabulary: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) { snapshot.write(words) }

    /// Interning the words in order gives each its key again.
    static func read(from snapshot: inout SnapshotReader) throws -> Vocabulary {
        var vocabulary = Vocabulary()
        for word in try snapshot.read([String].self) {
            guard vocabulary.intern(word) == Int32(vocabulary.count - 1) else { throw SnapshotReader.Failure.corrupt("a word twice") }
        }
        return vocabulary
    }
}

extension Trigger.Kind: SnapshotCodable {}
extension Trigger.Direction: SnapshotCodable {}

/// The lexicon's cues, with the factor ids and file names they repeat (a few dozen, over
/// some seven thousand cues) written once in a pool and named by their place in it, and each
/// cue's reading by its case's place: decoding those strings again for every cue was a tenth
/// of a cold `curio match`.
struct CueList: SnapshotCodable {
    var cues: [Cue]

    func write(to snapshot: inout SnapshotWriter) {
        var pool: [String] = []
        var place: [String: Int32] = [:]
        func index(_ text: String) -> Int32 {
            if let known = place[text] { return known }
            place[text] = Int32(pool.count)
            pool.append(text)
            return Int32(pool.count - 1)
        }
        let named = cues.map { cue in (cue.factors.map { index($0.rawValue) }, cue.also.map { index($0.rawValue) }, index(cue.file)) }
        snapshot.write(pool)
        snapshot.write(cues.count)
        for (cue, (factors, also, file)) in zip(cues, named) {
            snapshot.write(factors)
            snapshot.write(UInt8(Cue.Reading.allCases.firstIndex(of: cue.reading)!))
            snapshot.write(also)
            snapshot.write(cue.text)
            snapshot.write(file)
            snapshot.write(cue.line)
        }
    }

    static func read(from snapshot: inout SnapshotReader) throws -> CueList {
        let pool: [String] = try snapshot.read()
        let readings = Cue.Reading.allCases
        func entry(_ index: Int32) throws -> String {
            guard index >= 0, Int(index) < pool.count else { throw SnapshotReader.Failure.corrupt("a cue naming no pooled string") }
            return pool[Int(index)]
        }
        let count: Int = try snapshot.read()
        guard count >= 0, count <= snapshot.remaining else { throw SnapshotReader.Failure.corrupt("more cues than bytes") }
        var cues: [Cue] = []
        cues.reserveCapacity(count)
        for _ in 0..<count {
            let factors = try snapshot.records(Int32.self).map { RiskFactorID(rawValue: try entry($0)) }
            let reading = Int(try snapshot.read(UInt8.self))
            guard reading < readings.count else { throw SnapshotReader.Failure.corrupt("an unknown cue reading") }
            let also = try snapshot.records(Int32.self).map { RiskFactorID(rawValue: try entry($0)) }
            let text: String = try snapshot.read()
            let file = try entry(try snapshot.read())
            cues.append(Cue(factors: factors, reading: readings[reading], also: also, text: text, file: file, line: try snapshot.read()))
        }
        return CueList(cues: cues)
    }
}

extension FactorRules: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(aboutParent)
        snapshot.write(inChildhood)
        snapshot.write(implies)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> FactorRules {
        FactorRules(aboutParent: try snapshot.read(), inChildhood: try snapshot.read(), implies: try snapshot.read())
    }
}

extension Trigger: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(kind)
        snapshot.write(direction)
        snapshot.write(only)
        snapshot.write(questionOpener)
        snapshot.write(window)
        snapshot.write(text)
        snapshot.write(file)
        snapshot.write(line)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> Trigger {
        Trigger(kind: try snapshot.read(), direction: try snapshot.read(), only: try snapshot.read(),
            questionOpener: try snapshot.read(), window: try snapshot.read(), text: try snapshot.read(), file: try snapshot.read(), line: try snapshot.read())
    }
}

extension ScopeRule: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(window)
        snapshot.write(endsAtClause)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> ScopeRule {
        ScopeRule(window: try snapshot.read(), endsAtClause: try snapshot.read())
    }
}

extension BabyNamedByAge: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(determiners)
        snapshot.write(articles)
        snapshot.write(articleAs)
        snapshot.write(articleKey)
        snapshot.write(units)
        snapshot.write(old)
        snapshot.write(nouns)
        snapshot.write(otherChild)
        snapshot.write(compounds)
        snapshot.write(word)
        snapshot.write(key)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> BabyNamedByAge {
        var rules = BabyNamedByAge()
        rules.determiners = try snapshot.read()
        rules.articles = try snapshot.read()
        rules.articleAs = try snapshot.read()
        rules.articleKey = try snapshot.read()
        rules.units = try snapshot.read()
        rules.old = try snapshot.read()
        rules.nouns = try snapshot.read()
        rules.otherChild = try snapshot.read()
        rules.compounds = try snapshot.read()
        rules.word = try snapshot.read()
        rules.key = try snapshot.read()
        return rules
    }
}

extension AgeRules: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(unitWeeks)
        snapshot.write(fractionWeeks)
        snapshot.write(notAgeBefore)
        snapshot.write(notAgeAfter)
        snapshot.write(gestationAfter)
        snapshot.write(bornAt)
        snapshot.write(born)
        snapshot.write(birthManner)
        snapshot.write(antenatal)
        snapshot.write(dayBefore)
        snapshot.write(dayAfter)
        snapshot.write(points)
        snapshot.write(current)
        snapshot.write(birthEvents)
        snapshot.write(checks)
        snapshot.write(postnatal)
        snapshot.write(sober)
        snapshot.write(mother)
        snapshot.write(linking)
        snapshot.write(articles)
        snapshot.write(old)
        snapshot.write(half)
        snapshot.write(gestationUnits)
        snapshot.write(maxWeeks)
        snapshot.write(maxGestation)
        snapshot.write(needsOld)
        snapshot.write(aged)
        snapshot.write(nearly)
        snapshot.write(nearlyLessWeeks)
        snapshot.write(corrections)
        snapshot.write(correctionBetween)
        snapshot.write(otherChild)
        snapshot.write(otherChildBetween)
        snapshot.write(otherChildLeads)
        snapshot.write(otherChildNouns)
        snapshot.write(pregnancyPoints)
        snapshot.write(olderChildWeeks)
        snapshot.write(olderChildNamed)
        snapshot.write(ageSubjects)
        snapshot.write(narrowing)
        snapshot.write(birthDateLead)
        snapshot.write(birthDateFiller)
        snapshot.write(birthDateMostWeeks)
        snapshot.write(monthNames)
        snapshot.write(dayEndings)
        snapshot.write(ageDays)
        snapshot.write(checkLead)
        snapshot.write(checkDone)
        snapshot.write(checkAhead)
        snapshot.write(ofAge)
        snapshot.write(vague)
        snapshot.write(vagueLinks)
        snapshot.write(bornWhen)
        snapshot.write(bornWhenWeeks)
        snapshot.write(approx)
        snapshot.write(idiomTimes)
        snapshot.write(rejectedBefore)
        snapshot.write(dateLeads)
        snapshot.write(bareUnitBefore)
        snapshot.write(subjectAgeAfter)
        snapshot.write(over)
        snapshot.write(weekBefore)
        snapshot.write(weekAfter)
        snapshot.write(dayLead)
        snapshot.write(dayContacts)
        snapshot.write(dayOn)
        snapshot.write(arrival)
        snapshot.write(arrivalOthers)
        snapshot.write(arrivalBetween)
        snapshot.write(pastFrame)
        snapshot.write(pastVerbs)
        snapshot.write(markWords)
        snapshot.write(markRelatives)
        snapshot.write(markLinks)
        snapshot.write(pregnancyTold)
        snapshot.write(birthOffset)
        snapshot.write(childInQuestion)
        snapshot.write(bareYearsSubjects)
        snapshot.write(bareYearsTurned)
        snapshot.write(bareYearsAfter)
        snapshot.write(bareYearsMost)
        snapshot.write(bareYearsOthers)
        snapshot.write(fractionsMost)
        snapshot.write(pregnancyLoss)
        snapshot.write(checkPlan)
        snapshot.write(aheadLeads)
        snapshot.write(aheadVerbs)
        snapshot.write(pregnancyBeside)
        snapshot.write(pregnancyBesideSubjects)
        snapshot.write(motherClauseLinks)
        snapshot.write(pregnancyBesideLeastWeeks)
        snapshot.write(pregnancySheLeastWeeks)
        snapshot.write(pregnancySheAloneLeastWeeks)
        snapshot.write(babyDoing)
        snapshot.write(pregnancySpeakers)
        snapshot.write(babySibling)
        snapshot.write(hypotheticalQuestions)
        snapshot.write(markVerbs)
        snapshot.write(markDating)
        snapshot.write(markSubjectDeterminers)
        snapshot.write(dayHeadingMost)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> AgeRules {
        var rules = AgeRules()
        rules.unitWeeks = try snapshot.read()
        rules.fractionWeeks = try snapshot.read()
        rules.notAgeBefore = try snapshot.read()
        rules.notAgeAfter = try snapshot.read()
        rules.gestationAfter = try snapshot.read()
        rules.bornAt = try snapshot.read()
        rules.born = try snapshot.read()
        rules.birthManner = try snapshot.read()
        rules.antenatal = try snapshot.read()
        rules.dayBefore = try snapshot.read()
        rules.dayAfter = try snapshot.read()
        rules.points = try snapshot.read()
        rules.current = try snapshot.read()
        rules.birthEvents = try snapshot.read()
        rules.checks = try snapshot.read()
        rules.postnatal = try snapshot.read()
        rules.sober = try snapshot.read()
        rules.mother = try snapshot.read()
        rules.linking = try snapshot.read()
        rules.articles = try snapshot.read()
        rules.old = try snapshot.read()
        rules.half = try snapshot.read()
        rules.gestationUnits = try snapshot.read()
        rules.maxWeeks = try snapshot.read()
        rules.maxGestation = try snapshot.read()
        rules.needsOld = try snapshot.read()
        rules.aged = try snapshot.read()
        rules.nearly = try snapshot.read()
        rules.nearlyLessWeeks = try snapshot.read()
        rules.corrections = try snapshot.read()
        rules.correctionBetween = try snapshot.read()
        rules.otherChild = try snapshot.read()
        rules.otherChildBetween = try snapshot.read()
        rules.otherChildLeads = try snapshot.read()
        rules.otherChildNouns = try snapshot.read()
        rules.pregnancyPoints = try snapshot.read()
        rules.olderChildWeeks = try snapshot.read()
        rules.olderChildNamed = try snapshot.read()
        rules.ageSubjects = try snapshot.read()
        rules.narrowing = try snapshot.read()
        rules.birthDateLead = try snapshot.read()
        rules.birthDateFiller = try snapshot.read()
        rules.birthDateMostWeeks = try snapshot.read()
        rules.monthNames = try snapshot.read()
        rules.dayEndings = try snapshot.read()
        rules.ageDays = try snapshot.read()
        rules.checkLead = try snapshot.read()
        rules.checkDone = try snapshot.read()
        rules.checkAhead = try snapshot.read()
        rules.ofAge = try snapshot.read()
        rules.vague = try snapshot.read()
        rules.vagueLinks = try snapshot.read()
        rules.bornWhen = try snapshot.read()
        rules.bornWhenWeeks = try snapshot.read()
        rules.approx = try snapshot.read()
        rules.idiomTimes = try snapshot.read()
        rules.rejectedBefore = try snapshot.read()
        rules.dateLeads = try snapshot.read()
        rules.bareUnitBefore = try snapshot.read()
        rules.subjectAgeAfter = try snapshot.read()
        rules.over = try snapshot.read()
        rules.weekBefore = try snapshot.read()
        rules.weekAfter = try snapshot.read()
        rules.dayLead = try snapshot.read()
        rules.dayContacts = try snapshot.read()
        rules.dayOn = try snapshot.read()
        rules.arrival = try snapshot.read()
        rules.arrivalOthers = try snapshot.read()
        rules.arrivalBetween = try snapshot.read()
        rules.pastFrame = try snapshot.read()
        rules.pastVerbs = try snapshot.read()
        rules.markWords = try snapshot.read()
        rules.markRelatives = try snapshot.read()
        rules.markLinks = try snapshot.read()
        rules.pregnancyTold = try snapshot.read()
        rules.birthOffset = try snapshot.read()
        rules.childInQuestion = try snapshot.read()
        rules.bareYearsSubjects = try snapshot.read()
        rules.bareYearsTurned = try snapshot.read()
        rules.bareYearsAfter = try snapshot.read()
        rules.bareYearsMost = try snapshot.read()
        rules.bareYearsOthers = try snapshot.read()
        rules.fractionsMost = try snapshot.read()
        rules.pregnancyLoss = try snapshot.read()
        rules.checkPlan = try snapshot.read()
        rules.aheadLeads = try snapshot.read()
        rules.aheadVerbs = try snapshot.read()
        rules.pregnancyBeside = try snapshot.read()
        rules.pregnancyBesideSubjects = try snapshot.read()
        rules.motherClauseLinks = try snapshot.read()
        rules.pregnancyBesideLeastWeeks = try snapshot.read()
        rules.pregnancySheLeastWeeks = try snapshot.read()
        rules.pregnancySheAloneLeastWeeks = try snapshot.read()
        rules.babyDoing = try snapshot.read()
        rules.pregnancySpeakers = try snapshot.read()
        rules.babySibling = try snapshot.read()
        rules.hypotheticalQuestions = try snapshot.read()
        rules.markVerbs = try snapshot.read()
        rules.markDating = try snapshot.read()
        rules.markSubjectDeterminers = try snapshot.read()
        rules.dayHeadingMost = try snapshot.read()
        return rules
    }
}

extension WeightRules: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(unitGrams)
        snapshot.write(birth)
        snapshot.write(now)
        snapshot.write(reach)
        snapshot.write(mostGrams)
        snapshot.write(fromWeeks)
        snapshot.write(leastFall)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> WeightRules {
        WeightRules(
            unitGrams: try snapshot.read(), birth: try snapshot.read(), now: try snapshot.read(), reach: try snapshot.read(),
            mostGrams: try snapshot.read(), fromWeeks: try snapshot.read(), leastFall: try snapshot.read())
    }
}

extension CarerWords: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(mother)
        snapshot.write(father)
        snapshot.write(other)
        snapshot.write(either)
        snapshot.write(joiners)
        snapshot.write(objectAfter)
        snapshot.write(reach)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> CarerWords {
        CarerWords(
            mother: try snapshot.read(), father: try snapshot.read(), other: try snapshot.read(), either: try snapshot.read(),
            joiners: try snapshot.read(), objectAfter: try snapshot.read(), reach: try snapshot.read())
    }
}

extension RoleRules: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(leadIns)
        snapshot.write(leadOuts)
        snapshot.write(roles)
        snapshot.write(names)
        snapshot.write(reach)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> RoleRules {
        RoleRules(leadIns: try snapshot.read(), leadOuts: try snapshot.read(), roles: try snapshot.read(),
            names: try snapshot.read(), reach: try snapshot.read())
    }
}

extension Pattern: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        snapshot.write(slots)
        snapshot.write(owner)
    }

    static func read(from snapshot: inout SnapshotReader) throws -> Pattern {
        Pattern(slots: try snapshot.read(), owner: try snapshot.read())
    }
}

extension Pattern.Slot: SnapshotCodable {
    func write(to snapshot: inout SnapshotWriter) {
        switch self {
        case .words(let keys):
            snapshot.append(UInt8(0))
            snapshot.write(keys)
        case .gap(let most):
            snapshot.append(UInt8(1))
            snapshot.write(most)
        case .number:
            snapshot.append(UInt8(2))
        }
    }

    static func read(from snapshot: inout SnapshotReader) throws -> Pattern.Slot {
        switch try snapshot.integer(UInt8.self) {
        case 0: return .words(try snapshot.read())
        case 1: return .gap(try snapshot.read())
        case 2: return .number
        default: throw SnapshotReader.Failure.corrupt("unknown pattern slot")
        }
    }
}
