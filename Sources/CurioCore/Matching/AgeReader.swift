/// Reads the baby's age and a pregnancy's gestation from the tokens, in every common form:
/// "6/52", "3/12", "six-week-old", "2mo", "born 10 days ago", "two and a half months".
///
/// What is not the baby's age is as important: a gestation ("32 weeks pregnant", "born at
/// 34 weeks", "mum's 30 weeks"), a parent's age (no unit), a duration ("ten days on NICU",
/// "for a week") or a time ("two months ago"). The words for those are in `facts.yaml`.
///
/// The matcher builds one reader and hands it each utterance's tokens: building a reader
/// per utterance copied (retained and released) every set of the rules each time. A class,
/// so that the closures below capture one reference, not a copy of every table.
final class AgeReader: Sendable {
    let rules: AgeRules
    let forms: WordForms
    /// The rules' words and the spelling variants, looked up on bytes (see `AgeWords`).
    private let words: AgeWords
    /// `rules.longestArticle`, at hand.
    private let longestArticle: Int
    /// The vocabulary keys a birth word (`rules.born`, or a spelling variant of one) may have
    /// as a token, as bits: `bornWhen` looks at a word only after one of them, so an utterance
    /// with no birth word costs it a bit test per token, not a look at each word.
    private let birthKeys: [UInt64]
    /// Some birth word has no key of its own (`Vocabulary.unknown`): every unknown word may be one.
    private let birthUnknown: Bool
    /// The same for the units (`rules.unitWeeks`): an article ("a week old") is read on only
    /// when the word after it may be a unit, or may start "and a half".
    private let unitKeys: [UInt64]
    private let unitUnknown: Bool
    /// The same for the past verbs (`rules.pastVerbs`): `pregnancyToldPast` looks at the word
    /// after one of them only.
    private let pastVerbKeys: [UInt64]
    private let pastVerbUnknown: Bool
    /// The unit years are read in when said without one ("he's 2": `rules.bareYearsMost`), the
    /// first of the units needing "old" (`rules.needsOld`), and its weeks.
    private let yearWord: String
    private let yearWeeks: Double

    /// - Parameter key: the vocabulary key a token of the word gets (`Lexicon.key(of:)`).
    init(rules: AgeRules, forms: WordForms, key: (String) -> Int32) {
        self.rules = rules
        self.forms = forms
        words = AgeWords(rules: rules, forms: forms)
        longestArticle = rules.longestArticle
        // A token is read as a birth word by its spelling: the birth words and every variant
        // spelled into one. (A word the vocabulary lacks has the unknown key, which then lets
        // every unknown word through: slower, never wrong.)
        (birthKeys, birthUnknown) = Self.keys(of: rules.born, forms: forms, key: key)
        (unitKeys, unitUnknown) = Self.keys(of: Set(rules.unitWeeks.keys).union(rules.half.prefix(1)), forms: forms, key: key)
        (pastVerbKeys, pastVerbUnknown) = Self.keys(of: rules.pastVerbs, forms: forms, key: key)
        yearWord = rules.needsOld.sorted().first { rules.unitWeeks[$0] != nil } ?? ""
        yearWeeks = rules.unitWeeks[yearWord] ?? 0
    }

    /// The keys tokens of `words` get, as bits, and whether one of them gets no key of its own.
    /// A token is read by its spelling: the words and every variant spelled into one count.
    private static func keys(of words: Set<String>, forms: WordForms, key: (String) -> Int32) -> ([UInt64], Bool) {
        let typed = words.union(forms.spellings.compactMap { words.contains($0.value) ? $0.key : nil })
        let keys = typed.map(key)
        var bits = [UInt64](repeating: 0, count: Int(keys.max() ?? 0) / 64 + 1)
        for key in keys where key >= 0 { bits[Int(key) >> 6] |= 1 << UInt64(key & 63) }
        return (bits, keys.contains { $0 < 0 })
    }

    @inline(__always)
    private static func holds(_ bits: [UInt64], _ key: Int32) -> Bool {
        let word = Int(key) >> 6
        return word < bits.count && bits[word] & (1 << UInt64(key & 63)) != 0
    }

    /// Whether a token with this key may be a birth word.
    @inline(__always)
    private func mayBeBirth(_ key: Int32) -> Bool { key >= 0 ? Self.holds(birthKeys, key) : birthUnknown }

    /// Whether a token with this key may be a past verb (`rules.pastVerbs`).
    @inline(__always)
    private func mayBePastVerb(_ key: Int32) -> Bool { key >= 0 ? Self.holds(pastVerbKeys, key) : pastVerbUnknown }

    /// Whether a token with this key may be a unit, or the first word of `rules.half`.
    @inline(__always)
    private func mayBeUnit(_ key: Int32) -> Bool { key >= 0 ? Self.holds(unitKeys, key) : unitUnknown }

    struct Reading {
        var ageWeeks: Double?
        var ageWords: String?
        var gestationWeeks: Double?
        /// The gestation describes a pregnancy now (not the baby's gestation at birth).
        var pregnantNow = false
        var gestationTokens: Range<Int>?
        /// A pregnancy told as past, from its frame to "pregnant" ("when she was 30 weeks
        /// pregnant"): with a born baby's age, a pregnancy cue in these words is no pregnancy now.
        var pastPregnancyTokens: Range<Int>?
        /// The age was said as a noun naming a child ("her 11 month old is walking", "the 6 week
        /// old"): in a family of several children it may be another child's, so the dialogue
        /// does not let it make a younger baby told of before older (`MatchResult.ageNamesAChild`).
        var ageNamesAChild = false
        /// The age was said as a point in the past ("since he was 6 weeks", "at 6 weeks she had
        /// a bruise", "the bruise was seen when she was 2 months"): alone it is the age read,
        /// but the dialogue does not let it replace an older age told before
        /// (`MatchResult.ageIsAPastPoint`).
        var ageIsPoint = false
    }

    private func text(_ tokens: [Token], _ i: Int) -> String? {
        guard i >= 0, i < tokens.count, tokens[i].kind != .number else { return nil }
        return words.spelling(tokens[i].text)
    }

    /// Whether the tokens hold anything `read` starts from: a number (in digits or words, or a
    /// vague quantity), an article before a word that may be a unit ("a week old"), or a word
    /// that may be a birth word ("born yesterday"). Every age, gestation and date of birth the
    /// reader finds starts from one of them. An utterance holding none was still read word by
    /// word and searched for dates of birth, to find nothing (some 1% of the matcher's
    /// instructions over the development texts, where most utterances hold a number).
    private func mayHoldAReading(_ tokens: [Token]) -> Bool {
        let all = tokens
        return tokens.withUnsafeBufferPointer { tokens in
            for i in tokens.indices {
                switch tokens[i].kind {
                case .number:
                    return true
                case .punctuation:
                    continue
                case .word:
                    if tokens[i].value != 0 || mayBeBirth(tokens[i].key) { return true }
                    // "Week-old baby": a unit with "old" and no number (`isBareUnitOld`).
                    if mayBeUnit(tokens[i].key), isBareUnitOld(all, at: i) { return true }
                    if tokens[i].text.utf8.count <= longestArticle, i + 1 < tokens.count, tokens[i + 1].kind == .word,
                        mayBeUnit(tokens[i + 1].key), words.articles.contains(tokens[i].text)
                    {
                        return true
                    }
                }
            }
            return false
        }
    }

    /// How a number was said: in digits or a number word, as an article ("a week old"), or as a
    /// vague quantity ("a couple of weeks old"). The last two need more around them to be an age.
    private enum Said { case exactly, article, vaguely }

    /// Reads the token's fields in place: copying a `Token` (its `String`) for every token of
    /// every utterance showed in profiles. Asked of every token, so the common answer (a word
    /// that is no number and too long to be an article) comes first and touches no string
    /// but its length.
    @inline(__always)
    private func number(_ tokens: [Token], at i: Int) -> (value: Double, said: Said)? {
        switch tokens[i].kind {
        case .number:
            return (tokens[i].value, .exactly)
        case .word:
            // Vague quantities are known with their value negated (`Lexicon.indexKnownWords`).
            let value = tokens[i].value
            if value > 0 { return (value + (unitsAfterTens(tokens, at: i)?.value ?? 0), .exactly) }
            if value < 0 { return (-value, .vaguely) }
            guard tokens[i].text.utf8.count <= longestArticle else { return nil }
            return words.articles.contains(tokens[i].text) ? (1, .article) : nil
        case .punctuation:
            return nil
        }
    }

