import Foundation

/// Reads `dialogues/lexicon/` into a `Lexicon`, reporting every problem as `file:line: what`.
///
/// Files: `language.yaml` (word forms), `classes.yaml` (word classes), `context.yaml`
/// (triggers and scopes), `facts.yaml` (age, gestation, role) and `factors/*.yaml` (one
/// risk factor's cues each). All share one vocabulary so that matching compares integers.
struct LexiconLoader {
    let directory: URL
    let knownFactors: Set<RiskFactorID>

    func load() throws -> Lexicon {
        var lexicon = Lexicon()
        guard FileManager.default.fileExists(atPath: directory.path) else { return lexicon }
        let language = try node("language.yaml")
        try readLanguage(language, into: &lexicon)
        try readPlainWords(into: &lexicon)
        var compiler = PatternCompiler(forms: lexicon.forms)
        if let classes = try optionalNode("classes.yaml") { try readClasses(classes, compiler: &compiler) }
        for file in try factorFiles() {
            try readFactor(try node("factors/" + file), into: &lexicon, compiler: &compiler)
        }
        try readContext(try node("context.yaml"), into: &lexicon, compiler: &compiler)
        if let facts = try optionalNode("facts.yaml") { try readFacts(facts, into: &lexicon, compiler: &compiler) }
        lexicon.vocabulary = compiler.vocabulary
        lexicon.surface = compiler.surface
        for word in compiler.lexiconWords { lexicon.typos.add(word: word) }
        lexicon.typos.seal()
        lexicon.indexKnownWords()
        lexicon.cueIndex.seal()
        lexicon.triggerIndex.seal()
        lexicon.roles.leadIns.seal()
        lexicon.roles.leadOuts.seal()
        lexicon.roles.roles.seal()
        return lexicon
    }

    // MARK: Files

    private func display(_ name: String) -> String { "\(Lexicon.folderName)/\(name)" }

    private func node(_ name: String) throws -> DataNode {
        try DataNode.load(directory.appendingPathComponent(name), displayName: display(name))
    }

