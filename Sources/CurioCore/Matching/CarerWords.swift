/// The words that say which carer a situation is about (`facts.yaml`'s `carers`), as lexicon
/// keys: role words of the mother's side, of the father's and of other carers (nan, a
/// babysitter), and words that name a carer without saying which (pronouns, "partner").
///
/// The carer is the one a verb of leaving hands the baby to, when the situation says so ("dad
/// has walked out and left her with the baby" is hers, pronoun or not: the subject of "left"
/// is the one who went); else the situation's subject: its first word when that names a
/// carer ("dad has the baby", "she is alone with him"); else a role word among its words, for
/// a situation told of the baby ("the baby is with dad"); else the nearest such word before it
/// in the sentence ("dad is very drunk and holding the baby", "dad is looking after the baby on
/// his own"). The first found decides, so "mum is drunk and he has the baby" does not reach
/// back past "he" to "mum"; a word that does not tell the carers apart gives `Carers.either`,
/// as does finding none. Carers joined ("mum and dad are drunk") are both.
struct CarerWords: Sendable {
    var mother: Set<Int32> = []
    var father: Set<Int32> = []
    /// Carers other than the parents (nan, babysitter, friend): their state is told apart from
    /// the parents' ("nan is drunk" with "mum has the baby" is no danger).
    var other: Set<Int32> = []
    var either: Set<Int32> = []
    /// Words that join two carers into one subject ("and", "&", "or").
    var joiners: Set<Int32> = []
    /// Verbs whose object is the carer ("left", "leaving"): a carer word right after one of
    /// them in the situation's words is the carer, a pronoun too (then `either`).
    var objectAfter: Set<Int32> = []
    /// How many tokens before a situation's words the subject is looked for.
    var reach = 8

    var isEmpty: Bool { mother.isEmpty && father.isEmpty && other.isEmpty }

    /// The carer(s) the words `start..<end` of `tokens` are about.
    func carers(from start: Int, to end: Int, in tokens: KeyedTokens) -> Carers {
        let end = min(end, tokens.count)
        guard start < end else { return .either }
        for i in start..<(end - 1) where objectAfter.contains(tokens.keys[i]) {
            if let carers = carers(of: tokens.keys[i + 1]) { return joined(carers, at: i + 1, in: tokens) }
        }
        if let carers = carers(of: tokens.keys[start]) { return joined(carers, at: start, in: tokens) }
        for i in start..<end {
            guard let carers = carers(of: tokens.keys[i]), carers != .either else { continue }
            return joined(carers, at: i, in: tokens)
        }
        var i = start - 1
        while i >= 0, i >= start - reach, !tokens.isBarrier(i) {
            if let carers = carers(of: tokens.keys[i]) { return joined(carers, at: i, in: tokens) }
            i -= 1
        }
        return .either
    }

    /// `carers`, found at `i`, with a carer joined to it on either side ("mum and dad").
    private func joined(_ carers: Carers, at i: Int, in tokens: KeyedTokens) -> Carers {
        var all = carers
        if i >= 2, joiners.contains(tokens.keys[i - 1]), let before = self.carers(of: tokens.keys[i - 2]) { all.formUnion(before) }
        if i + 2 < tokens.count, joiners.contains(tokens.keys[i + 1]), let after = self.carers(of: tokens.keys[i + 2]) { all.formUnion(after) }
        return all
    }

    private func carers(of key: Int32) -> Carers? {
        if mother.contains(key) { return .mother }
        if father.contains(key) { return .father }
        if other.contains(key) { return .other }
        if either.contains(key) { return .either }
        return nil
    }
}