    /// The units word after a tens word, in words ("twenty-one", "thirty two"): its value and
    /// the tokens it takes with its hyphen. Nil after any other number.
    private func unitsAfterTens(_ tokens: [Token], at i: Int) -> (value: Double, length: Int)? {
        let tens = tokens[i].value
        guard tokens[i].kind == .word, tens >= 20, tens <= 90, tens.truncatingRemainder(dividingBy: 10) == 0 else { return nil }
        var k = i + 1
        if k < tokens.count, tokens[k].text == "-" { k += 1 }
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].value >= 1, tokens[k].value <= 9,
            tokens[k].value == tokens[k].value.rounded()
        else { return nil }
        return (tokens[k].value, k - i)
    }

    /// Whether the word at `i` is the units of a tens word before it ("one" in "twenty-one"),
    /// read with it already.
    private func isUnitsOfTens(_ tokens: [Token], at i: Int) -> Bool {
        var k = i - 1
        if k >= 0, tokens[k].text == "-" { k -= 1 }
        guard k >= 0, let (_, length) = unitsAfterTens(tokens, at: k) else { return false }
        return k + length == i
    }

    /// Clinical gestation shorthand: "24/40" is 24 weeks of a 40-week pregnancy.
    private static let gestationDenominator = 40.0
    /// How many of a smaller unit a larger one may hold for the smaller to be added on to it
    /// ("1 year 2 months": 12; "3 months 2 weeks": about 4; "2 months and 3 days": about 30),
    /// whatever the data names its units: a year's weeks (52) or days are never added on.
    static let mostUnitsAddedOn = 31.0
    // The words that make a number a point in time, the current age, a birth, a check, a time
    // postnatal or sober are data in `facts.yaml` (`AgeRules`).

    /// `today`: the day of the consultation, for a date of birth written as a date (without
    /// it, such a date is not read). `babyKnownBorn`: the case already holds a born baby's age
    /// (told in an earlier answer), so a pregnancy told with a past verb is looked for as when
    /// the age is in the text.
    func read(_ tokens: [Token], today: () -> CivilDate? = { nil }, babyKnownBorn: Bool = false) -> Reading {
        guard mayHoldAReading(tokens) else {
            var reading = Reading()
            if babyKnownBorn { reading.pastPregnancyTokens = pregnancyToldPast(tokens) }
            return reading
        }
        var reading = Reading()
        var ageIsCurrent = false
        var ageIsPoint = false
        var gestationAtBooking = false
        // The pregnancy now was read from a gestation's notation alone ("GA 32+4", "28/40"), not
        // said of the mother or with a word for a pregnancy.
        var bareNotation = false
        // A pregnancy now read at `range`: it stands unless none was read yet, or the one read
        // was a gestation at birth. `bare`: read from a gestation's notation alone.
        func notePregnancyNow(_ weeks: Double, at range: Range<Int>, bare: Bool) {
            guard reading.gestationWeeks == nil || !reading.pregnantNow else { return }
            reading.gestationWeeks = weeks
            reading.pregnantNow = true
            bareNotation = bare
            reading.gestationTokens = range
        }
        // Where the last age read ended (a correction after it replaces it), and its unit (a
        // correction may leave it out: "about 7 weeks, no actually 10").
        var lastAgeEnd = -1
        var lastPer = 0.0
        var lastUnitWord = ""
        // Whether the age read was rejected where it was said ("not 6 weeks, 6 months").
        var ageIsRejected = false
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            // Most tokens are words of no value, too long to be an article: `number` says no
            // to them, and asking here spares a call for each.
            // Read in place: as three reads of `tokens[i]` each copied the token (its text
            // retained and released), a third of the reader's instructions, once the reader grew
            // past what the optimiser reads fields of in place.
            let longest = longestArticle
            // "Week-old baby", "the day old": a unit said with "old" and no number is one of it,
            // read as "a week old" is (the unit at `i` itself).
            var unitHere = false
            let said: Said
            let first: Double
            if tokens.withUnsafeBufferPointer({ $0[i].kind == .word && $0[i].value == 0 && $0[i].text.utf8.count > longest }) {
                guard isBareUnitOld(tokens, at: i) else { continue }
                (first, said, unitHere) = (1, .article, true)
            } else if let (value, how) = number(tokens, at: i) {
                (first, said) = (value, how)
            } else {
                guard isBareUnitOld(tokens, at: i) else { continue }
                (first, said, unitHere) = (1, .article, true)
            }
            if isUnitsOfTens(tokens, at: i) { continue }
            // "a bruise", "a neighbour": an article is an age only with a unit right after it
            // (or "and a half" first); a number or a mark after it is read on as before.
            if said == .article, !unitHere, i + 1 < tokens.count, tokens[i + 1].kind == .word, !mayBeUnit(tokens[i + 1].key) { continue }
            let isArticle = said != .exactly
            // A number glued to a word before it ("x2", "24th") or after a "+" is not an age, nor
            // the second half of a fraction ("1/2").
            if i > 0, tokens[i - 1].kind == .punctuation, tokens[i - 1].text == "+" || tokens[i - 1].text == "/" { continue }
            // The word before, read once (each reading is a look-up of its spelling).
            let before = text(tokens, i - 1)
            // "day 5 baby", "on day 10 of life", "at the D3 check": the baby's day of life.
            if !isArticle, reading.ageWeeks == nil, let word = before, words.dayBefore.contains(word),
                !(text(tokens, i + 1).map { words.unitWeeks[$0] != nil } ?? false),
                // "postnatal day 6", "PN day 3": the day after the birth, whatever follows.
                words.dayAfter.includes(text(tokens, i + 1)) || words.points.includes(text(tokens, i - 2))
                    || words.postnatal.includes(text(tokens, i - 2)) || isDayOfTheBaby(tokens, before: i - 1)
                    // "Day 12 new birth visit", "MW: day 8, feeding well": a note's heading.
                    || (isHeading(tokens, at: i - 1) && first <= rules.dayHeadingMost),
                text(tokens, i + 1) != "of" || text(tokens, i + 2) == "life",  // "day 3 of life", not "day 3 of the antibiotics"
                first >= 0, first <= 60, !isHypotheticalQuestion(tokens, at: i)
            {
                reading.ageWeeks = (first / 7 * 10).rounded() / 10
                reading.ageWords = tokens[(i - 1)...i].map(\.text).joined(separator: " ")
                ageIsPoint = true
                continue
            }
            // "week 9 baby", "a week-3 baby", "wk 3 of life": the baby's week of life, said with a
            // word for the baby after it ("at week 9 the scan", "week 2 of the course" are not).
            if !isArticle, reading.ageWeeks == nil, let lead = weekWordBefore(tokens, i, previous: before),
                words.weekAfter.includes(text(tokens, i + 1))
                    || (words.notAgeAfter.includes(text(tokens, i + 1)) && words.ofAge.includes(text(tokens, i + 2))),
                !(words.notAgeBefore.includes(text(tokens, lead - 1)) || words.points.includes(text(tokens, lead - 1))
                    || words.bornAt.includes(text(tokens, lead - 1))),
                first >= 1, first <= rules.olderChildWeeks
            {
                reading.ageWeeks = first
                reading.ageWords = tokens[lead...i].map(\.text).joined(separator: " ")
                lastAgeEnd = i + 1
                lastPer = 1
                continue
            }
            // "half a year old", "half a day": half of one unit.
            var value = said == .article && before == "half" ? 0.5 : first
            var j = unitHere ? i : i + 1 + (unitsAfterTens(tokens, at: i)?.length ?? 0)
            // "3½ months": the half sign after the number.
            if j < tokens.count, tokens[j].text == "½" {
                value += 0.5
                j += 1
            }
            var weeksPer: Double?
            var unitWord = ""
            // Weeks and days ("34+2 weeks") are how a gestation is written, never a baby's age.
            var weeksAndDays = false
            // A smaller unit said after the first ("1 year 2 months", "3 months 2 weeks").
            var smallerAdded = false
            // Years said of the child without "old" ("he's 2", "he's 2 years", "at 2 years he").
            var yearsOfChild = false
            // "24/40", "28/40 pregnant": a gestation in weeks, a pregnancy now unless "born at".
            if !isArticle, j + 1 < tokens.count, tokens[j].text == "/", tokens[j + 1].kind == .number,
                tokens[j + 1].value == Self.gestationDenominator, first <= rules.maxGestation
            {
                // "born at 34/40", "EMCS at 38/40", "delivered by section at 37/40": at birth.
                // "admitted at 39/40 in labour": the birth told just after the point.
                // ...or the birth word itself just before it, not denied ("Born 34/40",
                // "delivered 31+2/40"; "not yet born 34/40" is a pregnancy).
                let bornAt = isBirthWordJustBefore(tokens, number: i) || words.bornAt.includes(text(tokens, i - 1))
                    && ((max(0, i - 5)..<(i - 1)).contains { k in
                        text(tokens, k).map { words.born.contains($0) || words.birthEvents.contains($0) } ?? false
                    } || isBirthEventAfter(tokens, from: j + 2) || isPregnancyLossBefore(tokens, at: i - 1))
                if bornAt {
                    if reading.gestationWeeks == nil { reading.gestationWeeks = first }
                } else {
                    notePregnancyNow(first, at: i..<min(j + 2, tokens.count),
                        bare: !isMotherBefore(tokens, number: i) && !words.gestationAfter.includes(text(tokens, j + 2)))
                }
                continue
            }
            if !isArticle, j + 1 < tokens.count, tokens[j].text == "/", tokens[j + 1].kind == .number,
                let per = rules.fractionWeeks[Int(tokens[j + 1].value)],
                !(j + 2 < tokens.count && tokens[j + 2].text == "/"),
                // "DA incident 03/07": a leading zero writes a month, not a fraction's days.
                tokens[j + 1].text.utf8.first != UInt8(ascii: "0"),
                // "24/7": more days than a fraction of days is written with ("3/52" is three weeks).
                !(rules.fractionsMost[Int(tokens[j + 1].value)].map { first > $0 } ?? false),
                // "DOB 3/12": a day and a month (`dayAndMonthOfBirth`), not three months.
                !isDayAfterDateLead(tokens, at: i)
            {
                weeksPer = per
                unitWord = per == 1 ? "week" : ""
                j += 2
            } else {
                // "a couple of weeks old": a vague quantity's link to its unit.
                if said == .vaguely, let link = text(tokens, j), words.vagueLinks.contains(link) { j += 1 }
                // "5 and a bit months", "3ish months", "4 and a half-ish months": an
                // approximation between the number (or its half) and the unit is the number.
                if !isArticle { j = pastApproximation(tokens, at: j) }
                if matchesHalf(tokens, at: j) {
                    value += 0.5
                    j += rules.half.count
                    if !isArticle { j = pastApproximation(tokens, at: j) }
                } else if j + 2 < tokens.count, tokens[j].kind == .number, tokens[j].value == 1, tokens[j + 1].text == "/",
                    tokens[j + 2].kind == .number, tokens[j + 2].value == 2
                {
                    value += 0.5  // "4 1/2 months"
                    j += 3
                }
                // "32+4 weeks" is a gestation in weeks and days.
                if j + 1 < tokens.count, tokens[j].text == "+", tokens[j + 1].kind == .number, tokens[j + 1].value <= 6 {
                    value += tokens[j + 1].value / 7
                    weeksAndDays = true
                    j += 2
                }
                // "4-month-old", "the 8-week-old": a hyphen between the number and the unit.
                if !isArticle, j + 1 < tokens.count, tokens[j].kind == .punctuation, tokens[j].text == "-",
                    text(tokens, j + 1).map({ words.unitWeeks[$0] != nil }) ?? false
                {
                    j += 1
                }
                let per: Double
                if weeksAndDays, first >= 4, value <= rules.maxGestation,
                    j >= tokens.count || tokens[j].kind == .punctuation || words.gestationAfter.includes(text(tokens, j))
                        || (tokens[j].kind == .word && words.bareYearsAfter.includes(text(tokens, j)) && isMotherBefore(tokens, number: i))
                {
                    // "28+3 primip", "35+1, lives alone": weeks and days with the unit left out,
                    // a gestation still (ending the phrase, or before a word for a pregnancy), and
                    // said of the mother before "and", "with", "now" ("mum is 32+5 and has learning
                    // difficulties", "she's 40+6 and being induced"; "scored 10+5 on the EPDS" is none).
                    per = 1
                    unitWord = rules.gestationUnits.sorted().first { rules.unitWeeks[$0] == 1 } ?? ""
                } else if let unit = text(tokens, j), let unitPer = words.unitWeeks[unit] {
                    per = unitPer
                    unitWord = unit
                    j += 1
                } else if !isArticle, lastAgeEnd >= 0, lastPer > 0, j >= tokens.count || tokens[j].kind == .punctuation,
                    isCorrection(tokens, from: lastAgeEnd, to: i)
                {
                    // "about 7 weeks, no actually 10": a correction's number alone, in the unit
                    // of the age it corrects.
                    per = lastPer
                    unitWord = lastUnitWord
                } else if !isArticle, !weeksAndDays, yearWeeks > 0, isBareYears(tokens, number: i, value: value, end: j) {
                    // "he's 2", "she's 3 and has bruises", "he's just turned 1": years said of the child.
                    per = yearWeeks
                    unitWord = yearWord
                    yearsOfChild = true
                } else {
                    continue
                }
                weeksPer = per
                // "a week and a half old", "6 weeks and a half": the half said after the unit,
                // when what follows ends the age (nothing, a mark, "old", "ago", "pregnant");
                // "3 weeks and a half sister" is a baby of 3 weeks and another child.
                if matchesHalf(tokens, at: j) {
                    let next = j + rules.half.count
                    if next >= tokens.count || tokens[next].kind == .punctuation
                        || text(tokens, next).map({ words.old.contains($0) || words.notAgeAfter.contains($0) || words.gestationAfter.contains($0) }) ?? false
                    {
                        value += 0.5
                        j = next
                    }
                }
                // "11 weeks and 4 days", "3 months 2 weeks old": a smaller unit added on, unless
                // what follows makes it a time ("6 weeks and 3 days ago"), or it is a whole larger
                // unit or more, which no one adds on: "18 months and 8 weeks" are two children.
                // Nor is a unit added to years unless it is months: a year and some weeks or days
                // is no way to tell an age ("two kids, 3 years and 7 weeks" are two children, the
                // baby of 7 weeks pre-mobile; added on, they were one child of 163 weeks).
                var k = j
                if text(tokens, k) == "and" || (k < tokens.count && tokens[k].text == "+") { k += 1 }
                if k + 1 < tokens.count, let (extra, _) = number(tokens, at: k), let small = text(tokens, k + 1),
                    let smallPer = words.unitWeeks[small], smallPer < per, extra * smallPer < per, per / smallPer <= Self.mostUnitsAddedOn,
                    !(text(tokens, k + 2).map { words.notAgeAfter.contains($0) || words.gestationAfter.contains($0) } ?? false)
                {
                    value += extra * smallPer / per
                    j = k + 2
                    smallerAdded = true
                }
            }
            guard let per = weeksPer else { continue }
            let after = text(tokens, j)
            // "3 days a week", "two days a fortnight": how often, not how old.
            if let after, words.articles.contains(after), text(tokens, j + 1).map({ words.unitWeeks[$0] != nil }) ?? false { continue }
            let twoBefore = text(tokens, i - 2)
            // "a week old", "a fortnight-old": an article counts only with "old" after the unit.
            let hyphenOld = after == "-" && words.old.includes(text(tokens, j + 1))
            let saysOld = words.old.includes(after) || hyphenOld
            if said == .article, !saysOld, !isAgeOfSubject(tokens, at: i, unitEnd: j) { continue }
            if said == .vaguely, !saysOld, !isVagueAge(tokens, at: i, after: after), !isAgeOfSubject(tokens, at: i, unitEnd: j) { continue }
            // "he'll hurt the baby one day", "one day last week": a spelt number and unit that
            // are an idiom of time (`rules.idiomTimes`) are an age only with "old" after them,
            // after a birth word ("born one day ago") or linked to the baby ("the baby is one
            // day"; "hurt the baby one day" is no age). Read as an age, the idiom made a baby of
            // 0.1 weeks: pre-mobile, and the age question never asked.
            if tokens[i].kind == .word, !saysOld, rules.idiomTimes.contains(where: { matches($0, tokens, at: i) }),
                !(words.linking.includes(before) && isAgeOfSubject(tokens, at: i, unitEnd: j)),
                !isBirth(tokens, at: i - 1), !isBirth(tokens, at: i - 2)
            {
                continue
            }
            // "1 year old", "aged 2 years": years count only as an age said so ("together 2 years").
            // So do years with a smaller unit after them, said of the baby ("he is 1 year 2 months",
            // "Child: 1 yr 3 mths"): read as only the months, a toddler was a baby of weeks.
            let yearsAndMore = smallerAdded
                && (i == 0 || tokens[i - 1].kind == .punctuation || words.linking.includes(before) || before.map(words.ageSubjects.contains) == true)
            if words.needsOld.contains(unitWord), !saysOld, !yearsAndMore, !words.aged.includes(before), !yearsOfChild,
                !isYearsOfChild(tokens, number: i, unitEnd: j)
            {
                // The smaller unit goes with its years ("together 1 year 6 months" is no baby of 6 months).
                if smallerAdded { i = j - 1 }
                continue
            }
            var weeks = value * per
            // "her 18 month old sister", "brother aged 2 years": another child's age. A brother or
            // sister named by an age under a year ("her 6 week old brother has a bruise") is the
            // baby itself, told by a sibling or another relative (the age had gone unread, so the
            // protocol waited for it); a half-sibling may be that young too, so the baby's own
            // age said later replaces it (`siblingNamed`). Said after the sibling ("half-brother
            // is 9 months") it stays another child's.
            let next = text(tokens, saysOld ? (hyphenOld ? j + 2 : j + 1) : j)
            let siblingNamed = next.map(words.otherChild.contains) == true
            // "a 3 day old bruise on his arm", "a week-old mark": the mark's age, said before it.
            // Read as the baby's, a baby of unknown age became one of days: pre-mobile.
            // ("The 14 wk old's bruising" is the baby's: "old" is a possessive.)
            if saysOld, words.markWords.includes(next), !tokens[hyphenOld ? j + 1 : j].possessive { continue }
            if siblingNamed, weeks >= rules.olderChildWeeks { continue }
            if isOtherChildAge(tokens, before: i, weeks: weeks) { continue }
            // "a bruise that looks a few days old": the mark's age, not the baby's (read as the
            // baby's, a crawler of 9 months became pre-mobile by age).
            if isMarkAge(tokens, at: i) { continue }
            // "nearly 6 months", "just under 6 months": a little under the number (so under 26 weeks).
            if endsWithNearly(tokens, before: i) { weeks -= rules.nearlyLessWeeks }
            if let after, words.sober.contains(after) { continue }
            // "mum also has a 3 year old", "the 2 year old is at nursery": a child of a year or
            // more named by its age, as a noun, is an older child of the family. Read as the
            // baby's age, it put the baby past the bruising protocol's age, even after the baby's
            // own age had been given. Said of the child in question ("he is 14 months old") it is
            // read as before; an age left unread is only asked for.
            // Unless the article's child is the one seen or rung about ("saw a 12 month old today").
            // A unit of years that says "old" itself (one not in `needs_old`: "the 2yo did it",
            // "her 3yo has a bruise") names a child as "the 2 year old" does; read as the baby's,
            // a sibling blamed for a bruise put a baby of days past the bruising protocol.
            let unitSaysOld = per == yearWeeks && !words.needsOld.contains(unitWord)
            if saysOld || unitSaysOld, weeks >= rules.olderChildWeeks, words.olderChildNamed.includes(before),
                !isChildInQuestion(tokens, article: i - 1)
            {
                continue
            }
            // "mum is 6 weeks postnatal": the baby's age, not a gestation.
            let postnatal = words.postnatal.includes(after)
            // Gestation: "32 weeks pregnant", "mum's 30 weeks", "born at 34 weeks".
            // Months said of a pregnancy ("5 months pregnant", "about 5 months gone") count too.
            let isWeeks = words.gestationUnits.contains(unitWord) || (words.gestationAfter.includes(after) && per >= 1 && per < 5)
            if isWeeks, let before, words.bornAt.contains(before), isBirthWord(tokens, endingAt: i - 2) {
                if reading.gestationWeeks == nil, weeks <= rules.maxGestation { reading.gestationWeeks = weeks }
                continue
            }
            // "miscarried last month at 9 weeks", "she lost a baby at 14 weeks": a pregnancy that
            // ended, neither the baby's age nor a pregnancy now.
            if isWeeks, !saysOld, words.bornAt.includes(before), isPregnancyLossBefore(tokens, at: i - 1) { continue }
            // "booked at 24 weeks", "booking bloods done at 12 weeks": an antenatal event a few
            // words before "at", so a pregnancy.
            let antenatalAt = words.bornAt.includes(before)
                && (max(0, i - 5)..<(i - 1)).contains { k in words.antenatal.includes(text(tokens, k)) }
            // "booked at 12 weeks, now 28 weeks": with a pregnancy under way, the weeks it is now
            // are its gestation, not a baby's age.
            let nowInPregnancy = reading.pregnantNow && (words.current.includes(before) || words.current.includes(twoBefore))
                && weeks > (reading.gestationWeeks ?? 0)
            // "Old" after the unit names a baby, never a pregnancy: "mum's 6 week old" (the
            // possessive dropped) is her baby of 6 weeks, where "mum's 30 weeks" is a gestation.
            // "37 weeks when her waters broke", "admitted at 40+3 in labour": the gestation at the
            // birth, told after the weeks. Neither the baby's age (which the note gives later:
            // "the baby is 10 days old now") nor a pregnancy now.
            if isWeeks, !saysOld, !postnatal, weeks <= rules.maxGestation,
                (words.pastFrame.includes(after) || (weeksAndDays && words.bornAt.includes(before))) && isBirthEventAfter(tokens, from: j)
                    // ...or weeks and days right after the birth word, nothing after ("Born 31+2/40").
                    || (weeksAndDays && isBirthWordJustBefore(tokens, number: i))
            {
                if reading.gestationWeeks == nil { reading.gestationWeeks = weeks }
                continue
            }
            let toldOfPregnancy = isWeeks && (words.gestationAfter.includes(after) || (isMotherSubject(tokens, before: i, weeks: weeks) && !saysOld)
                || antenatalAt || nowInPregnancy || isPregnancyJustBefore(tokens, before: i))
            if isWeeks, !postnatal, toldOfPregnancy || (weeksAndDays && !saysOld) {
                // "when she was 30 weeks pregnant", "since she was 5 months pregnant": a pregnancy
                // past (the baby is born, or the note says so later), not one now.
                if let frame = pastFrameStart(tokens, before: i) {
                    if reading.gestationWeeks == nil, weeks <= rules.maxGestation { reading.gestationWeeks = weeks }
                    if words.gestationAfter.includes(after) { reading.pastPregnancyTokens = frame..<min(j + 1, tokens.count) }
                    continue
                }
                // A booking is a past point of the pregnancy: a gestation said after it is the current one.
                if reading.gestationWeeks == nil || !reading.pregnantNow || gestationAtBooking, weeks <= rules.maxGestation {
                    gestationAtBooking = antenatalAt
                    reading.gestationWeeks = weeks
                    reading.pregnantNow = true
                    bareNotation = !toldOfPregnancy
                    reading.gestationTokens = i..<min(j + 1, tokens.count)
                }
                continue
            }
            // "first pregnancy, she's 22 weeks", "she hasn't had the baby yet, she's 28 weeks",
            // "carrying twins, 24 weeks", "31 weeks with her second": bare weeks (no "old", no
            // "aged", no word for the baby) with a pregnancy told before them in the sentence or
            // just after them (`rules.pregnancyTold`) are its gestation. Read as the baby's age,
            // the mobility and bruising questions were asked of an unborn baby.
            if words.gestationUnits.contains(unitWord), !saysOld, !postnatal, !words.aged.includes(before), weeks <= rules.maxGestation,
                !isOfTheBaby(tokens, before: i), isPregnancyTold(tokens, number: i, unitEnd: j)
            {
                notePregnancyNow(weeks, at: i..<min(j + 1, tokens.count), bare: false)
                continue
            }
            // "she's 31 weeks and thinks the baby will sleep through", "at 38 weeks she still isn't
            // sure who the father is", "She's 36 weeks and tells me her last partner hit her":
            // "she" is the mother, the weeks a gestation now; and so are the speaker's own ("I'm
            // 19 weeks and I've not told anyone").
            if words.gestationUnits.contains(unitWord), !saysOld, !postnatal, !words.aged.includes(before), weeks <= rules.maxGestation,
                !isOfTheBaby(tokens, before: i),
                (weeks >= rules.pregnancyBesideLeastWeeks && isPregnancyBeside(tokens, number: i, unitEnd: j, weeks: weeks))
                    || isSpeakersWeeks(tokens, number: i, unitEnd: j)
            {
                notePregnancyNow(weeks, at: i..<min(j + 1, tokens.count), bare: false)
                continue
            }
            // "6 weeks of age" is an age; "2 weeks of counselling" a duration: a word of `ofAge`
            // after the one that says "not an age" says it is one after all.
            if let after, words.notAgeAfter.contains(after), !words.ofAge.includes(text(tokens, j + 1)) {
                // ("born 3 weeks early" is no age, "born 10 days ago" is.)
                let bornAgo = (isBirth(tokens, at: i - 1) || isBirth(tokens, at: i - 2)) && !words.birthOffset.contains(after)
                // "she's 6 weeks on Monday": the age on a day, not "10 days on NICU".
                let onADay = after == "on" && words.ageDays.includes(text(tokens, j + 1))
                // "7/52 at today's visit": the age now, not "2 weeks at nan's".
                let atNow = words.bornAt.contains(after) && words.current.includes(text(tokens, j + 1))
                // "baby 6wks at home": a note's shorthand, the word for the baby just before the
                // number (no verb between: "baby was 2 weeks at nan's" is a stay).
                let babyAt = words.subjectAgeAfter.contains(after) && isBabyJustBefore(tokens, number: i)
                guard bornAgo || onADay || atNow || babyAt else { continue }
            }
            // "Old" after the unit says an age whatever came before: "haemorrhage noted in 9 wk
            // old" (while "in 9 weeks" is a time). Those that still name a point ("since 2 weeks
            // old") are `points`, which a later age replaces.
            // "just over 3 months", "coming up 6 months": a little over or under the number is an
            // age ("for just over 3 weeks" is not: the word before the phrase counts).
            let overLength = max(phraseLength(rules.over, tokens, before: i, last: before), phraseLength(rules.nearly, tokens, before: i, last: before))
            var beforeOver = overLength > 0 ? text(tokens, i - overLength - 1) : before
            // "due in about ten weeks", "crying for around 3 weeks": a time still, past a linking
            // word of about (read as the age, a due date made an unborn baby 10 weeks old).
            if let word = beforeOver, words.linking.contains(word), let further = text(tokens, i - overLength - 2),
                words.notAgeBefore.contains(further)
            {
                beforeOver = further
            }
            if let beforeOver, words.notAgeBefore.contains(beforeOver), !saysOld { continue }
            // An age named by a check it was seen at ("at the 6-8 week check"): a point in the
            // past, which an age said later replaces ("...; she's 4 months").
            var atACheck = false
            if let after, words.checks.contains(after) {
                let range = i >= 2 && tokens[i - 1].text == "-" && tokens[i - 2].kind == .number
                let atTheCheck = (max(0, i - (range ? 5 : 3))..<i).contains { text(tokens, $0) == "at" }
                // A check being reported, not one missed or due: it heads the note ("GP 8wk check:
                // bruise on cheek", "6wk check - skin clear") or is said done ("8 week check done").
                let heads = i == 0 || tokens[i - 1].kind == .punctuation || words.checkLead.includes(text(tokens, i - 1))
                let reported = heads || words.checkDone.includes(text(tokens, j + 1))
                    || (j + 1 < tokens.count && (tokens[j + 1].text == ":" || tokens[j + 1].text == "-"))
                // A check named by a range ("the 6-8 week check") is a baby's age only at it ("at
                // the 6-8 week check I noticed a bruise"), read as its lower end; one missed or
                // due is no age.
                // One ahead ("12 week imms due") is no age even as the heading.
                guard atTheCheck || (reported && !range && !words.checkAhead.includes(text(tokens, j + 1))) else { continue }
                // "ask mum at the 12 month review", "we'll see at the 8 week check": still ahead.
                if isPlanBefore(tokens, at: i) { continue }
                if range { weeks = tokens[i - 2].value * per }
                atACheck = atTheCheck
            }
            // With two ages the current one wins: "first seen at 10 days, he's now six weeks".
            let isCurrent = (words.current.includes(before) || words.current.includes(twoBefore))
            // An age corrected just after it is said ("a fortnight-old... no, he's 15 days").
            let corrects = lastAgeEnd >= 0 && isCorrection(tokens, from: lastAgeEnd, to: i)
            // A toddler's age gives way to a baby's said later ("her 2 year old and the 6 week old").
            let older = (reading.ageWeeks ?? 0) >= rules.olderChildWeeks && weeks < rules.olderChildWeeks
            // An age rejected as it is said ("14 months, not 14 days") never replaces another,
            // and any other replaces it ("not 6 weeks, 6 months").
            let rejected = words.rejectedBefore.includes(before)
            // A child named by its age ("her 11 month old is walking; the baby is 5 weeks", "she
            // has a 10 month old and a 6 week old") gives way to a younger age said later that is
            // no point in the past: of two children the younger is the baby most likely in
            // question, and read as the older one's, a baby of weeks lost the bruising protocol
            // (a younger one wrongly taken costs advice the practitioner can see and correct).
            let isPoint = words.points.includes(before) || siblingNamed || atACheck
            let namesAChild = saysOld && words.olderChildNamed.includes(before)
            let younger = reading.ageNamesAChild && !isPoint && weeks < (reading.ageWeeks ?? 0)
            let replaces = reading.ageWeeks != nil && !rejected
                && (ageIsRejected || corrects || older || younger || (!ageIsCurrent && (isCurrent || ageIsPoint)))
            if reading.ageWeeks == nil || replaces, weeks > 0, weeks <= rules.maxWeeks, !isHypotheticalQuestion(tokens, at: i),
                !isAgeAhead(tokens, number: i)
            {
                lastAgeEnd = j
                lastPer = per
                lastUnitWord = unitWord
                ageIsCurrent = isCurrent
                ageIsRejected = rejected
                ageIsPoint = isPoint
                reading.ageNamesAChild = namesAChild
                reading.ageIsPoint = isPoint
                reading.ageWeeks = (weeks * 10).rounded() / 10
                reading.ageWords = tokens[i...min(j - 1, tokens.count - 1)].map(\.text).joined(separator: " ")
                // The smaller unit is read with it, not again as an age of its own (which, as a
                // baby's age after a toddler's, would replace it).
                if smallerAdded { i = j - 1 }
            }
        }
        // A gestation beyond the baby's age cannot be a pregnancy since its birth: "GA 32+4, BW
        // 1.9kg, now 3 weeks old" is the gestation at birth. Only a gestation's notation alone
        // ("mum 28/40" and "mum's 30 weeks" beside a baby of 6 weeks are said of the mother,
        // now), and not against an age at a point ("28/40, her last baby was removed at 3 weeks old").
        if reading.pregnantNow, bareNotation, !ageIsPoint, let age = reading.ageWeeks, let gestation = reading.gestationWeeks,
            gestation > age
        {
            reading.pregnantNow = false
            reading.gestationTokens = nil
        }
        if reading.ageWeeks == nil, let (weeks, range) = bornWhen(tokens) {
            reading.ageWeeks = weeks
            reading.ageWords = tokens[range].map(\.text).joined(separator: " ")
        }
        if reading.ageWeeks == nil, let (weeks, range) = birthDate(tokens, today: today) {
            reading.ageWeeks = weeks
            reading.ageWords = tokens[range].map(\.text).joined(separator: " ")
        }
        if reading.ageWeeks != nil || babyKnownBorn, !reading.pregnantNow, reading.pastPregnancyTokens == nil {
            reading.pastPregnancyTokens = pregnancyToldPast(tokens)
        }
        return reading
    }

    /// Beside a born baby's age, a pregnancy said with a past verb ("stopped her sertraline when
    /// she found out she was pregnant, and now her baby's 9 weeks", "he has hit her since she was
    /// pregnant; baby 3 weeks"): the pregnancy that ended in the birth, not one now. The past
    /// verb and its pregnancy word (`rules.pastVerbs`, `rules.gestationAfter`), not followed by
    /// a linking word ("she was pregnant again"). Without a baby's age it is left as said ("she
    /// came off her antidepressants when she found out she was pregnant" is a pregnancy now).
    private func pregnancyToldPast(_ tokens: [Token]) -> Range<Int>? {
        for p in tokens.indices.dropFirst() where tokens[p - 1].kind == .word && mayBePastVerb(tokens[p - 1].key) {
            guard words.pastVerbs.includes(text(tokens, p - 1)), words.gestationAfter.includes(text(tokens, p)),
                !words.linking.includes(text(tokens, p + 1))
            else { continue }
            return (p - 1)..<(p + 1)
        }
        return nil
    }

    /// "DOB 01/10/26", "born on 1/10/2026", "date of birth: 01-10-2026": a date of birth
    /// written as a day, month and year (the UK order) right after one of the words for it
    /// (`rules.birthDateLead`, perhaps with "on", "the" or a colon between), read as the age on
    /// `today`. A date that does not exist, one after today (a due date, or a mistake) and one
    /// more than `rules.birthDateMostWeeks` ago are not read: the age is then asked for.
    private func birthDate(_ tokens: [Token], today: () -> CivilDate?) -> (weeks: Double, range: Range<Int>)? {
        guard !rules.birthDateLead.isEmpty else { return nil }
        if let written = writtenBirthDate(tokens, today: today) { return written }
        guard tokens.count >= 6 else { return dayAndMonthOfBirth(tokens, today: today) }
        // The date first (numbers and marks only, cheap to ask of every utterance), then the
        // words before it.
        for i in 1..<(tokens.count - 4) where tokens[i].kind == .number {
            guard let born = Self.dateInFigures(tokens, at: i), let lead = birthDateLeadStart(tokens, before: i), let today = today()
            else { continue }
            // "DOB 02/01/2025. Seen 13/02/2025 for her 6-8 week review": the note's own later
            // date is its now, so the age is the one at that contact (a chronology read long
            // after made a baby bruised at 6 weeks nearly two years old). Before the date of
            // birth too: "Entry 12/03/2025: new birth visit, baby DOB 26/02/2025".
            let now = latestDate(tokens, from: 0, after: born, until: today) ?? today
            let days = born.days(until: now)
            guard days >= 0, Double(days) / 7 <= rules.birthDateMostWeeks else { continue }
            return ((Double(days) / 7 * 10).rounded() / 10, lead..<(i + 5))
        }
        return dayAndMonthOfBirth(tokens, today: today)
    }

    /// "DOB 03/09", "born 3/9, seen today 01/10": a date of birth in figures without its year,
    /// right after the words for one. Counted to the note's own day when it gives one elsewhere
    /// in the same form, before or after (the latest such day up to today), else to today; the birth is the last
    /// such day up to then. Left unread, a bruise on a baby of weeks waited for the age question.
    private func dayAndMonthOfBirth(_ tokens: [Token], today: () -> CivilDate?) -> (weeks: Double, range: Range<Int>)? {
        guard tokens.count >= 4 else { return nil }
        for i in 1..<(tokens.count - 2) where tokens[i].kind == .number {
            guard let (day, month) = Self.dayAndMonthInFigures(tokens, at: i), let lead = birthDateLeadStart(tokens, before: i),
                let today = today()
            else { continue }
            var noted: CivilDate?
            for k in 0..<(tokens.count - 2) where k != i {
                guard let (noteDay, noteMonth) = noteDayAndMonth(tokens, at: k), let note = Self.lastDay(noteDay, noteMonth, until: today)
                else { continue }
                if noted.map({ $0.days(until: note) > 0 }) ?? true { noted = note }
            }
            let now = noted ?? today
            guard let born = Self.lastDay(day, month, until: now) else { continue }
            let days = born.days(until: now)
            guard Double(days) / 7 <= rules.birthDateMostWeeks else { continue }
            return ((Double(days) / 7 * 10).rounded() / 10, lead..<(i + 3))
        }
        return nil
    }

    /// A day and a month in figures from `tokens[i]` ("03/09", "3/9") with no year after them
    /// and no number before them (not the end of a full date, not its start), or nil.
    static func dayAndMonthInFigures(_ tokens: [Token], at i: Int) -> (day: Int, month: Int)? {
        guard i + 2 < tokens.count, tokens[i].kind == .number, tokens[i + 1].text == "/", tokens[i + 2].kind == .number,
            !(i > 0 && (tokens[i - 1].text == "/" || tokens[i - 1].text == "-")),
            !(i + 3 < tokens.count && (tokens[i + 3].text == "/" || tokens[i + 3].text == "-")),
            !tokens[i].text.utf8.contains(UInt8(ascii: ".")), !tokens[i + 2].text.utf8.contains(UInt8(ascii: ".")),
            let day = Int(tokens[i].text), let month = Int(tokens[i + 2].text), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return (day, month)
    }

    /// A day and a month in figures elsewhere in a note than its date of birth (the note's own
    /// day, "seen 01/10", "Entry 15/10: ..."), or nil. A fraction ("seen again 2/12 later", "3/7 ago") is no date: one of
    /// `rules.fractionWeeks`' denominators after a day of two weeks or less written without a
    /// leading zero.
    private func noteDayAndMonth(_ tokens: [Token], at i: Int) -> (day: Int, month: Int)? {
        guard let (day, month) = Self.dayAndMonthInFigures(tokens, at: i),
            !(rules.fractionWeeks[month] != nil && day <= 14 && tokens[i].text.utf8.first != UInt8(ascii: "0"))
        else { return nil }
        return (day, month)
    }

    /// The last `day` of `month` on or before `until` (this year's or last year's), if it exists.
    static func lastDay(_ day: Int, _ month: Int, until: CivilDate) -> CivilDate? {
        if let this = CivilDate(year: until.year, month: month, day: day), this.days(until: until) >= 0 { return this }
        return CivilDate(year: until.year - 1, month: month, day: day)
    }

    /// A day, month and year written in figures from `tokens[i]`, with the same mark between
    /// ("01/10/26", "1-10-2026"), when that day exists; nil for anything else (decimals too).
    static func dateInFigures(_ tokens: [Token], at i: Int) -> CivilDate? {
        guard i + 4 < tokens.count, tokens[i].kind == .number, tokens[i + 2].kind == .number, tokens[i + 4].kind == .number,
            tokens[i + 1].text == "/" || tokens[i + 1].text == "-", tokens[i + 3].text == tokens[i + 1].text
        else { return nil }
        let parts = [tokens[i].text, tokens[i + 2].text, tokens[i + 4].text]
        guard parts.allSatisfy({ !$0.utf8.contains(UInt8(ascii: ".")) }), parts[2].count == 2 || parts[2].count == 4,
            let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2])
        else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The latest date written in figures in `tokens[from...]` that falls after `born` and not
    /// after `until` (a date still to come is an appointment, not the note's day), or nil.
    private func latestDate(_ tokens: [Token], from start: Int, after born: CivilDate, until today: CivilDate) -> CivilDate? {
        var latest: CivilDate?
        for i in start..<max(start, tokens.count) {
            // A day and a month alone ("seen 01/10") are the first such day after the birth.
            let date = Self.dateInFigures(tokens, at: i)
                ?? noteDayAndMonth(tokens, at: i).flatMap { day, month in
                    CivilDate(year: born.year, month: month, day: day).flatMap { born.days(until: $0) > 0 ? $0 : nil }
                        ?? CivilDate(year: born.year + 1, month: month, day: day)
                }
            guard let date, born.days(until: date) > 0, date.days(until: today) >= 0 else { continue }
            if latest.map({ $0.days(until: date) > 0 }) ?? true { latest = date }
        }
        return latest
    }

    /// "born 1st October", "DOB 3 Nov 2026", "born on the 2nd of November", "born October
    /// 1st": a date of birth with the month in words, after the words for one as a written
    /// date is. Without a year it is the last such day up to `today` (a baby's birthday said
    /// without the year is this year's or last year's). A day that does not exist, one after
    /// today and one too long ago are refused, as for a date in figures.
    private func writtenBirthDate(_ tokens: [Token], today: () -> CivilDate?) -> (weeks: Double, range: Range<Int>)? {
        guard !rules.monthNames.isEmpty, tokens.count >= 3 else { return nil }
        for i in tokens.indices where tokens[i].kind == .number {
            let value = tokens[i].value
            // (Its bytes asked for a point: `String.contains` with a string is Foundation's
            // search, some three thousand instructions a number.)
            guard value >= 1, value <= 31, value == value.rounded(), !tokens[i].text.utf8.contains(UInt8(ascii: ".")) else { continue }
            // The day first ("1st October", "the 2nd of November") or the month ("October 1st").
            var j = i + 1
            if let word = text(tokens, j), rules.dayEndings.contains(word) { j += 1 }
            let month: Double
            let start: Int
            // ("the 2nd of November": a filler of a date of birth may stand between.)
            if let word = text(tokens, j), rules.birthDateFiller.contains(word) || rules.monthNames[word] != nil {
                if rules.monthNames[word] == nil { j += 1 }
                guard let name = text(tokens, j), let number = rules.monthNames[name] else { continue }
                month = number
                start = i
                j += 1
            } else if let name = text(tokens, i - 1), let number = rules.monthNames[name] {
                month = number
                start = i - 1
            } else if j > i + 1, text(tokens, i - 1).map(rules.birthDateFiller.contains) == true {
                // "born on the 20th", "arrived on the 3rd": a day of the month alone, with its
                // ending, is the last such day up to today (month 0 below). A birth told so was
                // left unread, and a bruise on a baby of days waited for the age question.
                month = 0
                start = i
            } else {
                continue
            }
            // A year after it, perhaps after a comma: four digits.
            var year: Int?
            var end = j
            var k = j
            if k < tokens.count, tokens[k].text == "," { k += 1 }
            if k < tokens.count, tokens[k].kind == .number, tokens[k].text.count == 4, let written = Int(tokens[k].text) {
                year = written
                end = k + 1
            }
            guard let lead = birthDateLeadStart(tokens, before: start), let today = today() else { continue }
            // "the social worker arrived on the 20th": another person's arrival (`isBirth`).
            if words.arrival.includes(text(tokens, lead)), !isBirth(tokens, at: lead) { continue }
            if month == 0 {
                guard year == nil else { continue }
                var born = CivilDate(year: today.year, month: today.month, day: Int(value))
                if born.map({ $0.days(until: today) < 0 }) ?? true {
                    born = today.month == 1 ? CivilDate(year: today.year - 1, month: 12, day: Int(value))
                        : CivilDate(year: today.year, month: today.month - 1, day: Int(value))
                }
                guard let born, born.days(until: today) >= 0 else { continue }
                return ((Double(born.days(until: today)) / 7 * 10).rounded() / 10, lead..<end)
            }
            var born = CivilDate(year: year ?? today.year, month: Int(month), day: Int(value))
            if year == nil, let this = born, this.days(until: today) < 0 {
                born = CivilDate(year: today.year - 1, month: Int(month), day: Int(value))
            }
            guard let born else { continue }
            let days = born.days(until: today)
            guard days >= 0, Double(days) / 7 <= rules.birthDateMostWeeks else { continue }
            return ((Double(days) / 7 * 10).rounded() / 10, lead..<end)
        }
        return nil
    }

    /// Where the words for a date of birth start when they end just before `index` (past the
    /// fillers, a colon or a dash, and the dots of "D.O.B."), or nil.
    private func birthDateLeadStart(_ tokens: [Token], before index: Int) -> Int? {
        var k = index - 1
        while k >= 0, let word = text(tokens, k),
            tokens[k].kind == .punctuation ? word == ":" || word == "-" || word == "." : rules.birthDateFiller.contains(word)
        {
            k -= 1
        }
        for phrase in rules.birthDateLead where k + 1 >= phrase.count {
            let from = k + 1 - phrase.count
            if phrase.indices.allSatisfy({ text(tokens, from + $0) == phrase[$0] }) { return from }
        }
        return nil
    }

    /// A vague quantity without "old" after its unit is an age after a linking word ("baby is
    /// a few weeks") or as the time since a birth ("born a couple of days ago"); otherwise it
    /// is a time ("in a couple of weeks", "for a few days").
    private func isVagueAge(_ tokens: [Token], at i: Int, after: String?) -> Bool {
        var k = i - 1
        if let word = text(tokens, k), words.articles.contains(word) { k -= 1 }
        guard let lead = text(tokens, k) else { return false }
        if words.linking.contains(lead) { return true }
        return isBirth(tokens, at: k) && words.notAgeAfter.includes(after)
    }

    /// An article or a vague quantity without "old" ("a month", "a few weeks") that ends its
    /// clause right after the baby: after the baby (or its pronoun) and a linking word ("the
    /// baby is only a month"), or after the pronoun alone, its "'s" dropped ("she's just a
    /// fortnight"); a narrowing word ("only", "just") may stand before it. Elsewhere such a
    /// duration is as often a time ("the review is a week away", "for only a few weeks").
    private func isAgeOfSubject(_ tokens: [Token], at i: Int, unitEnd j: Int) -> Bool {
        guard j >= tokens.count || tokens[j].kind == .punctuation else { return false }
        var k = i - 1
        // A vague quantity's article: "a few weeks", "a couple of months".
        if tokens[i].kind == .word, tokens[i].value < 0, let word = text(tokens, k), words.articles.contains(word) { k -= 1 }
        // "she's just over a month".
        k -= phraseLength(rules.over, tokens, before: k + 1, last: text(tokens, k))
        if let word = text(tokens, k), words.narrowing.contains(word) { k -= 1 }
        guard let lead = text(tokens, k) else { return false }
        if words.ageSubjects.contains(lead) { return true }
        return words.linking.contains(lead) && (text(tokens, k - 1).map { words.ageSubjects.contains($0) } ?? false)
    }

    /// "born last week", "delivered by section yesterday": the age from when the birth was said
    /// to be (`rules.bornWhen`), right after a birth word. Not further on: "the new birth visit
    /// yesterday" and "born... discharged yesterday" say nothing of the birth's day.
    private func bornWhen(_ tokens: [Token]) -> (weeks: Double, range: Range<Int>)? {
        for start in tokens.indices.dropFirst() where mayBeBirth(tokens[start - 1].key) && words.mayStartBornWhen(tokens[start].text) {
            guard isBirth(tokens, at: start - 1),
                let phrase = rules.bornWhen.indices.first(where: { matches(rules.bornWhen[$0], tokens, at: start) })
            else { continue }
            return (rules.bornWhenWeeks[phrase], (start - 1)..<(start + rules.bornWhen[phrase].count))
        }
        return nil
    }

    /// A birth word at `k`, said of the baby: "the social worker arrived yesterday", "police
    /// arrived 10 days ago" name another person's arrival (`rules.arrival`), no birth.
    private func isBirth(_ tokens: [Token], at k: Int) -> Bool {
        guard let word = text(tokens, k), words.born.contains(word) else { return false }
        guard words.arrival.contains(word) else { return true }
        var m = k - 1
        while let between = text(tokens, m), words.arrivalBetween.contains(between) { m -= 1 }
        return !words.arrivalOthers.includes(text(tokens, m))
    }

    /// The week word of "week 9 baby" or "week-9 baby" before the number at `i`: its index.
    /// `previous`: the word at `i - 1`, as read.
    private func weekWordBefore(_ tokens: [Token], _ i: Int, previous: String?) -> Int? {
        if words.weekBefore.includes(previous) { return i - 1 }
        if i >= 2, tokens[i - 1].kind == .punctuation, tokens[i - 1].text == "-", words.weekBefore.includes(text(tokens, i - 2)) { return i - 2 }
        return nil
    }

    /// Before the day word at `day`: a word for the baby ("newborn, day 3", "twins day 5"),
    /// perhaps with a comma or colon between; a postnatal contact (`rules.dayContacts`, perhaps
    /// with "on" between: "MW home visit day 4", "discharged home on day 9"); `rules.dayOn`
    /// said of the baby ("she's on day 4", "baby is now on day 6"); or a linking word said of a
    /// word for the baby ("baby is day 6", not "she is day 3 post section", which is the mother).
    private func isDayOfTheBaby(_ tokens: [Token], before day: Int) -> Bool {
        var k = day - 1
        if k >= 0, tokens[k].kind == .punctuation, tokens[k].text == "," || tokens[k].text == ":" || tokens[k].text == "(" { k -= 1 }
        if words.dayLead.includes(text(tokens, k)) { return true }
        let on = words.dayOn.includes(text(tokens, day - 1))
        if words.dayContacts.includes(text(tokens, on ? day - 2 : day - 1)) { return true }
        var m = on ? day - 2 : day - 1
        while let word = text(tokens, m), words.linking.contains(word) || words.narrowing.contains(word) { m -= 1 }
        if on { return words.ageSubjects.includes(text(tokens, m)) }
        return m < day - 1 && words.dayLead.includes(text(tokens, m))
    }

    /// Past an approximation (`rules.approx`, perhaps after a hyphen: "3-ish") at `j`, or `j`.
    /// Asked after every number: the word at `k` is read once and compared with each phrase's
    /// first word before the rest (reading every word of every phrase was a third of the
    /// reader's time).
    private func pastApproximation(_ tokens: [Token], at j: Int) -> Int {
        var k = j
        if k < tokens.count, tokens[k].kind == .punctuation, tokens[k].text == "-" { k += 1 }
        guard let first = text(tokens, k), words.approxFirst.contains(first) else { return j }
        for phrase in rules.approx where phrase.first == first && matches(phrase, tokens, at: k) { return k + phrase.count }
        return j
    }

    /// The length of the phrase of `phrases` (`over` or `nearly`) that ends just before `i`, or
    /// 0. `last`: the word at `i - 1` as read (`text`), looked up once among the phrases' last
    /// words (`AgeWords.overOrNearlyLast`) before any phrase is compared.
    private func phraseLength(_ phrases: [[String]], _ tokens: [Token], before i: Int, last: String?) -> Int {
        guard let last, words.overOrNearlyLast.contains(last) else { return 0 }
        for phrase in phrases where phrase.last == last && phrase.count <= i && matches(phrase, tokens, at: i - phrase.count) {
            return phrase.count
        }
        return 0
    }

    private func matches(_ phrase: [String], _ tokens: [Token], at start: Int) -> Bool {
        guard start + phrase.count <= tokens.count else { return false }
        return phrase.indices.allSatisfy { text(tokens, start + $0) == phrase[$0] }
    }

    /// The words just before `i` are one of the "nearly" phrases.
    /// The word just before `i` is read once and compared with each phrase's last word
    /// first: most phrases fail there, and reading every word of every phrase showed in profiles.
    private func endsWithNearly(_ tokens: [Token], before i: Int) -> Bool {
        let last = text(tokens, i - 1)
        return rules.nearly.contains { phrase in
            guard let final = phrase.last else { return true }
            guard phrase.count <= i, last == final else { return false }
            return phrase.enumerated().allSatisfy { text(tokens, i - phrase.count + $0.offset) == $0.element }
        }
    }

    /// A correction word within three tokens after the last age, and only a few linking words
    /// (or marks) between it and this one: "...15 days old... no, he's 3 weeks".
    private func isCorrection(_ tokens: [Token], from end: Int, to i: Int) -> Bool {
        guard i - end <= 12 else { return false }
        var k = end
        var seen = false
        var count = 0
        while k < i {
            if tokens[k].kind == .punctuation { k += 1; continue }
            guard let word = text(tokens, k) else { return false }
            count += 1
            if !seen, words.corrections.contains(word), count <= 3 {
                seen = true
            } else if !(seen ? words.correctionBetween.contains(word) : words.old.contains(word)) {
                return false
            }
            k += 1
        }
        return seen
    }

    /// A birth word or event a few words from `k`, in the sentence: "(37 weeks) when her waters
    /// broke", "(at 40+3) in labour".
    private func isBirthEventAfter(_ tokens: [Token], from k: Int) -> Bool {
        var m = k
        while m < min(tokens.count, k + 5) {
            if tokens[m].kind == .punctuation, tokens[m].text == "." || tokens[m].text == ";" { return false }
            if let word = text(tokens, m), words.birthEvents.contains(word) || isBirth(tokens, at: m) { return true }
            m += 1
        }
        return false
    }

    /// "when she was", "since mum was" just before the number (perhaps with "about", "nearly"):
    /// a time in the past (`rules.pastFrame`, `rules.pastVerbs`). Where the frame's word is, or nil.
    private func pastFrameStart(_ tokens: [Token], before i: Int) -> Int? {
        var k = i - 1
        k -= phraseLength(rules.nearly, tokens, before: k + 1, last: text(tokens, k))
        while let word = text(tokens, k), words.linking.contains(word), !words.pastVerbs.contains(word) { k -= 1 }
        guard words.pastVerbs.includes(text(tokens, k)) else { return nil }
        if words.pastFrame.includes(text(tokens, k - 2)) { return k - 2 }
        return words.pastFrame.includes(text(tokens, k - 1)) ? k - 1 : nil
    }

    /// A full stop, semicolon, question or exclamation mark: the end of a sentence.
    private static func endsSentence(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.text {
        case ".", ";", "?", "!": return true
        default: return false
        }
    }

    /// A mark that ends a clause: a sentence's end, a comma, colon, dash or closing bracket.
    private static func endsClause(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch token.text {
        case ".", ";", "?", "!", ",", ":", "-", ")": return true
        default: return false
        }
    }

    /// The word at `k` starts a note, a sentence or a heading: it is the first token, or comes
    /// after a full stop, colon, comma, semicolon, dash or bracket ("MW: day 8", "Day 12 visit").
    private func isHeading(_ tokens: [Token], at k: Int) -> Bool {
        guard k >= 0, k < tokens.count else { return false }
        if k == 0 { return true }
        guard tokens[k - 1].kind == .punctuation else { return false }
        switch tokens[k - 1].text {
        case ".", ":", ",", ";", "(", "-", "!": return true
        default: return false
        }
    }

    /// The number at `i` is in a sentence that ends in "?" and opens with one of
    /// `rules.hypotheticalQuestions` ("What if the baby is 7 months and not crawling?").
    private func isHypotheticalQuestion(_ tokens: [Token], at i: Int) -> Bool {
        guard !rules.hypotheticalQuestions.isEmpty else { return false }
        var end = i
        while end < tokens.count, !Self.endsSentence(tokens[end]) { end += 1 }
        guard end < tokens.count, tokens[end].text == "?" else { return false }
        var start = i
        while start > 0, !Self.endsSentence(tokens[start - 1]) { start -= 1 }
        guard let first = text(tokens, start), words.hypotheticalFirst.contains(first) else { return false }
        return rules.hypotheticalQuestions.contains { $0.first == first && matches($0, tokens, at: start) }
    }

    /// A pregnancy that ended (`rules.pregnancyLoss`) a few words before the "at" at `k`, in its
    /// sentence: "miscarried last month at 9 weeks", "she lost a baby at 14 weeks".
    private func isPregnancyLossBefore(_ tokens: [Token], at k: Int) -> Bool {
        guard !rules.pregnancyLoss.isEmpty else { return false }
        var m = k - 1
        while m >= max(0, k - 6) {
            if Self.endsSentence(tokens[m]) { return false }
            if let word = text(tokens, m), words.pregnancyLossFirst.contains(word),
                rules.pregnancyLoss.contains(where: { $0.first == word && m + $0.count <= k && matches($0, tokens, at: m) })
            {
                return true
            }
            m -= 1
        }
        return false
    }

    /// The number at `i` is an age the baby will reach, in a clause of time ahead ("when he's 6
    /// months we'll start weaning", "a holiday when the baby's three weeks old", "until she
    /// turns 12 weeks"): one of `rules.aheadLeads` a few words before it in its clause, and a
    /// present verb of `rules.aheadVerbs` (or a noun's "'s", read as "is") between. Read as the
    /// age now, a plan made the baby that old. A past verb ("when she was 3 weeks old") tells an
    /// age of the past, read as before.
    private func isAgeAhead(_ tokens: [Token], number i: Int) -> Bool {
        guard !rules.aheadLeads.isEmpty else { return false }
        // The verb just before the number (an "about" or "nearly" may stand between), then the
        // lead just before its subject: "when the baby's", "when he is", "until she turns".
        // Farther apart, the lead opens another clause ("when I saw him he's 6 weeks old").
        var k = i - 1
        while k >= max(0, i - 3) {
            if Self.endsSentence(tokens[k]) || tokens[k].text == "," { return false }
            if let word = text(tokens, k), words.aheadVerbs.contains(word) || tokens[k].possessive { break }
            k -= 1
        }
        guard k >= max(0, i - 3) else { return false }
        var lead = k - 1
        while lead >= max(0, k - 3) {
            if Self.endsSentence(tokens[lead]) || tokens[lead].text == "," { return false }
            if let word = text(tokens, lead), words.aheadLeads.contains(word) { return true }
            lead -= 1
        }
        return false
    }

    /// A plan earlier in the sentence of the check at `i` (`rules.checkPlan`): "ask mum at the 12
    /// month review", "we'll look again at the 8 week check".
    private func isPlanBefore(_ tokens: [Token], at i: Int) -> Bool {
        var m = i - 1
        while m >= 0, !Self.endsSentence(tokens[m]) {
            if words.checkPlan.includes(text(tokens, m)) { return true }
            m -= 1
        }
        return false
    }

    /// Another child, a baby or a pregnancy named anywhere in the utterance
    /// (`rules.bareYearsOthers`, `rules.otherChild`): "he" or "she" of years may be that baby's
    /// older brother or sister, so years said without "old" are not read.
    private func mentionsOthers(_ tokens: [Token]) -> Bool {
        for k in tokens.indices where tokens[k].kind == .word {
            if let word = text(tokens, k), words.bareYearsOthers.contains(word) || words.otherChild.contains(word) { return true }
        }
        return false
    }

    /// The child named just before the number at `i` (`rules.bareYearsSubjects`), past linking,
    /// narrowing and "nearly"/"just over" words: "he's 2", "she is nearly 3", "he's just 2". A
    /// word of `rules.bareYearsTurned` may stand between, and then the child may go unnamed at a
    /// sentence's start ("Just turned 1 and crawling"); `turned` says whether one did.
    private func isChildBefore(_ tokens: [Token], number i: Int) -> (child: Bool, turned: Bool) {
        var k = i - 1
        k -= max(phraseLength(rules.over, tokens, before: k + 1, last: text(tokens, k)),
            phraseLength(rules.nearly, tokens, before: k + 1, last: text(tokens, k)))
        var turned = false
        while let word = text(tokens, k), tokens[k].kind == .word || word == "'" || word == "’" {
            if tokens[k].kind == .punctuation {
                k -= 1
                continue
            }
            if words.bareYearsTurned.contains(word) {
                turned = true
            } else if !(words.linking.contains(word) || words.narrowing.contains(word)
                || (words.arrivalBetween.contains(word) && !words.pastVerbs.contains(word)))
            {
                break
            }
            k -= 1
        }
        if words.bareYearsSubjects.includes(text(tokens, k)), k >= 0, tokens[k].kind == .word { return (true, turned) }
        return (turned && (k < 0 || Self.endsSentence(tokens[k]) || isHeading(tokens, at: k + 1)), turned)
    }

    /// A bare number at `i` (its unit left out, `end` just past it and any "and a half") read as
    /// years of the child: "he's 2", "she's 3 and has bruises", "he's 2 and a half", "he's just
    /// turned 1". From 1 to `rules.bareYearsMost` (a parent is older), the clause ending after it
    /// or one of `rules.bareYearsAfter` following, and no other child, baby or pregnancy named
    /// in the utterance.
    private func isBareYears(_ tokens: [Token], number i: Int, value: Double, end j: Int) -> Bool {
        guard value >= 1, value <= rules.bareYearsMost, (value * 2).rounded() == value * 2 else { return false }
        guard j >= tokens.count || Self.endsClause(tokens[j]) || (tokens[j].kind == .word && words.bareYearsAfter.includes(text(tokens, j)))
        else { return false }
        guard isChildBefore(tokens, number: i).child else { return false }
        return !mentionsOthers(tokens)
    }

    /// Years with their unit but no "old", said of the child: after the child ("he's 2 years",
    /// "she's a year and a half"), the clause ending after the unit; or after "at", the child
    /// named right after ("at 2 years he still can't move"). No other child, baby or pregnancy
    /// named in the utterance.
    private func isYearsOfChild(_ tokens: [Token], number i: Int, unitEnd j: Int) -> Bool {
        let ends = j >= tokens.count || Self.endsClause(tokens[j]) || (tokens[j].kind == .word && words.bareYearsAfter.includes(text(tokens, j)))
        let named = ends && isChildBefore(tokens, number: i).child
        let atThen = words.points.includes(text(tokens, i - 1)) && j < tokens.count && tokens[j].kind == .word
            && words.bareYearsSubjects.includes(text(tokens, j))
        guard named || atThen else { return false }
        return !mentionsOthers(tokens)
    }

    /// The article at `k` (before "a 12 month old") names the child in question: one of
    /// `rules.childInQuestion` comes just before it ("saw a 12 month old today", "ringing about
    /// a 2 year old"). (Not heading the utterance: "A 2 year old lives there too" answers who
    /// else is at home as often as it opens a case.) Nor when the child is named by its
    /// pronoun and a linking word ("she is a 1 year old", "he is a 2 year old", the answer to
    /// "how old is the child?"), as bare years are (`rules.bareYearsSubjects`), and no other
    /// child is spoken of: "the baby is 6 weeks and her brother, he's a 2 year old" keeps the
    /// baby's age.
    private func isChildInQuestion(_ tokens: [Token], article k: Int) -> Bool {
        guard k >= 1, words.articles.includes(text(tokens, k)) else { return false }
        if words.childInQuestion.includes(text(tokens, k - 1)) { return true }
        var m = k - 1
        while let word = text(tokens, m), tokens[m].kind == .word, words.linking.contains(word) || words.narrowing.contains(word) { m -= 1 }
        return m < k - 1 && words.bareYearsSubjects.includes(text(tokens, m)) && !mentionsOthers(tokens)
    }

    /// The mother or "she" (`rules.mother`, `rules.pregnancyBesideSubjects`) just before the
    /// number at `i`, past linking words: "mum is 32+5", "she's 40+6".
    private func isMotherBefore(_ tokens: [Token], number i: Int) -> Bool {
        var k = i - 1
        while let word = text(tokens, k), tokens[k].kind == .word, words.linking.contains(word) || words.narrowing.contains(word) { k -= 1 }
        guard k >= 0, tokens[k].kind == .word, let word = text(tokens, k) else { return false }
        return words.mother.contains(word) || words.pregnancyBesideSubjects.contains(word)
    }

    /// "She's 31 weeks and thinks the baby will sleep through", "at 38 weeks she still isn't
    /// sure who the father is": "she" (`rules.pregnancyBesideSubjects`) just before the number
    /// (past linking words) or just after the unit ending at `j`, and a word of
    /// `rules.pregnancyBeside` later in the sentence.
    private func isPregnancyBeside(_ tokens: [Token], number i: Int, unitEnd j: Int, weeks: Double) -> Bool {
        var k = i - 1
        k -= phraseLength(rules.nearly, tokens, before: k + 1, last: text(tokens, k))
        while let word = text(tokens, k), tokens[k].kind == .word, words.linking.contains(word) || words.narrowing.contains(word) { k -= 1 }
        // "she's at 35 weeks": a point a pregnancy has reached (`pregnancyPoints`; a baby is
        // never "at" its age now).
        if k > 0, let point = text(tokens, k), words.pregnancyPoints.contains(point), tokens[k - 1].kind == .word {
            k -= 1
            while let word = text(tokens, k), tokens[k].kind == .word, words.linking.contains(word) || words.narrowing.contains(word) { k -= 1 }
        }
        let sheBefore = k >= 0 && tokens[k].kind == .word && words.pregnancyBesideSubjects.includes(text(tokens, k))
        let sheAfter = j < tokens.count && tokens[j].kind == .word && words.pregnancyBesideSubjects.includes(text(tokens, j))
        guard sheBefore || sheAfter else { return false }
        // "She's 36 weeks and tells me her last partner put her in hospital": weeks no baby is
        // told in, with nothing a baby is or does in the sentence ("she's 30 weeks and drinking
        // her bottles" is a baby's).
        if sheBefore, rules.pregnancySheAloneLeastWeeks > 0, weeks >= rules.pregnancySheAloneLeastWeeks,
            !words.notAgeAfter.includes(text(tokens, j)), !saysBabyDoing(tokens, around: i)
        {
            return true
        }
        // "Found out she was pregnant at 12 weeks... she's now 33 weeks", "her first labour was
        // traumatic; she's 34 weeks now": weeks a baby is seldom told in, with a word of a
        // pregnancy anywhere in the text. ("She's now 30 weeks" alone says nothing of one.)
        if sheBefore, rules.pregnancySheLeastWeeks > 0, weeks >= rules.pregnancySheLeastWeeks,
            tokens.indices.contains(where: { tokens[$0].kind == .word && (words.pregnancyBeside.includes(text(tokens, $0))
                || words.gestationAfter.includes(text(tokens, $0)) || words.antenatal.includes(text(tokens, $0))) })
        {
            return true
        }
        var m = j
        while m < tokens.count, !Self.endsSentence(tokens[m]) {
            if tokens[m].kind == .word, words.pregnancyBeside.includes(text(tokens, m)) { return true }
            m += 1
        }
        return false
    }

    /// "I'm 19 weeks and I've not told anyone", "I am 31 weeks": weeks said of the speaker
    /// (`rules.pregnancySpeakers`, past linking words), and no speaker is a baby. Not a time ("I'm
    /// 2 weeks into the course", "I'm 8 weeks sober").
    private func isSpeakersWeeks(_ tokens: [Token], number i: Int, unitEnd j: Int) -> Bool {
        var k = i - 1
        k -= phraseLength(rules.nearly, tokens, before: k + 1, last: text(tokens, k))
        while let word = text(tokens, k), tokens[k].kind == .word, words.linking.contains(word) || words.narrowing.contains(word) { k -= 1 }
        guard k >= 0, tokens[k].kind == .word, words.pregnancySpeakers.includes(text(tokens, k)) else { return false }
        return !words.notAgeAfter.includes(text(tokens, j)) && !words.sober.includes(text(tokens, j))
    }

    /// A word of what a baby is or does (`rules.babyDoing`) in the sentence of the number at `i`.
    private func saysBabyDoing(_ tokens: [Token], around i: Int) -> Bool {
        var start = i
        while start > 0, !Self.endsSentence(tokens[start - 1]) { start -= 1 }
        var m = start
        while m < tokens.count, !Self.endsSentence(tokens[m]) {
            if tokens[m].kind == .word, words.babyDoing.includes(text(tokens, m)) { return true }
            m += 1
        }
        return false
    }

    /// A pregnancy (`rules.pregnancyTold`) told before the number at `i` in its sentence, not as a
    /// time past ("PND in her first pregnancy", "after the pregnancy"), or right after the unit
    /// ending at `unitEnd` ("31 weeks with her second").
    private func isPregnancyTold(_ tokens: [Token], number i: Int, unitEnd j: Int) -> Bool {
        if rules.pregnancyTold.contains(where: { matches($0, tokens, at: j) }) { return true }
        var k = i - 1
        while k >= 0 {
            if tokens[k].kind == .punctuation {
                switch tokens[k].text {
                case ".", ";", "?", "!": return false
                default: break
                }
            }
            guard let word = text(tokens, k) else {
                k -= 1
                continue
            }
            // Only at a phrase's first word are the phrases compared one by one (comparing every
            // word of the sentence with every phrase cost some 60K instructions a call).
            if words.pregnancyToldFirst.contains(word) {
                for phrase in rules.pregnancyTold where matches(phrase, tokens, at: k) {
                    // A word of time or a past verb a few words before ("in her first pregnancy",
                    // "it was her first pregnancy"): that pregnancy is past.
                    let past = (max(0, k - 3)..<k).contains { words.pastFrame.includes(text(tokens, $0)) || words.pastVerbs.includes(text(tokens, $0)) }
                    if !past { return true }
                }
            }
            // A birth told between ("normal pregnancy and birth, she's 6 weeks"): the baby's age.
            // Unless the birth word is in a phrase that says it is still to come ("not yet
            // delivered, 35 weeks", "yet to be born"): the walk back meets the birth word
            // before the phrase's first word, so the phrases that cover it are looked at here.
            if words.birthEvents.contains(word) || isBirth(tokens, at: k) {
                return isInPregnancyToldPhrase(tokens, at: k)
            }
            k -= 1
        }
        return false
    }

    /// The word just before the number at `i` is itself a birth ("born", "delivered": in both
    /// `born` and `born_at`), not denied a few words before ("not born", "isnt yet born"): the
    /// gestation written after it, as notes do ("Born 34/40", "delivered 31+2/40"), is at birth.
    private func isBirthWordJustBefore(_ tokens: [Token], number i: Int) -> Bool {
        guard let word = text(tokens, i - 1), words.born.contains(word), words.bornAt.contains(word) else { return false }
        return !(max(0, i - 4)..<(i - 1)).contains { words.rejectedBefore.includes(text(tokens, $0)) }
    }

    /// A birth word at `k` (`rules.born`), or just before a few words of how the birth came
    /// (`rules.birthManner`: "born early", "delivered a bit early"): the words before "at" in
    /// "born early at 31 weeks", a gestation at birth that was read as the baby's age.
    private func isBirthWord(_ tokens: [Token], endingAt k: Int) -> Bool {
        var k = k
        for _ in 0...3 {
            guard let word = text(tokens, k) else { return false }
            if words.born.contains(word) { return true }
            guard words.birthManner.contains(word) else { return false }
            k -= 1
        }
        return false
    }

    /// A phrase of `rules.pregnancyTold` holds the word at `k` ("yet delivered", "not born").
    private func isInPregnancyToldPhrase(_ tokens: [Token], at k: Int) -> Bool {
        for phrase in rules.pregnancyTold where phrase.count > 1 {
            for start in max(0, k - phrase.count + 1)...k where matches(phrase, tokens, at: start) { return true }
        }
        return false
    }

    /// A unit at `i` with "old" after it (perhaps after a hyphen) and no number before it: at
    /// the start of the text or of a clause, or after a word of `rules.bareUnitBefore` ("week-old
    /// baby", "the day old"). Units of a year or more are left out (an older child's, and said so
    /// only with a number). Asked of every word: the unit's bit first.
    private func isBareUnitOld(_ tokens: [Token], at i: Int) -> Bool {
        guard tokens[i].kind == .word, mayBeUnit(tokens[i].key), let unit = text(tokens, i), let per = words.unitWeeks[unit],
            per < yearWeeks
        else { return false }
        let oldAt = text(tokens, i + 1) == "-" ? i + 2 : i + 1
        guard words.old.includes(text(tokens, oldAt)) else { return false }
        guard i > 0 else { return true }
        // Not after a hyphen joined to it: "3-week-old" is read from its number. A dash set off
        // by a space ("No cot - fortnight-old sleeping on the sofa") ends a clause, as a comma does.
        if tokens[i - 1].kind == .punctuation {
            if tokens[i - 1].text == "-" { return tokens[i].start > tokens[i - 1].end }
            return Self.endsClause(tokens[i - 1]) || tokens[i - 1].text == "("
        }
        return words.bareUnitBefore.includes(text(tokens, i - 1))
    }

    /// A word for the baby (`rules.dayLead`) straight before the number at `i`, no linking word
    /// between ("baby 6wks", "infant 3/52"): a note's shorthand for its age. Not a pronoun ("she"
    /// is as often the mother).
    private func isBabyJustBefore(_ tokens: [Token], number i: Int) -> Bool {
        words.dayLead.includes(text(tokens, i - 1))
    }

    /// A day and a month in figures at `i` right after the words of a date of birth that name
    /// a day (`rules.dateLeads`: "DOB 3/12", "date of birth: 3/12"): a date, not a fraction.
    private func isDayAfterDateLead(_ tokens: [Token], at i: Int) -> Bool {
        guard Self.dayAndMonthInFigures(tokens, at: i) != nil, let lead = birthDateLeadStart(tokens, before: i) else { return false }
        return words.dateLeads.includes(text(tokens, lead))
    }

    /// A word for the baby just before the number (past linking words): "baby is 22 weeks",
    /// "he's 6 weeks". "She" is the mother's as often as the baby's, so it is not one here.
    private func isOfTheBaby(_ tokens: [Token], before i: Int) -> Bool {
        var k = i - 1
        while let word = text(tokens, k), words.linking.contains(word) || words.narrowing.contains(word) || word == "s" || word == "'" { k -= 1 }
        guard let word = text(tokens, k) else { return false }
        return words.ageSubjects.contains(word) && !words.pastVerbs.contains(word) && word != "she"
    }

    /// The number at `i` tells a mark's age: "a bruise that looks a few days old", "bruising on
    /// his arm which is about a week old", "a bruise about a week old". A mark word right before
    /// the `markLinks` words, or a few words before a relative word among them; a word for the
    /// baby or the end of a sentence between keeps the age the baby's. A determiner just before
    /// the number (one that names a particular mark and a child by its age alike: "the", "this",
    /// "her") names a child, never a mark's age ("bruising has appeared again on this five month
    /// old", "marks on her 10 week old"); "its 2 days old" is "it's".
    private func isMarkAge(_ tokens: [Token], at i: Int) -> Bool {
        var k = i - 1
        if let word = text(tokens, k), words.markSubjectDeterminers.contains(word), words.olderChildNamed.contains(word) { return false }
        if tokens[i].kind == .word, tokens[i].value < 0, let word = text(tokens, k), words.articles.contains(word) { k -= 1 }
        var relative = false
        while k >= 0 {
            if tokens[k].kind == .punctuation, tokens[k].text == "'" || tokens[k].text == "’" { k -= 1; continue }
            // A range's first number ("3 to 5 days old", "2-3 days old").
            if tokens[k].kind == .number || (tokens[k].text == "-" && k > 0 && tokens[k - 1].kind == .number) { k -= 1; continue }
            guard let word = text(tokens, k), words.markLinks.contains(word) else { break }
            if words.markRelatives.contains(word) { relative = true }
            k -= 1
        }
        if words.markWords.includes(text(tokens, k)) { return true }
        // "(rib fractures with callus), so at least 10 days old": an injury dated, named anywhere
        // before in the sentence.
        if (max(0, k)..<i).contains(where: { words.markDating.includes(text(tokens, $0)) }) {
            var m = k
            while m >= 0, !Self.endsSentence(tokens[m]) {
                if let word = text(tokens, m), tokens[m].kind == .word {
                    if words.ageSubjects.contains(word) { return false }
                    if words.markWords.contains(word) { return true }
                }
                m -= 1
            }
        }
        if isMarkSubject(tokens, at: i, linksFrom: k + 1) { return true }
        // "a bruise on his arm that mum says has been there 3 days": a report between the relative
        // word and the links (a few words, no word for the baby, no punctuation). Not a point of
        // the baby's life or a check ("a mark that the HV saw at the 6 week check").
        if !relative, !isPointOrCheck(tokens, at: i, linksFrom: k + 1) {
            var r = k
            while r >= max(0, k - 3), tokens[r].kind == .word, let word = text(tokens, r), !words.ageSubjects.contains(word) {
                if words.markRelatives.contains(word) {
                    relative = true
                    k = r - 1
                    break
                }
                r -= 1
            }
        }
        guard relative else { return false }
        var m = k
        while m >= max(0, k - 5) {
            guard let word = text(tokens, m) else { return false }
            if tokens[m].kind == .punctuation, word == "." || word == ";" || word == "?" { return false }
            if words.ageSubjects.contains(word) { return false }
            if words.markWords.contains(word) { return true }
            m -= 1
        }
        return false
    }

    /// The mark is the subject of the number's clause: "the bruise was about 2cm across and 3
    /// days old", "the mark has been there about 5 days". A mark word, then within a few words
    /// one of `rules.markVerbs`, then the number later in the clause: no punctuation between and
    /// no word for the baby. Not a point of the baby's life ("the bruise was seen at 6 weeks":
    /// `points` before the number, past the links from `linksFrom`), not a baby named by its
    /// age ("on the 6 week old's cheek": a determiner before the number), not a check ("at the
    /// 8 week check").
    private func isMarkSubject(_ tokens: [Token], at i: Int, linksFrom first: Int) -> Bool {
        guard !words.olderChildNamed.includes(text(tokens, i - 1)) || (tokens[i].kind == .word && tokens[i].value < 0) else { return false }
        guard !isPointOrCheck(tokens, at: i, linksFrom: first) else { return false }
        var m = i - 1
        while m >= max(0, i - 12) {
            if tokens[m].kind == .punctuation {
                if tokens[m].text == "'" || tokens[m].text == "’" { m -= 1; continue }
                return false
            }
            if let word = text(tokens, m) {
                if words.ageSubjects.contains(word) { return false }
                if words.markWords.contains(word) {
                    return words.markSubjectDeterminers.includes(text(tokens, m - 1))
                        && ((m + 1)..<min(i, m + 6)).contains { words.markVerbs.includes(text(tokens, $0)) }
                }
            }
            m -= 1
        }
        return false
    }

    /// A point of the baby's life before the number at `i` (`points`, among or just before the
    /// links from `first`: "seen at 6 weeks", "since 3 weeks"), or a check or the baby after it.
    private func isPointOrCheck(_ tokens: [Token], at i: Int, linksFrom first: Int) -> Bool {
        (first..<i).contains(where: { words.points.includes(text(tokens, $0)) }) || words.points.includes(text(tokens, first - 1))
            || isCheckAfter(tokens, number: i)
    }

    /// A check named by the age at `i` ("the 8 week check"), or the baby ("3 week old baby").
    private func isCheckAfter(_ tokens: [Token], number i: Int) -> Bool {
        var j = i + 1
        while j < tokens.count, j <= i + 4 {
            if let word = text(tokens, j), tokens[j].kind == .word {
                if words.checks.contains(word) || words.weekAfter.contains(word) { return true }
                if !(words.unitWeeks[word] != nil || words.old.contains(word)) { return false }
            }
            j += 1
        }
        return false
    }

    /// Another child just before the number: "sister aged 18 months", "his brother is 2 years old".
    private func isOtherChildAge(_ tokens: [Token], before i: Int, weeks: Double) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 4 {
            if tokens[k].kind == .punctuation { k -= 1; continue }
            guard let word = text(tokens, k) else { return false }
            // "Her older boy is 3 years old", "his eldest son, aged 4": another child, whatever
            // the age (an older child of weeks is no sibling of a baby).
            if words.otherChildNouns.contains(word), words.otherChildLeads.includes(text(tokens, k - 1)) { return true }
            if words.otherChild.contains(word) {
                // "Her sister's 10-day-old": the sibling's baby ("'s" dropped, see `Token.possessive`).
                // "Her baby brother is 6 weeks": the baby itself (`rules.babySibling`).
                if weeks < rules.olderChildWeeks, tokens[k].possessive || words.babySibling.includes(text(tokens, k - 1)) { return false }
                return true
            }
            guard words.otherChildBetween.contains(word) else { return false }
            k -= 1
        }
        return false
    }

    private func matchesHalf(_ tokens: [Token], at j: Int) -> Bool {
        guard !rules.half.isEmpty, j + rules.half.count <= tokens.count else { return false }
        return rules.half.enumerated().allSatisfy { tokens[j + $0.offset].text == $0.element }
    }

    /// "mum's 30 weeks", "mum is 30 weeks": the mother is the subject of the number.
    /// A pregnancy word just before the weeks, with only linking words or punctuation between:
    /// "she is pregnant, about 16 weeks", "pregnancy - 20 weeks" say a gestation, not an age;
    /// so does a point in the pregnancy (`pregnancyPoints`): "she found out she was pregnant at 8 weeks".
    private func isPregnancyJustBefore(_ tokens: [Token], before i: Int) -> Bool {
        var k = i - 1
        while k >= max(0, i - 4) {
            if tokens[k].kind == .punctuation, tokens[k].text != "." { k -= 1; continue }
            guard let word = text(tokens, k) else { return false }
            if words.linking.contains(word) || words.pregnancyPoints.contains(word) { k -= 1; continue }
            return words.gestationAfter.contains(word)
        }
        return false
    }

    /// Whether the mother is the subject of the `weeks` at `i` ("mum's 30 weeks", "mother is
    /// now 34 weeks"), so that they are a gestation.
    private func isMotherSubject(_ tokens: [Token], before i: Int, weeks: Double) -> Bool {
        var k = i - 1
        while k >= 0, let word = text(tokens, k), words.linking.contains(word) { k -= 1 }
        guard let word = text(tokens, k) else { return false }
        if words.mother.contains(word) { return true }
        // Carried into the clause from the sentence's subject: "Mum was in care herself and is
        // now 26 wks", "Mum, who is 20 weeks, lives alone". Only as many weeks as a pregnancy
        // beside "she" needs, and nothing between that may be the baby's or another number:
        // "Mum is low and he is 20 weeks", "Mum is 19 and is 24 weeks" stay the baby's age,
        // the safe reading (a born baby's age is what the bruising protocol needs).
        guard words.motherClauseLinks.contains(word), weeks >= rules.pregnancyBesideLeastWeeks else { return false }
        // The mother just before the link, wherever she stands in the sentence ("Referral re mum
        // at 30 weeks", "a call about a mum who is 24 weeks").
        if let named = text(tokens, k - 1), words.mother.contains(named) { return true }
        var m = k - 1
        while m >= 0, !Self.endsSentence(tokens[m]) {
            if tokens[m].kind == .number { return false }
            if let between = text(tokens, m), words.ageSubjects.contains(between) { return false }
            m -= 1
        }
        var first = m + 1
        while first < k, tokens[first].kind == .punctuation { first += 1 }
        guard first < k, let subject = text(tokens, first) else { return false }
        return words.mother.contains(subject)
    }
}