    private func optionalNode(_ name: String) throws -> DataNode? {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path) ? try node(name) : nil
    }

    private func factorFiles() throws -> [String] {
        let folder = directory.appendingPathComponent("factors")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    }

    // MARK: language.yaml

    private func readLanguage(_ root: DataNode, into lexicon: inout Lexicon) throws {
        try root.allowOnly(["spellings", "endings", "minimum_stem", "numbers", "plain_words", "typos", "symbols", "slashed", "had_before", "is_before",
            "proper_name", "names_also", "hesitations"], in: "the language file")
        if let hesitations = root["hesitations"] {
            try hesitations.allowOnly(["words", "between", "open", "marks"], in: "hesitations")
            func list(_ key: String) throws -> Set<String> { Set(try hesitations[key]?.strings(key).map { $0.lowercased() } ?? []) }
            lexicon.hesitations.words = try list("words")
            lexicon.hesitations.between = try list("between")
            lexicon.hesitations.open = try list("open")
            lexicon.hesitations.marks = try list("marks")
            if !lexicon.hesitations.between.isEmpty, lexicon.hesitations.marks.isEmpty {
                throw hesitations.error("`between` words are hesitations only between two `marks`: name the marks, `marks: [\",\", \"-\"]`")
            }
        }
        if let name = root["proper_name"] {
            let word = try name.string("the word a name is read as").lowercased()
            guard !word.isEmpty, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
                throw name.error("`proper_name` is one word of small ASCII letters, which cues may name: `proper_name: someonenamed`")
            }
            lexicon.properNameWord = word
        }
        if let names = root["names_also"] {
            guard lexicon.properNameWord != "" else { throw names.error("`names_also` needs `proper_name`, the word a name is read as") }
            lexicon.namesAlsoWords = try names.strings("words that are also first names").map { $0.lowercased() }
        }
        if let symbols = root["symbols"] {
            for (symbol, forms) in try symbols.entries("symbols") {
                let words = try forms.strings("a symbol's word and its plural").map { $0.lowercased() }
                guard symbol.utf8.count == 1, let byte = symbol.utf8.first, byte < 0x80, !(byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A),
                    !(0x30...0x39).contains(byte), words.count == 2
                else { throw forms.error("a symbol is one ASCII mark that is not a letter or digit, with its word and plural: `\"#\": [fracture, fractures]`") }
                lexicon.shorthand.symbols[byte] = (words[0], words[1])
            }
        }
        if let slashed = root["slashed"] {
            for (shorthand, meaning) in try slashed.entries("slashed") {
                let key = shorthand.lowercased()
                let parts = key.split(separator: "/", omittingEmptySubsequences: false)
                let words = try meaning.string("the words slashed shorthand stands for").lowercased().split(separator: " ").map(String.init)
                guard parts.count == 2, (1...ShorthandRules.longestSlashedPart).contains(parts[0].count),
                    parts[1].count <= ShorthandRules.longestSlashedPart,
                    parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }), !words.isEmpty
                else {
                    throw meaning.error("slashed shorthand is one to four letters, a slash and up to four letters, with the words it stands for: `\"w/o\": without`")
                }
                lexicon.shorthand.slashed[key] = words
            }
        }
        if let had = root["had_before"] {
            try had.allowOnly(["words", "ending", "skipping"], in: "had_before")
            lexicon.shorthand.participles = Set(try had["words"]?.strings("words").map { $0.lowercased() } ?? [])
            lexicon.shorthand.participleEnding = try had["ending"]?.string("an ending").lowercased() ?? ""
            lexicon.shorthand.adverbs = Set(try had["skipping"]?.strings("skipping").map { $0.lowercased() } ?? [])
        }
        if let isBefore = root["is_before"] {
            try isBefore.allowOnly(["after", "ending", "words", "skipping", "unmarked"], in: "is_before")
            lexicon.shorthand.unmarkedIsSubjects = Set(try isBefore["unmarked"]?.strings("unmarked").map { $0.lowercased() } ?? [])
            lexicon.shorthand.isWords = Set(try isBefore["words"]?.strings("words").map { $0.lowercased() } ?? [])
            lexicon.shorthand.isSubjects = Set(try isBefore.required("after", in: "is_before").strings("after").map { $0.lowercased() })
            lexicon.shorthand.isEnding = try isBefore.required("ending", in: "is_before").string("an ending").lowercased()
            lexicon.shorthand.isAdverbs = Set(try isBefore["skipping"]?.strings("skipping").map { $0.lowercased() } ?? [])
        }
        if let spellings = root["spellings"] {
            for (variant, form) in try spellings.entries("spellings") {
                lexicon.forms.spellings[variant.lowercased()] = try form.string("a spelling").lowercased()
            }
        }
        if let endings = root["endings"] {
            for item in try endings.sequence("endings") {
                let text = try item.string("an ending").lowercased()
                let parts = text.split(separator: ">", omittingEmptySubsequences: false).map(String.init)
                guard parts.count <= 2, !parts[0].isEmpty else { throw item.error("an ending is `ing` or `ies>y`") }
                lexicon.forms.endings.append((parts[0], parts.count == 2 ? parts[1] : ""))
            }
            lexicon.forms.endings.sort { $0.ending.count > $1.ending.count }
        }
        if let minimum = root["minimum_stem"] { lexicon.forms.minimumStem = try minimum.int("the shortest stem") }
        if let numbers = root["numbers"] {
            for (word, value) in try numbers.entries("numbers") { lexicon.numberWords[word.lowercased()] = try value.double() }
        }
        if let typos = root["typos"] {
            try typos.allowOnly(["minimum_length"], in: "typos")
            if let length = typos["minimum_length"] {
                let value = try length.int("a word length")
                guard value >= 4 else { throw length.error("typo correction below 4 letters would match almost anything") }
                lexicon.typos = TypoIndex(minimumLength: value)
            }
        }
        if let plain = root["plain_words"] {
            for word in try plain.strings("plain words") { lexicon.typos.addPlain(word.lowercased()) }
        }
    }

    // MARK: plain-words.txt

    /// Real words one edit away from lexicon words, one a line (`#` starts a comment): plain
    /// text rather than YAML because it is long and generated, and start-up time matters.
    private func readPlainWords(into lexicon: inout Lexicon) throws {
        let url = directory.appendingPathComponent("plain-words.txt")
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw DataFileError(file: display("plain-words.txt"), "cannot be read as UTF-8 text")
        }
        // Split on the newline byte: splitting three thousand lines into `Character`s was a
        // few percent of `curio match`'s start-up. ("\r\n" is one `Character`, so a file with
        // carriage returns keeps the old path and its old reading.)
        let lines: [Substring] = text.utf8.contains(UInt8(ascii: "\r"))
            ? text.split(separator: "\n")
            : text.utf8.split(separator: UInt8(ascii: "\n")).map { Substring($0) }
        for line in lines {
            let word = Self.trimmed(line).lowercased()
            if word.isEmpty || word.hasPrefix("#") { continue }
            lexicon.typos.addPlain(word)
        }
    }

    /// The line without the spaces around it. ASCII lines (all of a generated word list) are
    /// trimmed here; Foundation's trimming, a third of this file's load time, is kept for the rest.
    static func trimmed(_ line: Substring) -> String {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else { return line.trimmingCharacters(in: .whitespaces) }
        let isSpace: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        let bytes = line.utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !isSpace($0) })!
        return String(line[first...last])
    }

    // MARK: classes.yaml

    private func readClasses(_ root: DataNode, compiler: inout PatternCompiler) throws {
        try root.allowOnly(["classes"], in: "the classes file")
        for (name, list) in try root.required("classes", in: "the classes file").entries("classes") {
            guard compiler.classes[name] == nil else { throw list.error("class `\(name)` is defined twice") }
            var keys: Set<Int32> = []
            for item in try list.sequence("the words of class `\(name)`") {
                let word = try item.string("a word")
                if word.hasPrefix("{") {
                    guard let other = compiler.classes[String(word.dropFirst().dropLast())] else {
                        throw item.error("`\(word)`: unknown class (define it above this one)")
                    }
                    keys.formUnion(other)
                    continue
                }
                let wordKeys = compiler.keys(ofText: word)
                guard wordKeys.count == 1 else { throw item.error("`\(word)`: a class holds single words") }
                keys.insert(wordKeys[0])
            }
            compiler.classes[name] = keys
        }
    }

    // MARK: factors/*.yaml

    private func factorID(_ node: DataNode) throws -> RiskFactorID {
        let id = RiskFactorID(try node.string("a risk-factor id"))
        guard knownFactors.contains(id) else {
            throw node.error("unknown risk factor `\(id)` (not in \(RiskFactorCatalogue.fileName))")
        }
        return id
    }

    private func factorIDs(_ node: DataNode) throws -> [RiskFactorID] {
        if node.scalar != nil { return [try factorID(node)] }
        return try node.sequence("risk-factor ids").map(factorID)
    }

    private func readFactor(_ root: DataNode, into lexicon: inout Lexicon, compiler: inout PatternCompiler) throws {
        let sections = Cue.Reading.allCases.map(\.rawValue)
        try root.allowOnly(Set(["factor", "about", "in_childhood", "implies", "note"] + sections), in: "a cue file")
        let factor = try factorID(try root.required("factor", in: "a cue file"))
        var rules = lexicon.factorRules[factor] ?? FactorRules()
        if let about = root["about"] {
            switch try about.string("who the factor is about") {
            case "parent": rules.aboutParent = true
            case "child", "case": rules.aboutParent = false
            case let other: throw about.error("`about` is parent, child or case, not `\(other)`")
            }
        }
        if let childhood = root["in_childhood"] {
            guard !factor.isSituation else { throw childhood.error("a situation has no `in_childhood`: it is what is true now") }
            rules.inChildhood = try factorID(childhood)
        }
        if let implies = root["implies"] {
            rules.implies = try factorIDs(implies)
            if rules.implies.contains(where: { $0.isSituation != factor.isSituation }) {
                throw implies.error("`implies` mixes situations (`\(RiskFactorID.situationPrefix)…`) and risk factors; a situation implies only situations, a factor only factors")
            }
        }
        lexicon.factorRules[factor] = rules
        for reading in Cue.Reading.allCases {
            guard let list = root[reading.rawValue] else { continue }
            for item in try list.sequence("the `\(reading.rawValue)` cues") {
                var text: String
                var also: [RiskFactorID] = []
                var factors = [factor]
                if item.isMapping {
                    try item.allowOnly(["cue", "also", "factor", "note"], in: "a cue")
                    text = try item.required("cue", in: "a cue").string("a cue")
                    if let node = item["also"] { also = try factorIDs(node) }
                    if let node = item["factor"] { factors = try factorIDs(node) }
                } else {
                    text = try item.string("a cue")
                }
                // A cue reads either situations or factors: its hit is kept apart by what it names.
                if (factors + also).contains(where: \.isSituation) != factor.isSituation
                    || Set((factors + also).map(\.isSituation)).count > 1
                {
                    throw item.error("a cue names situations (`\(RiskFactorID.situationPrefix)…`) and risk factors together; give each its own cue")
                }
                let owner = lexicon.cues.count
                lexicon.cues.append(Cue(factors: factors, reading: reading, also: also, text: text, file: item.file, line: item.line))
                for pattern in try compiler.compile(text, owner: owner, fail: { item.error($0) }) {
                    lexicon.cueIndex.add(pattern)
                }
            }
        }
    }

    // MARK: context.yaml

    private func readContext(_ root: DataNode, into lexicon: inout Lexicon, compiler: inout PatternCompiler) throws {
        try root.allowOnly(["marks", "scopes", "triggers", "new_item_factors", "presupposed"], in: "the context file")
        if let node = root["new_item_factors"] { lexicon.newItemFactors = Set(try factorIDs(node)) }
        if let node = root["presupposed"] { lexicon.presupposition = try readPresupposition(node, compiler: &compiler) }
        let marks = try root.required("marks", in: "the context file")
        try marks.allowOnly(["hard", "soft", "list_words", "item_closers", "item_links", "item_others", "nominal_negations", "item_modifiers", "item_sites", "item_site_leads"], in: "marks")
        func keys(_ key: String) throws -> Set<Int32> {
            guard let list = marks[key] else { return [] }
            return try wordKeys(list, named: key, compiler: &compiler)
        }
        lexicon.hardMarks = try keys("hard")
        lexicon.softBoundaries = try keys("soft")
        lexicon.listWords = try keys("list_words")
        lexicon.itemEnds = ItemEnds(
            closers: try keys("item_closers").sorted(), links: try keys("item_links").sorted(), others: try keys("item_others").sorted(),
            nominal: try keys("nominal_negations").sorted(), modifiers: try keys("item_modifiers").sorted(),
            sites: try keys("item_sites").sorted(), siteLeads: try keys("item_site_leads").sorted())
        lexicon.questionMark = compiler.vocabulary.intern("?")
        for (name, value) in try root.required("scopes", in: "the context file").entries("scopes") {
            guard let kind = Trigger.Kind(rawValue: name) else { throw value.error("unknown trigger kind `\(name)`") }
            try value.allowOnly(["window", "ends_at"], in: "a scope")
            let endsAt = try value.required("ends_at", in: "a scope").string()
            guard endsAt == "clause" || endsAt == "sentence" else { throw value.error("`ends_at` is clause or sentence") }
            lexicon.scopes[kind] = ScopeRule(window: try value.required("window", in: "a scope").int(), endsAtClause: endsAt == "clause")
        }
        let kinds = Trigger.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        for group in try root.required("triggers", in: "the context file").sequence("trigger groups") {
            try group.allowOnly(["kind", "direction", "only", "question_opener", "window", "phrases", "note"], in: "a trigger group")
            let kindNode = try group.required("kind", in: "a trigger group")
            guard let kind = Trigger.Kind(rawValue: try kindNode.string()) else {
                throw kindNode.error("unknown trigger kind (expected one of \(kinds))")
            }
            var direction = Trigger.Direction.forward
            if let node = group["direction"] {
                guard let value = Trigger.Direction(rawValue: try node.string()) else {
                    throw node.error("`direction` is forward, backward or both")
                }
                direction = value
            }
            let only = try group["only"].map { Set(try factorIDs($0)) }
            let opener = try group["question_opener"]?.bool() ?? false
            var window: Int?
            if let node = group["window"] {
                window = try node.int()
                guard let value = window, value >= 1 else { throw node.error("`window` is a number of tokens, 1 or more") }
            }
            if kind != .boundary && kind != .parentSubject && lexicon.scopes[kind] == nil {
                throw kindNode.error("no scope is set for `\(kind.rawValue)` under `scopes`")
            }
            for item in try group.required("phrases", in: "a trigger group").sequence("phrases") {
                let text = try item.string("a trigger phrase")
                let owner = lexicon.triggers.count
                lexicon.triggers.append(
                    Trigger(kind: kind, direction: direction, only: only, questionOpener: opener, window: window, text: text, file: item.file, line: item.line))
                for pattern in try compiler.compile(text, owner: owner, fail: { item.error($0) }) {
                    lexicon.triggerIndex.add(pattern)
                }
            }
        }
    }

    /// `presupposed`: the determiners that name a thing as already there, the last words of
    /// the conditions they may follow, and the words after them that name a person instead.
    private func readPresupposition(_ node: DataNode, compiler: inout PatternCompiler) throws -> Presupposition {
        try node.allowOnly(["determiners", "after", "not_before"], in: "presupposed")
        func keys(_ list: String) throws -> [Int32] {
            try wordKeys(try node.required(list, in: "presupposed"), named: list, compiler: &compiler, singleWords: true).sorted()
        }
        return Presupposition(determiners: try keys("determiners"), after: try keys("after"), notBefore: try keys("not_before"))
    }

    /// The vocabulary keys of the list of words `list` (named `name` in errors), a word class
    /// ("{body}") standing for its words. `singleWords`: a phrase is an error (the list is
    /// asked about one token at a time).
    private func wordKeys(_ list: DataNode, named name: String, compiler: inout PatternCompiler, singleWords: Bool = false) throws -> Set<Int32> {
        var keys: Set<Int32> = []
        for text in try list.strings(name) {
            if text.hasPrefix("{"), text.hasSuffix("}") {
                guard let words = compiler.classes[String(text.dropFirst().dropLast())] else {
                    throw list.error("`\(text)`: unknown word class (classes are defined in classes.yaml)")
                }
                keys.formUnion(words)
                continue
            }
            let textKeys = compiler.keys(ofText: text)
            if singleWords, textKeys.count != 1 { throw list.error("`\(text)`: \(name) holds single words") }
            keys.formUnion(textKeys)
        }
        return keys
    }

    // MARK: facts.yaml

    /// `carers`: the role words of each side and the words that name a carer without saying
    /// which. A word in two lists could not tell the carers apart: an error.
    private func readCarers(_ node: DataNode, compiler: inout PatternCompiler) throws -> CarerWords {
        try node.allowOnly(["mother", "father", "other", "either", "joined_by", "object_after", "reach"], in: "carers")
        var words = CarerWords()
        var seen: [Int32: String] = [:]
        func keys(_ list: String) throws -> Set<Int32> {
            guard let item = node[list] else { return [] }
            var keys: Set<Int32> = []
            for word in try item.strings(list) {
                for key in compiler.keys(ofText: word) {
                    if let other = seen[key], other != list {
                        throw item.error("`\(word)` is in both `\(other)` and `\(list)`: a word can say only one of them")
                    }
                    seen[key] = list
                    keys.insert(key)
                }
            }
            return keys
        }
        words.mother = try keys("mother")
        words.father = try keys("father")
        words.other = try keys("other")
        words.either = try keys("either")
        words.joiners = try keys("joined_by")
        words.objectAfter = try keys("object_after")
        if let reach = node["reach"] {
            words.reach = try reach.int()
            guard words.reach >= 0 else { throw reach.error("`reach` is a number of words, 0 or more") }
        }
        return words
    }

    /// `weight`: its units in grams, the words that place a weight at birth or now, and the
    /// limits of a fall (`WeightRules`). Words are spelled as the reader compares them.
    private func readWeight(_ node: DataNode, forms: WordForms) throws -> WeightRules {
        try node.allowOnly(["units", "birth", "now", "reach", "most_grams", "from_weeks", "least_fall"], in: "weight")
        var rules = WeightRules()
        for (unit, spec) in try node.required("units", in: "weight").entries("units") {
            try spec.allowOnly(["grams", "words"], in: "the unit `\(unit)`")
            let gramsNode = try spec.required("grams", in: "the unit `\(unit)`")
            let grams = try gramsNode.double()
            guard grams > 0 else { throw gramsNode.error("`grams` is a weight above 0") }
            for word in try spec.required("words", in: "the unit `\(unit)`").strings("words") {
                rules.unitGrams[forms.spelling(word.lowercased())] = grams
            }
        }
        func words(_ key: String) throws -> Set<String> {
            Set(try node[key]?.strings(key).map { forms.spelling($0.lowercased()) } ?? [])
        }
        rules.birth = try words("birth")
        rules.now = try words("now")
        if let reach = node["reach"] {
            rules.reach = try reach.int()
            guard rules.reach >= 1 else { throw reach.error("`reach` is a number of words, 1 or more") }
        }
        for (key, path) in [("most_grams", \WeightRules.mostGrams), ("from_weeks", \.fromWeeks), ("least_fall", \.leastFall)] {
            guard let value = node[key] else { continue }
            rules[keyPath: path] = try value.double()
            guard rules[keyPath: path] >= 0 else { throw value.error("`\(key)` is 0 or more") }
        }
        return rules
    }

    private func readFacts(_ root: DataNode, into lexicon: inout Lexicon, compiler: inout PatternCompiler) throws {
        try root.allowOnly(["age", "caller_role", "baby_named_by_age", "carers", "weight"], in: "the facts file")
        if let carers = root["carers"] {
            lexicon.carerWords = try readCarers(carers, compiler: &compiler)
        }
        if let weight = root["weight"] {
            lexicon.weight = try readWeight(weight, forms: lexicon.forms)
        }
        if let named = root["baby_named_by_age"] {
            try named.allowOnly(["determiners", "articles", "article_as", "units", "old", "nouns", "other_child", "compounds", "as"], in: "baby_named_by_age")
            func words(_ key: String) throws -> Set<String> {
                Set(try named.required(key, in: "baby_named_by_age").strings(key).map { $0.lowercased() })
            }
            var rules = BabyNamedByAge()
            rules.determiners = try words("determiners")
            if let articles = named["articles"] {
                rules.articles = Set(try articles.strings("articles").map { $0.lowercased() })
                let asNode = try named.required("article_as", in: "baby_named_by_age")
                rules.articleAs = try asNode.string().lowercased()
                let keys = compiler.keys(ofText: rules.articleAs)
                guard keys.count == 1, keys[0] != Vocabulary.unknown else {
                    throw asNode.error("`article_as` is one word")
                }
                rules.articleKey = keys[0]
            }
            rules.units = try words("units")
            rules.old = try words("old")
            rules.nouns = try words("nouns")
            rules.otherChild = try words("other_child")
            for item in try named["compounds"]?.sequence("compounds") ?? [] {
                let keys = compiler.keys(ofText: try item.string("a compound"))
                guard keys.count >= 2, !keys.contains(Vocabulary.unknown) else { throw item.error("a compound is two words or more") }
                rules.compounds.append(keys)
            }
            let asNode = try named.required("as", in: "baby_named_by_age")
            rules.word = try asNode.string().lowercased()
            let keys = compiler.keys(ofText: rules.word)
            guard keys.count == 1 else { throw asNode.error("`as` is one word") }
            rules.key = keys[0]
            lexicon.babyNamedByAge = rules
        }
        if let age = root["age"] {
            let keys = ["units", "fractions", "not_age_before", "not_age_after", "gestation_after", "born_at", "born", "birth_manner", "mother",
                "antenatal", "day_before", "day_after", "articles", "old", "half", "gestation_units", "linking",
                "points", "current", "birth_events", "checks", "postnatal", "sober", "needs_old", "aged", "nearly",
                "nearly_less_weeks", "corrections", "correction_between", "other_child", "other_child_between", "other_child_leads", "other_child_nouns", "pregnancy_points",
                "older_child_weeks", "older_child_named", "age_subjects", "narrowing", "birth_date_lead", "birth_date_filler", "birth_date_most_weeks", "month_names", "day_endings", "check_ahead", "of_age", "age_days", "check_lead", "check_done", "vague", "vague_links", "born_when",
                "approx", "idiom_times", "rejected_before", "pregnancy_she_least_weeks", "baby_sibling", "date_leads", "bare_unit_before", "subject_age_after", "over", "week_before", "week_after", "day_lead", "day_on", "day_contacts", "arrival", "arrival_others", "arrival_between",
                "past_frame", "past_verbs", "mark_words", "mark_relatives", "mark_links", "pregnancy_told",
                "birth_offset", "child_in_question", "bare_years_subjects", "bare_years_turned", "bare_years_after",
                "bare_years_most", "bare_years_others", "fractions_most", "pregnancy_loss", "check_plan", "ahead_leads", "ahead_verbs", "pregnancy_beside",
                "pregnancy_beside_subjects", "pregnancy_beside_least_weeks", "mother_clause_links", "hypothetical_questions", "mark_verbs", "mark_dating", "mark_subject_determiners", "day_heading_most",
                "pregnancy_she_alone_least_weeks", "baby_doing", "pregnancy_speakers"]
            try age.allowOnly(Set(keys), in: "age")
            var rules = AgeRules()
            // Spelled as the age reader compares them (`language.yaml`'s spellings: "gone" is "go").
            let forms = lexicon.forms
            // Each a phrase of tokens, spelled as the reader compares them: "d.o.b" is read as
            // "d . o . b", "3-ish" as "3 - ish".
            func phrases(_ key: String) throws -> [[String]] {
                try age[key]?.strings(key).map { phrase in
                    Tokenizer.tokens(phrase.lowercased()).map { forms.spelling($0.text) }
                } ?? []
            }
            func words(_ key: String) throws -> Set<String> {
                Set(try age[key]?.strings(key).map { forms.spelling($0.lowercased()) } ?? [])
            }
            for (unit, spec) in try age.required("units", in: "age").entries("units") {
                try spec.allowOnly(["weeks", "words"], in: "the unit `\(unit)`")
                let weeks = try spec.required("weeks", in: "the unit `\(unit)`").double()
                for word in try spec.required("words", in: "the unit `\(unit)`").strings() { rules.unitWeeks[word.lowercased()] = weeks }
            }
            /// A table keyed by a fraction's denominator ("52: 1" for "6/52"), as `key` gives it.
            func byDenominator(_ key: String) throws -> [Int: Double] {
                var table: [Int: Double] = [:]
                for (denominator, value) in try age[key]?.entries(key) ?? [] {
                    guard let number = Int(denominator) else { throw value.error("`\(denominator)`: a denominator is a whole number") }
                    table[number] = try value.double()
                }
                return table
            }
            rules.fractionWeeks.merge(try byDenominator("fractions")) { $1 }
            rules.notAgeBefore = try words("not_age_before")
            rules.notAgeAfter = try words("not_age_after")
            rules.gestationAfter = try words("gestation_after")
            rules.bornAt = try words("born_at")
            rules.born = try words("born")
            rules.birthManner = try words("birth_manner")
            rules.antenatal = try words("antenatal")
            rules.dayBefore = try words("day_before")
            rules.dayAfter = try words("day_after")
            rules.points = try words("points")
            rules.current = try words("current")
            rules.birthEvents = try words("birth_events")
            rules.pastFrame = try words("past_frame")
            rules.pastVerbs = try words("past_verbs")
            rules.markWords = try words("mark_words")
            rules.markRelatives = try words("mark_relatives")
            rules.markLinks = try words("mark_links")
            rules.pregnancyTold = try phrases("pregnancy_told")
            rules.birthOffset = try words("birth_offset")
            rules.childInQuestion = try words("child_in_question")
            rules.bareYearsSubjects = try words("bare_years_subjects")
            rules.bareYearsTurned = try words("bare_years_turned")
            rules.bareYearsAfter = try words("bare_years_after")
            if let most = age["bare_years_most"] { rules.bareYearsMost = try most.double() }
            rules.bareYearsOthers = try words("bare_years_others")
            rules.fractionsMost.merge(try byDenominator("fractions_most")) { $1 }
            rules.pregnancyLoss = try phrases("pregnancy_loss")
            rules.checkPlan = try words("check_plan")
            rules.aheadLeads = try words("ahead_leads")
            rules.aheadVerbs = try words("ahead_verbs")
            rules.pregnancyBeside = try words("pregnancy_beside")
            rules.pregnancyBesideSubjects = try words("pregnancy_beside_subjects")
            rules.motherClauseLinks = try words("mother_clause_links")
            if let least = age["pregnancy_beside_least_weeks"] { rules.pregnancyBesideLeastWeeks = try least.double() }
            if let least = age["pregnancy_she_least_weeks"] { rules.pregnancySheLeastWeeks = try least.double() }
            if let least = age["pregnancy_she_alone_least_weeks"] { rules.pregnancySheAloneLeastWeeks = try least.double() }
            rules.babyDoing = try words("baby_doing")
            rules.pregnancySpeakers = try words("pregnancy_speakers")
            rules.babySibling = try words("baby_sibling")
            rules.hypotheticalQuestions = try phrases("hypothetical_questions")
            rules.markVerbs = try words("mark_verbs")
            rules.markDating = try words("mark_dating")
            rules.markSubjectDeterminers = try words("mark_subject_determiners")
            if let most = age["day_heading_most"] { rules.dayHeadingMost = try most.double() }
            rules.checks = try words("checks")
            rules.postnatal = try words("postnatal")
            rules.sober = try words("sober")
            rules.mother = try words("mother")
            rules.articles = try words("articles")
            rules.old = try words("old")
            rules.half = try age["half"]?.strings("half").map { $0.lowercased() } ?? []
            rules.gestationUnits = try words("gestation_units")
            rules.linking = try words("linking")
            rules.needsOld = Set(try age["needs_old"]?.strings("needs_old").map { $0.lowercased() } ?? [])
            rules.aged = try words("aged")
            rules.nearly = try age["nearly"]?.strings("nearly").map { phrase in
                phrase.lowercased().split(separator: " ").map { forms.spelling(String($0)) }
            } ?? []
            if let less = age["nearly_less_weeks"] { rules.nearlyLessWeeks = try less.double() }
            rules.corrections = try words("corrections")
            rules.correctionBetween = try words("correction_between")
            rules.otherChild = try words("other_child")
            rules.otherChildBetween = try words("other_child_between")
            rules.otherChildLeads = try words("other_child_leads")
            rules.otherChildNouns = try words("other_child_nouns")
            rules.pregnancyPoints = try words("pregnancy_points")
            if let older = age["older_child_weeks"] { rules.olderChildWeeks = try older.double() }
            rules.olderChildNamed = try words("older_child_named")
            rules.ageSubjects = try words("age_subjects")
            rules.narrowing = try words("narrowing")
            rules.birthDateLead = try phrases("birth_date_lead")
            rules.birthDateFiller = try words("birth_date_filler")
            if let most = age["birth_date_most_weeks"] { rules.birthDateMostWeeks = try most.double() }
            if let names = age["month_names"] {
                for (name, number) in try names.entries("month_names") {
                    let month = try number.double()
                    guard (1...12).contains(month), month == month.rounded() else {
                        throw number.error("`month_names`: `\(name)` must be a month's number, 1 to 12")
                    }
                    rules.monthNames[forms.spelling(name.lowercased())] = month
                }
            }
            rules.dayEndings = try words("day_endings")
            rules.ageDays = try words("age_days")
            rules.checkLead = try words("check_lead")
            rules.checkDone = try words("check_done")
            rules.checkAhead = try words("check_ahead")
            rules.ofAge = try words("of_age")
            if let vague = age["vague"] {
                for (word, value) in try vague.entries("vague") { rules.vague[forms.spelling(word.lowercased())] = try value.double() }
            }
            rules.vagueLinks = try words("vague_links")
            rules.approx = try phrases("approx")
            rules.idiomTimes = try phrases("idiom_times")
            rules.rejectedBefore = try words("rejected_before")
            rules.dateLeads = try words("date_leads")
            rules.bareUnitBefore = try words("bare_unit_before")
            rules.subjectAgeAfter = try words("subject_age_after")
            rules.over = try phrases("over")
            rules.weekBefore = try words("week_before")
            rules.weekAfter = try words("week_after")
            rules.dayLead = try words("day_lead")
            rules.dayContacts = try words("day_contacts")
            rules.dayOn = try words("day_on")
            rules.arrival = try words("arrival")
            rules.arrivalOthers = try words("arrival_others")
            rules.arrivalBetween = try words("arrival_between")
            if let when = age["born_when"] {
                for (phrase, weeks) in try when.entries("born_when") {
                    let words = phrase.lowercased().split(separator: " ").map { forms.spelling(String($0)) }
                    guard !words.isEmpty else { throw weeks.error("`born_when`: a phrase needs a word") }
                    rules.bornWhen.append(words)
                    rules.bornWhenWeeks.append(try weeks.double())
                }
            }
            lexicon.age = rules
        }
        if let role = root["caller_role"] {
            try role.allowOnly(["lead_ins", "lead_outs", "reach", "roles"], in: "caller_role")
            var rules = RoleRules()
            for item in try role.required("lead_ins", in: "caller_role").sequence("lead_ins") {
                for pattern in try compiler.compile(try item.string(), owner: 0, fail: { item.error($0) }) { rules.leadIns.add(pattern) }
            }
            for item in try role["lead_outs"]?.sequence("lead_outs") ?? [] {
                for pattern in try compiler.compile(try item.string(), owner: 0, fail: { item.error($0) }) { rules.leadOuts.add(pattern) }
            }
            if let reach = role["reach"] { rules.reach = try reach.int() }
            for (name, phrases) in try role.required("roles", in: "caller_role").entries("roles") {
                let owner = rules.names.count
                rules.names.append(name)
                for item in try phrases.sequence("the phrases for `\(name)`") {
                    for pattern in try compiler.compile(try item.string(), owner: owner, fail: { item.error($0) }) { rules.roles.add(pattern) }
                }
            }
            lexicon.roles = rules
        }
    }
}
